import { cpus } from 'node:os';
import { cpuSnapshot, machineBusySeconds, ownCpuSeconds } from './cpu-time';
import { drive, LoadResult } from './drive';
import type { Target } from './targets';

/** One round of one target: a run at 32 connections (throughput, latency, CPU) and one at 1 connection (latency). */
export interface Measurement {
  target: string;
  round: number;
  at32: LoadResult;
  at1: LoadResult;
  /** CPU milliseconds per request during the 32-connection run, by process (and the load generator itself). */
  cpuMsPerRequest: Record<string, number>;
  /**
   * The share of the machine's CPU (all cores) that processes outside the benchmark used during the
   * 32-connection run: anything above a few percent means the figures are not clean.
   */
  foreignCpuShare: number;
}

/** How long each part of a round runs. */
export interface RoundPlan {
  seconds32: number;
  seconds1: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Time for the requests still in flight when a run stops to finish, so that their CPU stays with their run. */
const settleMs = (p99: number) => Math.min(2000, Math.max(200, 2 * (Number.isFinite(p99) ? p99 : 0)));

const spec = (target: Target, connections: number, seconds: number) => ({ url: target.url, headers: target.headers, body: target.body, connections, seconds });

/** Loads the target for a while without recording: JIT, caches, connection pools and prepared statements warm up. */
export async function warmUp(target: Target, seconds: number): Promise<LoadResult> {
  return drive(spec(target, 32, seconds));
}

/**
 * Measures one target once: 32 connections for `seconds32` with the CPU time of every process of
 * the stack read from /proc before and after (once the requests in flight at the end have finished;
 * divided by the requests answered), then 1 connection for `seconds1`.
 */
export async function measure(target: Target, round: number, plan: RoundPlan, processes: Readonly<Record<string, number>>): Promise<Measurement> {
  const before = cpuSnapshot(processes);
  const ownBefore = ownCpuSeconds();
  const busyBefore = machineBusySeconds();
  const wallBefore = performance.now();
  const at32 = await drive(spec(target, 32, plan.seconds32));
  await pause(settleMs(at32.p99));
  const ownAfter = ownCpuSeconds();
  const after = cpuSnapshot(processes);
  const busy = machineBusySeconds() - busyBefore;
  const wall = (performance.now() - wallBefore) / 1000;
  const cpuMsPerRequest: Record<string, number> = {};
  let ours = ownAfter - ownBefore;
  for (const name of Object.keys(processes)) {
    ours += after[name] - before[name];
    cpuMsPerRequest[name] = ((after[name] - before[name]) * 1000) / Math.max(1, at32.requests);
  }
  cpuMsPerRequest.loadgen = ((ownAfter - ownBefore) * 1000) / Math.max(1, at32.requests);
  const foreignCpuShare = Math.max(0, busy - ours) / (wall * cpus().length);
  const at1 = await drive(spec(target, 1, plan.seconds1));
  return { target: target.key, round, at32, at1, cpuMsPerRequest, foreignCpuShare };
}
