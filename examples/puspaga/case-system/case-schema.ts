import { Pool } from 'pg';

/**
 * The case system's tables. Created at start, idempotently, inside one transaction holding an advisory
 * lock, so that two instances starting together on one database do not race each other's DDL.
 *
 * - `family_link`: the system's own family register number and the SatuPintu family id the agency
 *   recorded when it linked its records to SatuPintu's registry.
 * - `counselling_case`: one row per case, under the family's register number. Status and service kind
 *   are free text, as they have always been in this system.
 * - `access_log`: one row per read of families' cases: who acted (staff and agency), the request id
 *   and the families read.
 */
const SCHEMA_LOCK = 7_367_400_142;

const STATEMENTS = [
  `CREATE TABLE IF NOT EXISTS family_link (
     family_register_no text PRIMARY KEY,
     satupintu_family_id uuid NOT NULL UNIQUE,
     linked_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE TABLE IF NOT EXISTS counselling_case (
     register_no text PRIMARY KEY,
     family_register_no text NOT NULL REFERENCES family_link (family_register_no),
     status text NOT NULL,
     service_kind text NOT NULL,
     opened_on date NOT NULL,
     closed_on date,
     counsellor_name text NOT NULL,
     sessions_held integer NOT NULL DEFAULT 0 CHECK (sessions_held >= 0),
     CHECK (closed_on IS NULL OR closed_on >= opened_on)
   )`,
  'CREATE INDEX IF NOT EXISTS counselling_case_family ON counselling_case (family_register_no)',
  `CREATE TABLE IF NOT EXISTS access_log (
     id bigserial PRIMARY KEY,
     acting_staff_id text NOT NULL,
     acting_agency_id text NOT NULL,
     request_id text NOT NULL,
     family_ids uuid[] NOT NULL,
     at timestamptz NOT NULL DEFAULT now()
   )`,
  'CREATE INDEX IF NOT EXISTS access_log_request ON access_log (request_id)',
];

/** Creates the tables that do not exist yet. */
export async function ensureCaseSchema(pool: Pool): Promise<void> {
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
