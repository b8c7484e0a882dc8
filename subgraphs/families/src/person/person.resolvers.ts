import { clock } from '../../../kit';
import { canSeeIdentityNumbers } from '../access-policy';
import { nikFor, visibleFamily, visiblePerson } from '../family/family.access';
import { PersonResolvers } from '../generated/graphql';
import { maskHkid, nikWarnings, parseNik } from '../identifiers';
import { relationshipOf } from './kk-relationship';
import { ageOf, isChild } from './person-age';

export const Person: PersonResolvers = {
  __resolveReference: (ref, ctx) => visiblePerson(ctx, ref.id),
  nik: (person, _args, ctx) => nikFor(ctx, person),
  hkid: (person, _args, ctx) => (person.hkid && !canSeeIdentityNumbers(ctx.caller) ? maskHkid(person.hkid) : person.hkid),
  age: (person) => ageOf(person.birthDate, person.jurisdiction),
  isChild: (person) => isChild(person.birthDate, person.jurisdiction),
  relationship: (person) => relationshipOf(person.relationship),
  relationshipCode: (person) => person.relationship,
  family: (person, _args, ctx) => (person.familyId ? visibleFamily(ctx, person.familyId) : null),
  memberships: async (person, _args, ctx) => {
    const memberships = await ctx.loaders.memberships.load(person.id);
    const families = await Promise.all(memberships.map((m) => visibleFamily(ctx, m.familyId)));
    return memberships.map((m, i) => ({
      family: families[i],
      relationship: relationshipOf(m.relationship) ?? 'OTHER',
      relationshipCode: m.relationship,
      validFrom: m.validFrom,
      validTo: m.validTo,
    }));
  },
  dataQualityWarnings: (person) => {
    if (!person.nik) return [];
    const parsed = parseNik(person.nik, clock.now());
    return parsed.ok ? nikWarnings(parsed.value, { birthDate: person.birthDate, sex: person.sex }) : ['NIK_MALFORMED'];
  },
};
