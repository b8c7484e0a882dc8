import { randomBytes } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { quoteIdent, repoPath, SUBGRAPH_NAMES } from '../../subgraphs/kit';
import { freePort } from '../../stack/free-port';
import { demoUser, tokenFor } from '../support/stack';
import { launch, ServiceProcess, stopServices } from '../support/process-stack';
import { ComposeService, imageEnvironment, readCompose, readEnvExample, serviceEnvironment } from './compose-model';

/**
 * `docker compose up` as plain processes on the test run's PostgreSQL: the init scripts create the
 * databases and roles as PostgreSQL's image runs them, the migrate service's command runs with its
 * compose environment, then the subgraphs and the gateway with theirs, each once the health check of
 * what it depends on passes, and one query goes through the gateway. Container names map to loopback
 * and free ports; the databases and roles get this run's prefix instead of `satupintu_`, so that runs
 * sharing a server never meet.
 */
describe('the compose start sequence', () => {
  const { services } = readCompose();
  const admin = new URL(process.env.SATUPINTU_TEST_ADMIN_URL!);
  const prefix = `${process.env.SATUPINTU_TEST_RUN}_compose`;
  const rename = (text: string) => text.replace(/\bsatupintu_/g, `${prefix}_`);
  const folder = mkdtempSync(join(tmpdir(), 'satupintu-compose-'));
  const running: ServiceProcess[] = [];

  /** A value of the compose file as it reads on this machine: container hosts and ports mapped, names prefixed. */
  function mapped(value: string, ports: Record<string, number>): string {
    if (!/^(postgres|https?):\/\//.test(value)) return value;
    const url = new URL(value);
    if (url.hostname === 'postgres') {
      url.hostname = admin.hostname;
      url.port = admin.port;
      if (url.username === 'satupintu') {
        url.username = admin.username;
        url.password = admin.password;
      } else url.username = rename(url.username);
      url.pathname = rename(url.pathname);
    } else if (url.hostname in ports) {
      url.port = String(ports[url.hostname]);
      url.hostname = '127.0.0.1';
    }
    return url.toString();
  }

  /** A service's environment as its container gets it: the image's, then the compose file's. */
  function environmentOf(service: ComposeService, vars: Record<string, string>, ports: Record<string, number>): Record<string, string> {
    const env = { ...imageEnvironment(), ...serviceEnvironment(service, vars) };
    // Containers listen on every interface of their own network; here, on loopback only.
    env.HOST = '127.0.0.1';
    return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, mapped(v, ports)]));
  }

  /** Runs the service's health check command until it passes. */
  async function healthy(service: ComposeService, env: Record<string, string>): Promise<void> {
    const [kind, program, ...args] = service.healthcheck!.test;
    expect([kind, program]).toEqual(['CMD', 'node']);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const code = await new Promise<number | null>((resolve) => spawn(process.execPath, args, { env, stdio: 'ignore' }).once('exit', resolve));
      if (code === 0) return;
      if (Date.now() > deadline) throw new Error(`health check of ${env.SATUPINTU_SERVICE} did not pass`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async function run(command: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
    const [program, ...args] = command;
    expect(program).toBe('node');
    const child = spawn(process.execPath, args, { cwd: repoPath(), env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    return { code, output };
  }

  afterAll(async () => {
    await stopServices(running);
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      for (const name of SUBGRAPH_NAMES) await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(`${prefix}_${name}`)} WITH (FORCE)`);
      for (const name of SUBGRAPH_NAMES) await client.query(`DROP ROLE IF EXISTS ${quoteIdent(`${prefix}_${name}_app`)}`);
    } finally {
      await client.end();
    }
    rmSync(folder, { recursive: true, force: true });
  });

  it('creates, migrates and seeds the databases, starts the subgraphs and the gateway, and answers a query', async () => {
    // .env as .env.example says to fill it in.
    const vars: Record<string, string> = {
      ...readEnvExample(),
      POSTGRES_PASSWORD: decodeURIComponent(admin.password),
      ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_DB_PASSWORD`, randomBytes(16).toString('hex')])),
      SATUPINTU_JWT_SECRET: process.env.SATUPINTU_JWT_SECRET!,
      SATUPINTU_IDENTITY_PRIVATE_KEY: process.env.SATUPINTU_IDENTITY_PRIVATE_KEY!.replace(/\n/g, '\\n'),
      SATUPINTU_IDENTITY_PUBLIC_KEY: process.env.SATUPINTU_IDENTITY_PUBLIC_KEY!.replace(/\n/g, '\\n'),
      LOG_LEVEL: 'warn',
    };

    // PostgreSQL's image: the init scripts, run as POSTGRES_USER with the service's environment.
    const pgEnv = serviceEnvironment(services.postgres, vars);
    const psqlEnv = {
      ...pgEnv,
      POSTGRES_USER: decodeURIComponent(admin.username),
      PATH: process.env.PATH!,
      PGHOST: admin.hostname,
      PGPORT: admin.port,
      PGPASSWORD: decodeURIComponent(admin.password),
    };
    const sql = rename(readFileSync(repoPath('docker', 'init-databases.sql'), 'utf8'));
    execFileSync('psql', ['-v', 'ON_ERROR_STOP=1', '--no-psqlrc', '--username', psqlEnv.POSTGRES_USER, '--dbname', 'postgres'], { input: sql, env: psqlEnv });
    const script = join(folder, 'init-roles.sh');
    writeFileSync(script, rename(readFileSync(repoPath('docker', 'init-roles.sh'), 'utf8')));
    execFileSync('sh', [script], { env: psqlEnv });

    const ports: Record<string, number> = {};
    for (const name of [...SUBGRAPH_NAMES, 'gateway']) ports[name] = await freePort();
    const envOf = (name: string): Record<string, string> => ({ ...environmentOf(services[name], vars, ports), PORT: String(ports[name]) });

    // The one-shot migrate service, as composed (no demo data), then with the documented --seed.
    const migrateEnv = environmentOf(services.migrate, vars, ports);
    const migrated = await run(services.migrate.command!, migrateEnv);
    expect(migrated).toEqual({ code: 0, output: expect.stringContaining('migrations done, subgraph roles granted') });
    const seeded = await run([...services.migrate.command!, '--seed'], migrateEnv);
    expect(seeded).toEqual({ code: 0, output: expect.stringContaining(`demo data loaded into ${SUBGRAPH_NAMES.join(', ')}`) });

    // The subgraphs connect as their own roles, which may not open another subgraph's database.
    const elsewhere = new URL(envOf('families').FAMILIES_DATABASE_URL);
    elsewhere.pathname = `/${prefix}_referrals`;
    await expect(new Client({ connectionString: elsewhere.toString() }).connect()).rejects.toThrow(/permission denied/);

    await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => {
        const env = envOf(name);
        running.push(launch(name, services[name].command![1].replace(/^dist\//, ''), env, ports[name]));
        await healthy(services[name], env);
      }),
    );
    const gatewayEnv = envOf('gateway');
    running.push(launch('gateway', services.gateway.command![1].replace(/^dist\//, ''), gatewayEnv, ports.gateway));
    await healthy(services.gateway, gatewayEnv);

    const res = await fetch(`http://127.0.0.1:${ports.gateway}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(demoUser('tangsel-manager'))}` },
      body: JSON.stringify({ query: '{ families(first: 3) { totalCount edges { node { id members { fullName } } } } }' }),
    });
    const body = (await res.json()) as { data?: { families: { totalCount: number; edges: unknown[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data!.families.totalCount).toBeGreaterThan(0);
    expect(body.data!.families.edges).toHaveLength(3);
  });
});
