import { Pool } from 'pg';
import { ACTIVITY_KINDS } from './activity-kind';

/**
 * The subgraph's tables, in its own database. Created at start, idempotently, inside one transaction
 * holding an advisory lock, so that two instances starting together on one database do not race each
 * other's DDL.
 *
 * - `community_activity`: one row per activity the agency runs.
 * - `activity_attendance`: which families (by SatuPintu family id) attended which activity, and how
 *   many of their members came.
 * - `audit_log`: one row per request that read families' attendance: the gateway's request id, who
 *   asked (subject, staff, agency) and the families read.
 */
const SCHEMA_LOCK = 7_367_411_001;

const STATEMENTS = [
  `CREATE TABLE IF NOT EXISTS community_activity (
     id uuid PRIMARY KEY,
     title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
     kind text NOT NULL CHECK (kind IN (${ACTIVITY_KINDS.map((k) => `'${k}'`).join(', ')})),
     held_on date NOT NULL,
     place_name text NOT NULL CHECK (length(place_name) BETWEEN 1 AND 200),
     created_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE TABLE IF NOT EXISTS activity_attendance (
     activity_id uuid NOT NULL REFERENCES community_activity (id) ON DELETE CASCADE,
     family_id uuid NOT NULL,
     members_attended integer NOT NULL CHECK (members_attended > 0),
     PRIMARY KEY (activity_id, family_id)
   )`,
  'CREATE INDEX IF NOT EXISTS activity_attendance_family ON activity_attendance (family_id)',
  `CREATE TABLE IF NOT EXISTS audit_log (
     id bigserial PRIMARY KEY,
     request_id text NOT NULL,
     client_request_id text,
     subject text NOT NULL,
     staff_id text,
     agency_id text,
     family_ids uuid[] NOT NULL,
     at timestamptz NOT NULL DEFAULT now()
   )`,
  'CREATE INDEX IF NOT EXISTS audit_log_request ON audit_log (request_id)',
];

/** Creates the tables that do not exist yet, all or none. */
export async function ensureTemplateSchema(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    for (const statement of STATEMENTS) await client.query(statement);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
