import { ChildProcess, spawn } from 'node:child_process';
import { waitForHttp } from '../../stack/wait-for-http';
import { sharedEnv } from '../../stack/service-env';

/** One service of the benchmark running as its own process, with its last log lines kept for errors. */
export interface ServiceProcess {
  name: string;
  port: number;
  pid: number;
  child: ChildProcess;
  /** The last lines the process wrote (stdout and stderr). */
  logs: string[];
  stop(): Promise<void>;
}

/** Options for one service process. */
export interface LaunchOptions {
  name: string;
  port: number;
  /** The program and its arguments (the first is run with node unless `command` is given). */
  args: string[];
  env: Record<string, string>;
  /** Polled until it answers 2xx. */
  readyUrl: string;
  /** @default 60000 */
  readyTimeoutMs?: number;
  cwd?: string;
  /** Run under the V8 CPU profiler, writing `<dir>/<name>.cpuprofile` when the process exits. */
  profileDir?: string;
}

/** A file name for a service ("families subgraph" → "families-subgraph"). */
export const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Starts a Node service as a child process and waits until it is ready. When it exits before it is
 * stopped, its last log lines are printed, so that a benchmark that fails says why.
 */
export async function launch(options: LaunchOptions): Promise<ServiceProcess> {
  const profiler = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`, `--cpu-prof-name=${slug(options.name)}.cpuprofile`] : [];
  const child = spawn(process.execPath, [...profiler, ...options.args], { cwd: options.cwd, env: { ...sharedEnv(process.env), ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: string[] = [];
  const collect = (chunk: Buffer) => {
    logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (logs.length > 200) logs.splice(0, logs.length - 200);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  let stopping = false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', (code, signal) => {
    if (!stopping) console.error(`\n${options.name} exited unexpectedly (${signal ?? code}); its last lines:\n${logs.slice(-20).join('\n')}\n`);
  });
  const service: ServiceProcess = {
    name: options.name,
    port: options.port,
    pid: child.pid!,
    child,
    logs,
    async stop() {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    await Promise.race([
      waitForHttp(options.readyUrl, options.readyTimeoutMs ?? 60_000),
      exited.then(() => {
        throw new Error(`${options.name} exited during start-up:\n${logs.slice(-20).join('\n')}`);
      }),
    ]);
  } catch (err) {
    await service.stop();
    throw err;
  }
  return service;
}
