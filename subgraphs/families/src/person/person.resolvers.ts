import { canSeeIdentityNumbers } from '../access-policy';
import { visibleFamily, visiblePerson } from '../family/family.access';
import { PersonResolvers } from '../generated/graphql';
import { maskHkid, nikWarnings, parseNik } from '../identifiers';
import { ageOf, isChild } from './person-age';

/** SHDK codes 1-11 of the family card, in order. */
export const KK_RELATIONSHIPS = [
  'HEAD', 'HUSBAND', 'WIFE', 'CHILD', 'CHILD_IN_LAW', 'GRANDCHILD', 'PARENT', 'PARENT_IN_LAW', 'OTHER_RELATIVE', 'HOUSEHOLD_HELPER', 'OTHER',
] as const;

export const Person: PersonResolvers = {
  __resolveReference: (ref, ctx) => visiblePerson(ctx, ref.id),
  hkid: (person, _args, ctx) => (person.hkid && !canSeeIdentityNumbers(ctx.caller) ? maskHkid(person.hkid) : person.hkid),
  age: (person) => ageOf(person.birthDate, person.jurisdiction),
  isChild: (person) => isChild(person.birthDate, person.jurisdiction),
  relationship: (person) => (person.relationship ? KK_RELATIONSHIPS[person.relationship - 1] : null),
  relationshipCode: (person) => person.relationship,
  family: (person, _args, ctx) => (person.familyId ? visibleFamily(ctx, person.familyId) : null),
  dataQualityWarnings: (person) => {
    if (!person.nik) return [];
    const parsed = parseNik(person.nik);
    return parsed.ok ? nikWarnings(parsed.value, { birthDate: person.birthDate, sex: person.sex }) : ['NIK_MALFORMED'];
  },
};
