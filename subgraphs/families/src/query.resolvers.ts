import { selectsField } from '../../kit';
import { familyByCaseReference, familyByKk, kkNumberStatus, pageSize, personByHkid, personByNik, possibleDuplicates, searchFamilies, searchPersons } from './family/registry-lookup.service';
import { visibleFamily } from './family/family.access';
import { QueryResolvers } from './generated/graphql';
import { familyAccessRequests } from './scope/family-access.service';

/** The registry's reads; each one is a service call (access, audit and SQL live behind it). */
export const Query: QueryResolvers = {
  // The trail's parts come from each subgraph's own audit log; each part checks for the AUDITOR role.
  familyAuditTrail: (_root, { familyId }) => ({ familyId }),
  family: (_root, { id }, ctx) => visibleFamily(ctx, id),
  familyByKk: (_root, { kkNumber }, ctx) => familyByKk(ctx, kkNumber),
  kkNumberStatus: (_root, { kkNumber }, ctx) => kkNumberStatus(ctx, kkNumber),
  personByNik: (_root, { nik }, ctx) => personByNik(ctx, nik),
  familyByCaseReference: (_root, { caseReference }, ctx) => familyByCaseReference(ctx, caseReference),
  personByHkid: (_root, { hkid }, ctx) => personByHkid(ctx, hkid),
  families: (_root, args, ctx, info) => searchFamilies(ctx, args, selectsField(info, 'totalCount')),
  searchPersons: (_root, args, ctx) => searchPersons(ctx, args),
  familyAccessRequests: (_root, { status, first }, ctx) => familyAccessRequests(ctx, status ?? 'PENDING', pageSize('first', first)),
  possibleDuplicates: async (_root, { familyId }, ctx) => {
    const candidates = await possibleDuplicates(ctx, familyId);
    return candidates.map(({ person, member, score, nameSimilarity, reasons }) => ({ person, member, memberIndex: null, score, nameSimilarity, reasons }));
  },
};
