import { clock } from '../../../kit';
import { canSeeIdentityNumbers } from '../access-policy';
import { maskRegionDigits, nikFor, personView, regionDigitsWithheld, visibleFamily, visiblePerson } from '../family/family.access';
import { personDocumentStatus } from '../documents/document-status';
import { PersonResolvers } from '../generated/graphql';
import { maskHkid, nikWarnings, parseNik } from '../identifiers';
import { relationshipOf } from './kk-relationship';
import { ageOf, isChild } from './person-age';

export const Person: PersonResolvers = {
  __resolveReference: (ref, ctx) => visiblePerson(ctx, ref.id),
  nik: (person, _args, ctx) => nikFor(ctx, person),
  hkid: (person, _args, ctx) => (person.hkid && !canSeeIdentityNumbers(ctx.caller) ? maskHkid(person.hkid) : person.hkid),
  documentStatus: (person) => personDocumentStatus(person),
  // The agency that recorded a state is shown with a full view only: which agencies know a person is itself sensitive.
  nikHistory: async (person, _args, ctx) => {
    const [records, view, family] = await Promise.all([
      ctx.loaders.nikRecords.load(person.id),
      personView(ctx, person),
      person.familyId ? ctx.loaders.family.load(person.familyId) : Promise.resolve(null),
    ]);
    const masked = regionDigitsWithheld(ctx, family);
    return records.map((r) => ({
      nik: masked ? maskRegionDigits(r.nik) : r.nik,
      documentStatus: r.documentStatus,
      validFrom: r.validFrom,
      validTo: r.validTo,
      recordedByAgencyId: view === 'FULL' ? r.recordedByAgencyId : null,
    }));
  },
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
