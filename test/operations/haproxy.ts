import { spawn, ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { haproxyConfig, Tier } from '../../stack/haproxy-config';

/**
 * Debian's HAProxy for the scale-out test: skipped where it is missing, except in CI, where .ci/run
 * installs it and sets SATUPINTU_REQUIRE_HAPROXY=1 so that the test must run.
 */
export const HAPROXY = '/usr/sbin/haproxy';
const required = process.env.SATUPINTU_REQUIRE_HAPROXY === '1' || !!process.env.CI;
const available = existsSync(HAPROXY);
if (!available && !required) console.warn(`test/operations replicas skipped: ${HAPROXY} is missing (apt-get install -y haproxy); CI installs it and runs this test.`);
export const describeHaproxy = available || required ? describe : describe.skip;

/** A port on this machine as HAProxy names a server. */
export const loopback = (port: number) => `127.0.0.1:${port}`;

/** One server as HAProxy's stats page reports it. */
export interface ServerState {
  /** UP, DOWN, ... */
  status: string;
  /** Sessions it has served. */
  sessions: number;
  /** Requests HAProxy sent again, to this server (retries) or to another one (redispatches). */
  retries: number;
  redispatches: number;
  /** Responses that failed mid-way (the server died or broke the connection). */
  failedResponses: number;
}

/** A running HAProxy, with the state of its servers read from its stats page. */
export interface Balancer {
  child: ChildProcess;
  /** Each server's status (UP, DOWN, ...) and how many sessions it has served, by `<tier><n>`. */
  servers(): Promise<Record<string, ServerState>>;
  stop(): Promise<void>;
}

export async function startHaproxy(tiers: readonly Tier[], statsPort: number): Promise<Balancer> {
  const folder = mkdtempSync(join(tmpdir(), 'satupintu-haproxy-'));
  const file = join(folder, 'haproxy.cfg');
  writeFileSync(file, haproxyConfig(tiers, `127.0.0.1:${statsPort}`));
  const child = spawn(HAPROXY, ['-db', '-f', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  const errors: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => errors.push(chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const servers = async () => {
    const csv = await (await fetch(`http://127.0.0.1:${statsPort}/stats;csv`)).text();
    const [header, ...rows] = csv.replace(/^# /, '').trim().split('\n');
    const columns = header.split(',');
    const at = (row: string[], name: string) => row[columns.indexOf(name)];
    return Object.fromEntries(
      rows
        .map((line) => line.split(','))
        .filter((row) => !['FRONTEND', 'BACKEND'].includes(at(row, 'svname')))
        .map((row) => [
          at(row, 'svname'),
          { status: at(row, 'status'), sessions: Number(at(row, 'stot')), retries: Number(at(row, 'wretr')), redispatches: Number(at(row, 'wredis')), failedResponses: Number(at(row, 'eresp')) },
        ]),
    );
  };
  for (let tries = 0; ; tries++) {
    try {
      await servers();
      break;
    } catch (err) {
      if (tries > 50 || child.exitCode !== null) throw new Error(`HAProxy did not start: ${errors.join('') || (err as Error).message}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    child,
    servers,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
