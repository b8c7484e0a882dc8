import { hasRole } from '../../domain/access-roles';
import { ForbiddenError } from '../../platform/errors';
import { asUuid } from '../kit/loaders';
import { SubgraphContext } from '../kit/subgraph';

/** One row of a subgraph's audit log, as the `AuditEntry` type shows it. */
export interface AuditEntryRow {
  at: Date;
  subgraph: string;
  requestId: string;
  clientRequestId: string | null;
  subject: string;
  agencyId: string | null;
  roles: string[];
  operation: string;
  recordType: string;
  recordIds: string[];
  outcome: string;
}

/**
 * The resolver of a subgraph's part of `FamilyAuditTrail`: who saw or changed one family's records in
 * this subgraph, oldest first. Auditors only; the auditor's own look-up is logged as well.
 */
export function familyAuditTrailResolver(subgraph: string) {
  return async (trail: { familyId: string }, _args: unknown, ctx: SubgraphContext<unknown>): Promise<AuditEntryRow[]> => {
    if (!hasRole(ctx.caller, 'AUDITOR')) throw new ForbiddenError('only auditors may read the audit trail');
    if (!asUuid(trail.familyId)) return [];
    const rows = await ctx.db.query<Omit<AuditEntryRow, 'subgraph'>>(
      `SELECT at, request_id AS "requestId", client_request_id AS "clientRequestId", subject, agency_id AS "agencyId", roles, operation, record_type AS "recordType",
              record_ids AS "recordIds", outcome
         FROM audit_log WHERE family_ids @> ARRAY[$1::uuid] ORDER BY at, id`,
      [trail.familyId],
      'audit_trail_by_family',
    );
    ctx.audit.record('READ', 'AuditLog', [{ id: trail.familyId, familyId: trail.familyId }]);
    return rows.map((r) => ({ ...r, subgraph }));
  };
}
