import { rmSync } from 'node:fs';
import { Client } from 'pg';
import type { LocalPostgres } from '../../stack/local-postgres';

/**
 * Stops the throwaway PostgreSQL, or drops this run's databases and roles from the server in
 * TEST_DATABASE_URL; then removes the run's folder (the data folder holds every test file's database).
 */
export default async function globalTeardown(): Promise<void> {
  try {
    await dropRun();
  } finally {
    const folder = process.env.SATUPINTU_TEST_FOLDER;
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
}

async function dropRun(): Promise<void> {
  const pg = (globalThis as { __satupintuPg?: LocalPostgres }).__satupintuPg;
  if (pg) return pg.stop();
  const admin = new Client({ connectionString: process.env.SATUPINTU_TEST_ADMIN_URL });
  await admin.connect();
  const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${process.env.SATUPINTU_TEST_RUN}_%`]);
  for (const { datname } of rows) await admin.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
  const roles = await admin.query<{ rolname: string }>(`SELECT rolname FROM pg_roles WHERE rolname LIKE $1`, [`${process.env.SATUPINTU_TEST_RUN}_%`]);
  for (const { rolname } of roles.rows) await admin.query(`DROP ROLE "${rolname}"`);
  await admin.end();
}
