import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's times (USER_HZ: 100 on every mainstream Linux build). */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  /** utime + stime + cutime + cstime, in ticks. */
  ticks: number;
}

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses). */
function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15, cutime 16, cstime 17.
    return { pid, ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]) };
  } catch {
    return null;
  }
}

/**
 * CPU seconds used so far by each named process and all its descendants: each live process's own
 * time plus the time of the children it has reaped (cutime/cstime), so that a worker or a PostgreSQL
 * backend that exits between two readings is still counted once. One pass over /proc (Linux only).
 */
export function cpuSnapshot(roots: Readonly<Record<string, number>>): Record<string, number> {
  const byPid = new Map<number, ProcStat>();
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (!stat) continue;
    byPid.set(stat.pid, stat);
    children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat.pid]);
  }
  const seconds: Record<string, number> = {};
  for (const [name, rootPid] of Object.entries(roots)) {
    let ticks = 0;
    const stack = byPid.has(rootPid) ? [rootPid] : [];
    while (stack.length) {
      const pid = stack.pop()!;
      ticks += byPid.get(pid)!.ticks;
      stack.push(...(children.get(pid) ?? []));
    }
    seconds[name] = ticks / TICKS_PER_SECOND;
  }
  return seconds;
}

/** CPU seconds of this process (the load generator), finer-grained than /proc. */
export function ownCpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

/** CPU seconds the whole machine has been busy (all cores, all processes), from /proc/stat. */
export function machineBusySeconds(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
  // cpu user nice system idle iowait irq softirq steal guest guest_nice (guest time is already in user)
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND;
}
