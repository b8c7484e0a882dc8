import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { Database, SUBGRAPH_NAMES, SubgraphName } from '../../subgraphs/kit';
import { LocalPostgres } from '../../stack/local-postgres';
import { prepareDatabases } from '../../stack/prepare-databases';
import { generateWorld } from '../../demo/world';
import { demoUser } from '../support/stack';
import { freePort } from '../../stack/free-port';
import { ProcessStack, startProcessStack } from '../support/process-stack';
import { fullProfileFamily } from '../support/world-picks';

/** A database that restarts under the subgraphs, and a write cut off half-way. */
describe('database faults', () => {
  let pg: LocalPostgres;
  let dataDir: string;
  let port: number;
  let stack: ProcessStack;
  let urls: Record<SubgraphName, string>;
  const anchor = process.env.SATUPINTU_TEST_ANCHOR!;

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'satupintu-faults-'));
    chmodSync(folder, 0o755);
    dataDir = join(folder, 'pg');
    port = await freePort();
    pg = await LocalPostgres.start({ dataDir, port, ephemeral: true });
    for (const name of SUBGRAPH_NAMES) await pg.createDatabase(`faults_${name}`);
    urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, pg.url(`faults_${n}`)])) as Record<SubgraphName, string>;
    await prepareDatabases(urls, { seed: true, anchorDate: anchor });
    stack = await startProcessStack({ databaseUrls: urls });
  }, 90_000);
  afterAll(async () => {
    await stack?.stop();
    await pg?.stop();
    if (dataDir) rmSync(dirname(dataDir), { recursive: true, force: true });
  });

  it('subgraphs recover by themselves after PostgreSQL restarts', async () => {
    const family = fullProfileFamily(generateWorld({ anchorDate: anchor }), '3674');
    const q = `{ family(id: "${family.id}") { id members { id } serviceEpisodes { id } referrals { id } appointments { id } } }`;
    const manager = demoUser('tangsel-manager');
    expect((await stack.query(manager, q)).body.errors).toBeUndefined();
    await pg.stop();
    const during = await stack.query(manager, q);
    expect(during.status).toBeLessThan(500);
    expect(during.body.errors!.length).toBeGreaterThan(0);
    expect(JSON.stringify(during.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|terminating connection/);
    pg = await LocalPostgres.start({ dataDir, port, ephemeral: true });
    const started = Date.now();
    let recovered = false;
    while (!recovered && Date.now() - started < 20_000) {
      const answer = await stack.query(manager, q);
      recovered = !answer.body.errors && (answer.body.data!.family as { members: unknown[] }).members.length === family.members.length;
      if (!recovered) await new Promise((r) => setTimeout(r, 200));
    }
    process.stdout.write(`database restart: recovered ${Date.now() - started} ms after PostgreSQL came back, no subgraph restarted\n`);
    expect(recovered).toBe(true);
    for (const name of SUBGRAPH_NAMES) expect(stack.services[name].child.exitCode).toBeNull();
  }, 60_000);

  it('a transaction cut off half-way leaves nothing written', async () => {
    const db = new Database({ name: 'families', url: urls.families, entities: [], migrations: [] });
    const admin = new Client({ connectionString: urls.families });
    await admin.connect();
    try {
      await admin.query('CREATE TABLE IF NOT EXISTS fault_probe (id int PRIMARY KEY)');
      const attempt = db.transaction(async (sql) => {
        await sql.query('INSERT INTO fault_probe VALUES (1)');
        const [{ pid }] = await sql.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        await admin.query('SELECT pg_terminate_backend($1)', [pid]);
        await sql.query('INSERT INTO fault_probe VALUES (2)');
      });
      await expect(attempt).rejects.toThrow();
      const { rows } = await admin.query('SELECT count(*)::int AS n FROM fault_probe');
      expect(rows[0].n).toBe(0);
      expect(await db.query<{ ok: number }>('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    } finally {
      await admin.end();
      await db.close();
    }
  });
});
