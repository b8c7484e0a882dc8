import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { groupMb, residentSizes } from './resident-memory';

const rssMb = (pid: number) => Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
const childrenOf = (pid: number) => readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);

describe('resident memory of the benchmark processes', () => {
  let group: ChildProcess;

  beforeAll(async () => {
    // A parent with three children, all mapping the same shell and C library pages, as the postmaster's
    // backends map its shared buffers.
    group = spawn('sh', ['-c', 'sleep 60 & sleep 60 & sleep 60 & wait'], { stdio: 'ignore' });
    for (let i = 0; i < 100 && childrenOf(group.pid!).length < 3; i++) await new Promise((r) => setTimeout(r, 20));
  });

  afterAll(() => {
    for (const pid of childrenOf(group.pid!)) process.kill(pid);
    group.kill();
  });

  it('counts the pages a group shares once, not once per process', () => {
    const pids = [group.pid!, ...childrenOf(group.pid!)];
    expect(pids).toHaveLength(4);
    const sumOfResident = residentOfAll(group.pid!);
    const together = groupMb(group.pid!)!;
    expect(together).toBeGreaterThan(0);
    expect(together).toBeLessThan(sumOfResident);
    expect(together).toBeGreaterThanOrEqual(Math.max(...pids.map(rssMb)) * 0.25);
  });

  it('gives a Node process its own resident size and PostgreSQL its group', () => {
    const sizes = residentSizes({ gateway: process.pid, postgres: group.pid! });
    expect(sizes.gateway).toBeCloseTo(rssMb(process.pid), -1);
    expect(sizes.postgres).toBeLessThan(residentOfAll(group.pid!));
    expect(residentSizes({ gone: 2 ** 22 + 1 }).gone).toBeNull();
  });
});

/** What the group's figure was before shared pages were counted once: the sum of each process's resident size. */
function residentOfAll(pid: number): number {
  return [pid, ...childrenOf(pid)].map(rssMb).reduce((a, b) => a + b, 0);
}
