import { hasRole } from '../../domain/access-roles';
import { ForbiddenError } from '../../platform/errors';
import { auditRowsOfFamily, AuditLogRow } from '../kit/audit-log.repository';
import { asUuid } from '../kit/loaders';
import { SubgraphContext } from '../kit/subgraph';

/** One row of a subgraph's audit log, as the `AuditEntry` type shows it, with the subgraph that wrote it. */
export interface AuditEntryRow extends AuditLogRow {
  subgraph: string;
}

/**
 * The resolver of a subgraph's part of `FamilyAuditTrail`: who saw or changed one family's records in
 * this subgraph, oldest first. Auditors only; the auditor's own look-up is logged as well.
 */
export function familyAuditTrailResolver(subgraph: string) {
  return async (trail: { familyId: string }, _args: unknown, ctx: SubgraphContext<unknown>): Promise<AuditEntryRow[]> => {
    if (!hasRole(ctx.caller, 'AUDITOR')) throw new ForbiddenError('only auditors may read the audit trail');
    if (!asUuid(trail.familyId)) return [];
    const rows = await auditRowsOfFamily(ctx.db, trail.familyId);
    ctx.audit.record('READ', 'AuditLog', [{ id: trail.familyId, familyId: trail.familyId }]);
    return rows.map((r) => ({ ...r, subgraph }));
  };
}
