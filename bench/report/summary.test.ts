import type { QueryName } from '../load/queries';
import type { TargetKind } from '../load/targets';
import { checkLines } from './format-report';
import type { StatementStat } from './statement-stats';
import { checks, ratios, TargetSummary } from './summary';

const flat = (v: number) => ({ median: v, min: v, max: v });

/** A target's summary with the figures a check reads; the rest zero. */
function summary(kind: TargetKind, query: QueryName, f: { rps: number; p99: number; p50: number; cpu?: Record<string, number>; requests?: number }): TargetSummary {
  return {
    key: `${kind}-${query}`,
    kind,
    label: kind,
    query,
    title: query,
    rounds: 3,
    rps32: flat(f.rps),
    p50at32: flat(0),
    p90at32: flat(0),
    p99at32: flat(f.p99),
    p50at1: flat(f.p50),
    p90at1: flat(0),
    p99at1: flat(0),
    requests: f.requests ?? 1000,
    errors: 0,
    non2xx: 0,
    graphqlErrors: 0,
    cpuMsPerRequest: Object.fromEntries(Object.entries(f.cpu ?? {}).map(([p, v]) => [p, flat(v)])),
    foreignCpuShare: flat(0),
  };
}

const statement = (calls: number, totalMs: number): StatementStat => ({ database: 'bench_full_families', query: 'SELECT 1', calls, totalMs }) as StatementStat;

describe("the bench's target lines", () => {
  const summaries = [
    summary('satupintu', 'Q1', { rps: 410, p99: 140, p50: 3.9, cpu: { gateway: 1, families: 1, services: 1, referrals: 0.5, scheduling: 0.5, postgres: 0.9, hive: 9 } }),
    summary('smaller', 'Q1', { rps: 420, p99: 130, p50: 3.5 }),
    summary('hive', 'Q1', { rps: 300, p99: 150, p50: 5 }),
    summary('satupintu', 'Q2', { rps: 100, p99: 90, p50: 2 }),
    summary('hive', 'Q2', { rps: 100, p99: 80, p50: 2 }),
    summary('satupintu', 'Q4', { rps: 200, p99: 100, p50: 9.3 }),
    summary('smaller', 'Q4', { rps: 250, p99: 90, p50: 7.4 }),
  ];
  const statements = new Map([
    ['satupintu-Q1', [statement(9000, 500)]],
    ['satupintu-Q4', [statement(5000, 5000)]],
  ]);
  const memory = [
    { gateway: 200, families: 100, hive: 300 },
    { gateway: 210, families: 109, hive: 900 },
  ];
  const lines = checkLines(checks(summaries, ratios(summaries), statements, memory)).split('\n');

  it('checks Q1 against its own targets, CPU summed over SatuPintu processes only', () => {
    expect(lines).toContain('  [met] Q1 at least 400 req/s at 32 connections: 410 req/s');
    expect(lines).toContain('  [met] Q1 p99 under 150 ms at 32 connections: 140.0 ms');
    expect(lines).toContain('  [met] Q1 p50 under 4 ms at 1 connection: 3.90 ms');
    expect(lines).toContain('  [met] Q1 CPU under 5 ms per request across all processes: 4.90 ms');
    expect(lines).toContain('  [met] Q1 at most 10 SQL statements per request, audit included: 9.0');
  });

  it('compares each query with Hive Gateway measured in the same run', () => {
    expect(lines).toContain("  [met] Q1 at least 1.3 × Hive Gateway's req/s at 32: 1.37 ×");
    expect(lines).toContain("  [NOT met] Q2 at least 1.3 × Hive Gateway's req/s at 32: 1.00 ×");
    expect(lines).toContain("  [NOT met] Q2 p99 at 32 no worse than Hive Gateway's: 90.0 vs 80.0 ms");
  });

  it('checks the latency at both dataset sizes and the database time', () => {
    expect(lines).toContain('  [met] Q1 p50 at 1 connection within 20 % between 10,000 and 100,000 families: 3.50 vs 3.90 ms (+11.4 %)');
    expect(lines).toContain('  [NOT met] Q4 p50 at 1 connection within 20 % between 10,000 and 100,000 families: 7.40 vs 9.30 ms (+25.7 %)');
    expect(lines).toContain('  [NOT met] Q4 database time under 2 ms per request: 5.00 ms');
  });

  it('leaves the comparison processes out of the memory check', () => {
    expect(lines).toContain('  [met] no SatuPintu process grows by more than 10 % between the first and last round: most: families 9.0 %');
  });
});
