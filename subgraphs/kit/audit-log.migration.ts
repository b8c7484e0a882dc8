import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only audit log every subgraph keeps of reads and writes of families' records
 * (UU 27/2022 on personal data protection; Hong Kong PDPO). UPDATE, DELETE and TRUNCATE are refused
 * by triggers, which bind the table's owner too, so not even the application's own role can edit it.
 */
export class AuditLog1763856000000 implements MigrationInterface {
  name = 'AuditLog1763856000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        request_id text NOT NULL,
        subject text NOT NULL,
        agency_id uuid,
        roles text[] NOT NULL,
        operation text NOT NULL,
        record_type text NOT NULL,
        record_ids uuid[] NOT NULL,
        family_ids uuid[] NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('ALLOWED', 'DENIED'))
      )`);
    await q.query(`CREATE INDEX audit_log_family_ids ON audit_log USING gin (family_ids)`);
    await q.query(`
      CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`);
    await q.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_is_append_only()`);
  }
}
