import { FamilyRegistrationService } from './family/family-registration.service';
import { FamilyService } from './family/family.service';
import { MutationResolvers } from './generated/graphql';
import { PersonService } from './person/person.service';
import { FamilyAccessService } from './scope/family-access.service';
import { FamilyInvolvementService } from './scope/family-involvement.service';

/** Registry writes through the gateway; each one is a service call (rules and transaction live there). */
export const Mutation: MutationResolvers = {
  registerFamily: async (_root, { input }, ctx) => {
    const { family, duplicates } = await new FamilyRegistrationService(ctx).register(input);
    return {
      family,
      duplicates: duplicates.map(({ person, probe, score, nameSimilarity, reasons }) => ({ person, member: null, memberIndex: Number(probe), score, nameSimilarity, reasons })),
    };
  },
  addFamilyMember: (_root, { input }, ctx) => new PersonService(ctx).addMember(input),
  updatePerson: async (_root, { input }, ctx) => ({ person: await new PersonService(ctx).updatePerson(input) }),
  updateFamilyAddress: async (_root, { input }, ctx) => ({ family: await new FamilyService(ctx).updateAddress(input) }),
  moveFamilyMember: (_root, { input }, ctx) => new PersonService(ctx).moveMember(input),
  changeKkNumber: async (_root, { input }, ctx) => ({ family: await new FamilyService(ctx).changeKkNumber(input) }),
  setAddressProtection: async (_root, { input }, ctx) => ({ family: await new FamilyService(ctx).setAddressProtection(input) }),
  requestFamilyAccess: (_root, { input }, ctx) => new FamilyAccessService(ctx).request(input),
  decideFamilyAccessRequest: (_root, { input }, ctx) => new FamilyAccessService(ctx).decide(input),
  _recordFamilyInvolvement: (_root, { familyId, agencyIds, kind }, ctx) => new FamilyInvolvementService(ctx).record(familyId, agencyIds, kind),
};
