import { Client } from 'pg';

/**
 * Empties the audit logs of the bench databases, so that every run starts from the same database
 * state: each measured request appends audit rows (indexed by family with GIN), about 150,000 a run
 * in the families database, and a reused dataset would otherwise grow from run to run. The log is
 * append-only by trigger (subgraphs/kit/audit-log.migration.ts); the bench, owner of its own
 * throwaway databases, lifts the guard triggers for the TRUNCATE, in one transaction.
 * Returns the rows removed.
 */
export async function emptyAuditLog(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM audit_log');
    await client.query('BEGIN');
    await client.query('ALTER TABLE audit_log DISABLE TRIGGER USER');
    await client.query('TRUNCATE audit_log');
    await client.query('ALTER TABLE audit_log ENABLE TRIGGER USER');
    await client.query('COMMIT');
    return Number(rows[0].n);
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
