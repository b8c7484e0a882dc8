import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log also records refused writes that name an existing record (a NIK or No. KK already
 * held: the refusal tells the caller the record exists), and keeps the request id the caller sent
 * beside the gateway's own, which is the one every subgraph's row of a request shares.
 */
export class AuditLogConflicts1763856000800 implements MigrationInterface {
  name = 'AuditLogConflicts1763856000800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log DROP CONSTRAINT audit_log_outcome_check`);
    await q.query(`ALTER TABLE audit_log ADD CONSTRAINT audit_log_outcome_check CHECK (outcome IN ('ALLOWED', 'DENIED', 'CONFLICT'))`);
    await q.query(`ALTER TABLE audit_log ADD COLUMN client_request_id text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log DROP COLUMN client_request_id`);
    await q.query(`ALTER TABLE audit_log DROP CONSTRAINT audit_log_outcome_check`);
    await q.query(`ALTER TABLE audit_log ADD CONSTRAINT audit_log_outcome_check CHECK (outcome IN ('ALLOWED', 'DENIED'))`);
  }
}
