import { Client } from 'pg';
import { randomBytes } from 'node:crypto';
import { subgraphEnv } from '../../stack/service-env';
import { freePort } from '../../stack/free-port';
import { waitForHttp } from '../../stack/wait-for-http';
import { MIGRATION_LOCK_KEY } from '../../subgraphs/kit/migration-lock';
import { MIGRATIONS } from '../../subgraphs/families/src/server';
import { launch, ServiceProcess, stopServices } from '../support/process-stack';

/**
 * Replicas of one subgraph starting together on a database nobody has migrated yet: each takes the
 * database's migration lock before it migrates, so one runs the migrations, the other waits and
 * then finds nothing left to run, and both serve. A database a newer release has migrated is refused.
 */
describe('migrations that replicas cannot race', () => {
  const adminUrl = process.env.SATUPINTU_TEST_ADMIN_URL!;
  const started: ServiceProcess[] = [];
  const databases: string[] = [];

  async function freshDatabase(): Promise<string> {
    const name = `${process.env.SATUPINTU_TEST_RUN}_fresh_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    databases.push(name);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  }

  async function startFamilies(url: string): Promise<ServiceProcess> {
    const port = await freePort();
    const env = { ...subgraphEnv(process.env, 'families', url, process.env.SATUPINTU_IDENTITY_PUBLIC_KEY!), NODE_ENV: 'development', LOG_LEVEL: 'info' };
    const service = launch('families', 'subgraphs/families/src/index.js', env, port);
    started.push(service);
    return service;
  }

  const ready = (s: ServiceProcess) => waitForHttp(`http://127.0.0.1:${s.port}/health/ready`, 30_000);
  const logged = (s: ServiceProcess, text: string) => s.logs.some((line) => line.includes(text));

  async function waitFor(condition: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + 20_000;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  afterEach(async () => {
    await stopServices(started.splice(0));
  });

  afterAll(async () => {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it('two processes started at once on a fresh database migrate it once, and both serve', async () => {
    const url = await freshDatabase();
    // Someone (a migrate job) holds the lock: both replicas must wait for it rather than migrate beside it.
    const holder = new Client({ connectionString: url });
    await holder.connect();
    await holder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const [a, b] = await Promise.all([startFamilies(url), startFamilies(url)]);
    await waitFor(() => logged(a, 'waiting for another process') && logged(b, 'waiting for another process'), 'both replicas to wait for the lock');
    const { rows: before } = await holder.query<{ present: boolean }>(`SELECT to_regclass('family') IS NOT NULL AS present`);
    expect(before[0].present).toBe(false);
    await holder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);

    await Promise.all([ready(a), ready(b)]);
    const { rows } = await holder.query<{ name: string; runs: number }>(`SELECT name, count(*)::int AS runs FROM migrations GROUP BY name`);
    await holder.end();
    expect(rows.every((r) => r.runs === 1)).toBe(true);
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(MIGRATIONS.map((m) => m.name)));
    // Exactly one of the two applied them; the other found nothing pending.
    expect([a, b].filter((s) => logged(s, 'migrations applied'))).toHaveLength(1);
    expect([a, b].every((s) => !logged(s, 'failed to start'))).toBe(true);
  });

  it('a process refuses to serve a database that a newer release has migrated, and says so', async () => {
    const url = await freshDatabase();
    const first = await startFamilies(url);
    await ready(first);
    first.child.kill('SIGTERM');
    await first.exited;

    const db = new Client({ connectionString: url });
    await db.connect();
    await db.query(`INSERT INTO migrations ("timestamp", name) VALUES (9999999999999, 'FromANewerRelease9999999999999')`);
    await db.end();

    const second = await startFamilies(url);
    expect(await second.exited).toBe(1);
    expect(logged(second, 'failed to start')).toBe(true);
    expect(logged(second, 'FromANewerRelease9999999999999')).toBe(true);
    expect(logged(second, 'a newer release migrated it')).toBe(true);
  });
});
