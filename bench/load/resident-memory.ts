import { readFileSync } from 'node:fs';

/** One figure of a process's memory from /proc, in megabytes; null when the process is gone or /proc is not there. */
function procMb(path: string, field: RegExp): number | null {
  try {
    const kb = field.exec(readFileSync(path, 'utf8'));
    return kb ? Number(kb[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** A process's resident set size: every page it has in memory, shared or not. */
function residentMb(pid: number): number | null {
  return procMb(`/proc/${pid}/status`, /^VmRSS:\s+(\d+) kB/m);
}

/**
 * A process's proportional set size: its own pages plus its share of each page it shares (a page
 * four processes map counts a quarter to each), so that the figures of a group of processes add up to
 * the memory the group holds. Falls back to the resident size where the kernel has no smaps_rollup.
 */
function proportionalMb(pid: number): number | null {
  return procMb(`/proc/${pid}/smaps_rollup`, /^Pss:\s+(\d+) kB/m) ?? residentMb(pid);
}

/** The direct children of a process (PostgreSQL's backends and workers under the postmaster). */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** The memory a process and its direct children hold together, shared pages counted once. */
export function groupMb(pid: number): number | null {
  const sizes = [pid, ...childrenOf(pid)].map(proportionalMb).filter((mb): mb is number => mb !== null);
  return sizes.length ? sizes.reduce((a, b) => a + b, 0) : null;
}

/**
 * The resident size of each benchmark process, in megabytes: each Node process alone; PostgreSQL as
 * its postmaster and all its backends together, by proportional set size, since every backend maps
 * the shared buffers and the sum of their resident sizes would count each buffer once per backend
 * that touched it.
 */
export function residentSizes(processes: Readonly<Record<string, number>>): Record<string, number | null> {
  return Object.fromEntries(Object.entries(processes).map(([name, pid]) => [name, name === 'postgres' ? groupMb(pid) : residentMb(pid)]));
}
