import type { Measurement } from '../load/measure';
import type { QueryName } from '../load/queries';
import { Target, TARGET_LABELS, TargetKind } from '../load/targets';
import type { StatementStat } from './statement-stats';
import { Spread, spread } from './stats';

/** One target's figures over all rounds: medians and ranges. */
export interface TargetSummary {
  key: string;
  kind: TargetKind;
  label: string;
  query: QueryName;
  title: string;
  rounds: number;
  rps32: Spread;
  p50at32: Spread;
  p90at32: Spread;
  p99at32: Spread;
  p50at1: Spread;
  p90at1: Spread;
  p99at1: Spread;
  /** Requests answered over all measured runs. */
  requests: number;
  errors: number;
  non2xx: number;
  graphqlErrors: number;
  firstError?: string;
  cpuMsPerRequest: Record<string, Spread>;
  /** The share of the machine other processes used during the 32-connection runs. */
  foreignCpuShare: Spread;
}

export function summarise(targets: readonly Target[], measurements: readonly Measurement[]): TargetSummary[] {
  return targets.flatMap((target) => {
    const runs = measurements.filter((m) => m.target === target.key);
    if (runs.length === 0) return [];
    const of = (pick: (m: Measurement) => number) => spread(runs.map(pick));
    const processes = Object.keys(runs[0].cpuMsPerRequest);
    return [
      {
        key: target.key,
        kind: target.kind,
        label: TARGET_LABELS[target.kind],
        query: target.query.name,
        title: target.query.title,
        rounds: runs.length,
        rps32: of((m) => m.at32.rps),
        p50at32: of((m) => m.at32.p50),
        p90at32: of((m) => m.at32.p90),
        p99at32: of((m) => m.at32.p99),
        p50at1: of((m) => m.at1.p50),
        p90at1: of((m) => m.at1.p90),
        p99at1: of((m) => m.at1.p99),
        requests: runs.reduce((n, m) => n + m.at32.requests + m.at1.requests, 0),
        errors: runs.reduce((n, m) => n + m.at32.errors + m.at1.errors, 0),
        non2xx: runs.reduce((n, m) => n + m.at32.non2xx + m.at1.non2xx, 0),
        graphqlErrors: runs.reduce((n, m) => n + m.at32.graphqlErrors + m.at1.graphqlErrors, 0),
        firstError: runs.map((m) => m.at32.firstError ?? m.at1.firstError).find(Boolean),
        cpuMsPerRequest: Object.fromEntries(processes.map((p) => [p, of((m) => m.cpuMsPerRequest[p])])),
        foreignCpuShare: of((m) => m.foreignCpuShare),
      },
    ];
  });
}

/** One comparison the issue asks for, as a factor. */
export interface Ratio {
  name: string;
  query: QueryName;
  /** What is compared, e.g. "req/s at 32". */
  measure: string;
  value: number;
  numerator: number;
  denominator: number;
}

/**
 * The ratios, from medians: ours / Hive (throughput and latency, per query), gateway /
 * direct subgraph (Q2: what the gateway adds), federated / floor (Q1: how far from one statement
 * per database).
 */
export function ratios(summaries: readonly TargetSummary[]): Ratio[] {
  const find = (kind: TargetKind, query: QueryName) => summaries.find((s) => s.kind === kind && s.query === query);
  const out: Ratio[] = [];
  const add = (name: string, query: QueryName, measure: string, a: number, b: number) => out.push({ name, query, measure, value: a / b, numerator: a, denominator: b });
  for (const query of ['Q1', 'Q2', 'Q3', 'Q4'] as const) {
    const ours = find('satupintu', query);
    const hive = find('hive', query);
    if (ours && hive) {
      add('ours / Hive', query, 'req/s at 32', ours.rps32.median, hive.rps32.median);
      add('ours / Hive', query, 'p50 at 1', ours.p50at1.median, hive.p50at1.median);
      add('ours / Hive', query, 'p99 at 32', ours.p99at32.median, hive.p99at32.median);
    }
  }
  const gw = find('satupintu', 'Q2');
  const direct = find('direct', 'Q2');
  if (gw && direct) {
    add('gateway / direct subgraph', 'Q2', 'req/s at 32', gw.rps32.median, direct.rps32.median);
    add('gateway / direct subgraph', 'Q2', 'p50 at 1', gw.p50at1.median, direct.p50at1.median);
    add('gateway / direct subgraph', 'Q2', 'p99 at 32', gw.p99at32.median, direct.p99at32.median);
  }
  const fed = find('satupintu', 'Q1');
  const floor = find('floor', 'Q1');
  if (fed && floor) {
    add('federated / floor', 'Q1', 'req/s at 32', fed.rps32.median, floor.rps32.median);
    add('federated / floor', 'Q1', 'p50 at 1', fed.p50at1.median, floor.p50at1.median);
    add('federated / floor', 'Q1', 'p99 at 32', fed.p99at32.median, floor.p99at32.median);
  }
  return out;
}

/** One of the targets, checked against the medians. */
export interface Check {
  goal: string;
  actual: string;
  met: boolean;
}

