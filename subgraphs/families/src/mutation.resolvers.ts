import { registerFamily } from './family/family-registration.service';
import { changeKkNumber, setAddressProtection, updateFamilyAddress } from './family/family.service';
import { MutationResolvers } from './generated/graphql';
import { recordDocumentApplication, recordIssuedDocuments } from './documents/documents.service';
import { addFamilyMember, moveFamilyMember, updatePerson } from './person/person.service';
import { decideFamilyAccessRequest, requestFamilyAccess } from './scope/family-access.service';
import { recordFamilyInvolvement } from './scope/family-involvement.service';

/** Registry writes through the gateway; each one is a service call (rules and transaction live there). */
export const Mutation: MutationResolvers = {
  registerFamily: async (_root, { input }, ctx) => {
    const { family, duplicates } = await registerFamily(ctx, input);
    return {
      family,
      duplicates: duplicates.map(({ person, probe, score, nameSimilarity, reasons }) => ({ person, member: null, memberIndex: Number(probe), score, nameSimilarity, reasons })),
    };
  },
  addFamilyMember: (_root, { input }, ctx) => addFamilyMember(ctx, input),
  updatePerson: async (_root, { input }, ctx) => ({ person: await updatePerson(ctx, input) }),
  updateFamilyAddress: async (_root, { input }, ctx) => ({ family: await updateFamilyAddress(ctx, input) }),
  moveFamilyMember: (_root, { input }, ctx) => moveFamilyMember(ctx, input),
  changeKkNumber: async (_root, { input }, ctx) => ({ family: await changeKkNumber(ctx, input) }),
  recordIssuedDocuments: async (_root, { input }, ctx) => ({ family: await recordIssuedDocuments(ctx, input) }),
  recordDocumentApplication: async (_root, { input }, ctx) => ({ family: await recordDocumentApplication(ctx, input) }),
  setAddressProtection: async (_root, { input }, ctx) => ({ family: await setAddressProtection(ctx, input) }),
  requestFamilyAccess: (_root, { input }, ctx) => requestFamilyAccess(ctx, input),
  decideFamilyAccessRequest: (_root, { input }, ctx) => decideFamilyAccessRequest(ctx, input),
  _recordFamilyInvolvement: (_root, { familyId, agencyIds, kind }, ctx) => recordFamilyInvolvement(ctx, familyId, agencyIds, kind),
};
