import { familyAuditTrailResolver } from '../../family-records/family-audit-trail';
import { FamilyAuditTrailResolvers } from './generated/graphql';

/** This subgraph's part of a family's audit trail (its own audit_log), for auditors. */
export const FamilyAuditTrail: FamilyAuditTrailResolvers = {
  __resolveReference: (reference) => ({ familyId: reference.familyId }),
  referrals: familyAuditTrailResolver('referrals'),
};
