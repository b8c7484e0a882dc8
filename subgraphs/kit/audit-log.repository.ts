import type { AuditLogEntity } from './audit-log.entity';
import type { Sql } from './database';

/** An audit row as the `AuditEntry` type shows it: everything but its sequence number and family ids. */
export type AuditLogRow = Omit<AuditLogEntity, 'id' | 'familyIds'>;

/** The rows of this database's audit log that name one family, oldest first. */
export function auditRowsOfFamily(sql: Sql, familyId: string): Promise<AuditLogRow[]> {
  return sql.query<AuditLogRow>(
    `SELECT at, request_id AS "requestId", client_request_id AS "clientRequestId", subject, agency_id AS "agencyId", roles, operation, record_type AS "recordType",
            record_ids AS "recordIds", outcome
       FROM audit_log WHERE family_ids @> ARRAY[$1::uuid] ORDER BY at, id`,
    [familyId],
    'audit_trail_by_family',
  );
}