/** Each process's resident size in MB after each round (null when it could not be read). */
export type MemoryByRound = ReadonlyArray<Record<string, number | null>>;

/** SatuPintu's own processes: the CPU one of its requests costs. */
const SATUPINTU_PROCESSES = ['gateway', 'families', 'services', 'referrals', 'scheduling', 'postgres'];

/** The most a process may grow between the first round and the last. */
const MEMORY_GROWTH_LIMIT = 0.1;
/** The most a query's latency may differ between the smaller dataset and the full one. */
const FLAT_COST_LIMIT = 0.2;
/** Processes the benchmark runs for comparison only: their growth is printed but is not SatuPintu's. */
const COMPARISON_PROCESSES = new Set(['floor', 'hive']);

/**
 * The benchmark's targets, against the medians: Q1's throughput and latency, every query against Hive
 * Gateway, Q1's CPU and statements per request, Q3's and Q4's database time, Q1's and Q4's latency at
 * both dataset sizes, and memory that stays flat.
 */
export function checks(summaries: readonly TargetSummary[], found: readonly Ratio[], statements: ReadonlyMap<string, readonly StatementStat[]>, memory: MemoryByRound): Check[] {
  const ours = (query: QueryName) => summaries.find((s) => s.kind === 'satupintu' && s.query === query);
  const out: Check[] = [];
  const q1 = ours('Q1');
  if (q1) {
    out.push(
      { goal: 'Q1 at least 400 req/s at 32 connections', actual: `${q1.rps32.median.toFixed(0)} req/s`, met: q1.rps32.median >= 400 },
      { goal: 'Q1 p99 under 150 ms at 32 connections', actual: `${q1.p99at32.median.toFixed(1)} ms`, met: q1.p99at32.median < 150 },
      { goal: 'Q1 p50 under 4 ms at 1 connection', actual: `${q1.p50at1.median.toFixed(2)} ms`, met: q1.p50at1.median < 4 },
    );
    const cpu = SATUPINTU_PROCESSES.reduce((sum, p) => sum + (q1.cpuMsPerRequest[p]?.median ?? 0), 0);
    out.push({ goal: 'Q1 CPU under 5 ms per request across all processes', actual: `${cpu.toFixed(2)} ms`, met: cpu < 5 });
    const perRequest = (statements.get(q1.key) ?? []).reduce((sum, st) => sum + st.calls, 0) / Math.max(1, q1.requests);
    out.push({ goal: 'Q1 at most 10 SQL statements per request, audit included', actual: perRequest.toFixed(1), met: perRequest <= 10 });
  }
  for (const query of ['Q1', 'Q2', 'Q3', 'Q4'] as const) {
    const rps = found.find((r) => r.name === 'ours / Hive' && r.query === query && r.measure === 'req/s at 32');
    const p99 = found.find((r) => r.name === 'ours / Hive' && r.query === query && r.measure === 'p99 at 32');
    if (rps) out.push({ goal: `${query} at least 1.3 × Hive Gateway's req/s at 32`, actual: `${rps.value.toFixed(2)} ×`, met: rps.value >= 1.3 });
    if (p99) out.push({ goal: `${query} p99 at 32 no worse than Hive Gateway's`, actual: `${p99.numerator.toFixed(1)} vs ${p99.denominator.toFixed(1)} ms`, met: p99.value <= 1 });
  }
  for (const query of ['Q3', 'Q4'] as const) {
    const s = ours(query);
    if (!s) continue;
    const dbMs = (statements.get(s.key) ?? []).reduce((sum, st) => sum + st.totalMs, 0) / Math.max(1, s.requests);
    out.push({ goal: `${query} database time under 2 ms per request`, actual: `${dbMs.toFixed(2)} ms`, met: dbMs < 2 });
  }
  for (const query of ['Q1', 'Q4'] as const) {
    const big = ours(query);
    const small = summaries.find((s) => s.kind === 'smaller' && s.query === query);
    if (!big || !small) continue;
    const growth = big.p50at1.median / small.p50at1.median - 1;
    out.push({
      goal: `${query} p50 at 1 connection within 20 % between 10,000 and 100,000 families`,
      actual: `${small.p50at1.median.toFixed(2)} vs ${big.p50at1.median.toFixed(2)} ms (${growth >= 0 ? '+' : ''}${(100 * growth).toFixed(1)} %)`,
      met: Math.abs(growth) <= FLAT_COST_LIMIT,
    });
  }
  if (memory.length >= 2) {
    const first = memory[0];
    const last = memory[memory.length - 1];
    const growth = Object.keys(first)
      .filter((p) => !COMPARISON_PROCESSES.has(p) && first[p] !== null && last[p] != null)
      .map((p) => ({ p, g: last[p]! / first[p]! - 1 }))
      .sort((a, b) => b.g - a.g);
    if (growth.length) {
      const worst = growth[0];
      out.push({
        goal: 'no SatuPintu process grows by more than 10 % between the first and last round',
        actual: `most: ${worst.p} ${(100 * worst.g).toFixed(1)} %`,
        met: worst.g <= MEMORY_GROWTH_LIMIT,
      });
    }
  }
  return out;
}
