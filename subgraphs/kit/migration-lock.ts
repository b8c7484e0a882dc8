import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { logger } from '../../platform/logger';

/**
 * The advisory lock every SatuPintu process takes before it migrates a database. PostgreSQL scopes
 * advisory locks to one database, so one key serves all four: replicas of one subgraph starting
 * together, or a `migrate` job beside them, take turns, and whoever comes second finds nothing left
 * to run.
 */
export const MIGRATION_LOCK_KEY = 7_261_200_514;

/**
 * Runs `fn` while holding the migration lock of the database at `url`, on a connection of its own
 * (a session-level lock, since TypeORM runs each migration in a transaction of its own). A process
 * that dies while holding it loses its session, and with it the lock.
 */
export async function withMigrationLock<T>(name: string, url: string, fn: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const [{ locked }] = (await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [MIGRATION_LOCK_KEY])).rows;
    if (!locked) {
      logger.info({ db: name }, 'waiting for another process to finish migrating this database');
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    }
    return await fn();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

/**
 * Refuses a database that a newer release has migrated: it holds migrations this build does not
 * know, so its tables may no longer match what this build's SQL expects. Serving anyway could write
 * rows the newer release reads wrongly; the operator rolls out the newer release instead.
 */
export async function refuseNewerSchema(name: string, dataSource: DataSource): Promise<void> {
  const table = dataSource.options.migrationsTableName ?? 'migrations';
  const [{ present }] = await dataSource.query<Array<{ present: boolean }>>(`SELECT to_regclass($1) IS NOT NULL AS present`, [table]);
  if (!present) return;
  const applied = await dataSource.query<Array<{ name: string }>>(`SELECT name FROM "${table}" ORDER BY "timestamp"`);
  const known = new Set(dataSource.migrations.map((m) => m.name ?? m.constructor.name));
  const unknown = applied.map((row) => row.name).filter((applied) => !known.has(applied));
  if (unknown.length) {
    throw new Error(`${name}: the database has migrations this release does not know (${unknown.join(', ')}): a newer release migrated it; this one refuses to serve it. Roll out the newer release.`);
  }
}
