import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { clock, generateIdentityKeyPair, pinClockSetting, SUBGRAPH_NAMES, SubgraphName } from '../../subgraphs/kit';
import { LocalPostgres } from '../../stack/local-postgres';
import { createServiceRoles, loadServiceRoles, roleUrl } from '../../stack/service-roles';
import { prepareDatabases } from '../../stack/prepare-databases';
import { freePort } from '../../stack/free-port';

/**
 * Once per test run: a real PostgreSQL (the embedded binaries on a throwaway data folder, or the server
 * in TEST_DATABASE_URL), a role per subgraph, four template databases migrated (as the owner, granting
 * each subgraph's role its rights) and loaded with the demo world, the end users' token key and the
 * gateway's identity key pair (the subgraphs get its public key only). Each test file then copies the templates (CREATE DATABASE
 * ... TEMPLATE), so files never see each other's writes.
 */
export default async function globalSetup(): Promise<void> {
  process.env.SATUPINTU_JWT_SECRET = randomBytes(32).toString('base64url');
  const identity = generateIdentityKeyPair();
  process.env.SATUPINTU_IDENTITY_PRIVATE_KEY = identity.privateKey;
  process.env.SATUPINTU_IDENTITY_PUBLIC_KEY = identity.publicKey;
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
  process.env.PEER_TIMEOUT_MS = process.env.PEER_TIMEOUT_MS ?? '12000';
  // A set clock (SATUPINTU_CLOCK) is pinned here, so that the test files, the servers they start and
  // the processes they spawn all show the same time.
  pinClockSetting();
  process.env.SATUPINTU_TEST_ANCHOR = clock.now().toISOString().slice(0, 10);
  let adminUrl = process.env.TEST_DATABASE_URL;
  const folder = mkdtempSync(join(tmpdir(), 'satupintu-test-'));
  chmodSync(folder, 0o755); // the server may run as the `postgres` user, which must enter it
  // The teardown removes the folder, so that runs do not pile their data up on the machine's disk.
  process.env.SATUPINTU_TEST_FOLDER = folder;
  if (!adminUrl) {
    const pg = await LocalPostgres.start({ dataDir: join(folder, 'pg'), port: await freePort(), ephemeral: true });
    (globalThis as { __satupintuPg?: LocalPostgres }).__satupintuPg = pg;
    adminUrl = pg.url('postgres');
  }
  process.env.SATUPINTU_TEST_ADMIN_URL = adminUrl;
  const run = `t${Date.now().toString(36)}`;
  process.env.SATUPINTU_TEST_RUN = run;
  // Each subgraph's own role, with a password kept in this run's temporary folder (mode 0600).
  process.env.SATUPINTU_TEST_ROLES_FILE = join(folder, 'database-roles.json');
  const roles = loadServiceRoles(process.env.SATUPINTU_TEST_ROLES_FILE, run);
  await createServiceRoles(adminUrl, roles);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const urls = {} as Record<SubgraphName, string>;
  for (const name of SUBGRAPH_NAMES) {
    const db = `${run}_tpl_${name}`;
    await admin.query(`CREATE DATABASE "${db}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${db}`;
    urls[name] = url.toString();
  }
  await admin.end();
  const serviceUrls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, roleUrl(urls[n], roles[n])])) as Record<SubgraphName, string>;
  await prepareDatabases(urls, { seed: true, anchorDate: process.env.SATUPINTU_TEST_ANCHOR, serviceUrls });
}
