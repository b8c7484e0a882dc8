import { readFileSync } from 'node:fs';

/** A process's resident set size in megabytes, from /proc; null when the process is gone or /proc is not there. */
function residentMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return kb ? Number(kb[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** The direct children of a process (PostgreSQL's backends and workers under the postmaster). */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/**
 * The resident size of each benchmark process, in megabytes: each Node process alone; PostgreSQL as
 * its postmaster and all its backends together (shared buffers are counted once per backend that
 * touched them, so its figure is an upper bound).
 */
export function residentSizes(processes: Readonly<Record<string, number>>): Record<string, number | null> {
  return Object.fromEntries(
    Object.entries(processes).map(([name, pid]) => {
      if (name !== 'postgres') return [name, residentMb(pid)];
      const sizes = [pid, ...childrenOf(pid)].map(residentMb).filter((mb): mb is number => mb !== null);
      return [name, sizes.length ? sizes.reduce((a, b) => a + b, 0) : null];
    }),
  );
}
