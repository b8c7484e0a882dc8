import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { repoPath } from '../../platform';

/** A process of the built code (dist/), with its log lines collected. */
export interface NodeProcess {
  child: ChildProcess;
  logs: string[];
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

/** Starts `dist/<script>` with exactly the environment given (and PORT). */
export function launchBuilt(script: string, env: Record<string, string>, port: number): NodeProcess {
  const child = spawn(process.execPath, [repoPath('dist', script)], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: string[] = [];
  const collect = (chunk: Buffer) => logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    logs,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** A new empty database on the test PostgreSQL, owned by the admin (dropped with the run's others at teardown). */
export async function createTestDatabase(label: string): Promise<string> {
  const adminUrl = process.env.SATUPINTU_TEST_ADMIN_URL!;
  const name = `${process.env.SATUPINTU_TEST_RUN!}_${label}_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The environment a spawned process shares with the test run: the clock setting and the log level. */
export function sharedEnv(): Record<string, string> {
  const keep = ['SATUPINTU_CLOCK', 'SATUPINTU_CLOCK_SET_AT', 'PATH'];
  return Object.fromEntries(keep.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]!]));
}
