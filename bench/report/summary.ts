import type { Measurement } from '../load/measure';
import type { QueryName } from '../load/queries';
import { Target, TARGET_LABELS, TargetKind } from '../load/targets';
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

/** The benchmark's targets for Q1, the unified family profile. */
export function checks(summaries: readonly TargetSummary[], found: readonly Ratio[]): Check[] {
  const q1 = summaries.find((s) => s.kind === 'satupintu' && s.query === 'Q1');
  if (!q1) return [];
  const out: Check[] = [
    { goal: 'Q1 at least 700 req/s at 32 connections', actual: `${q1.rps32.median.toFixed(0)} req/s`, met: q1.rps32.median >= 700 },
    { goal: 'Q1 p99 under 60 ms at 32 connections', actual: `${q1.p99at32.median.toFixed(1)} ms`, met: q1.p99at32.median < 60 },
    { goal: 'Q1 p50 under 2.5 ms at 1 connection', actual: `${q1.p50at1.median.toFixed(2)} ms`, met: q1.p50at1.median < 2.5 },
  ];
  const hive = found.find((r) => r.name === 'ours / Hive' && r.query === 'Q1' && r.measure === 'req/s at 32');
  if (hive) out.push({ goal: 'Q1 at least 1.3 × Hive Gateway req/s', actual: `${hive.value.toFixed(2)} ×`, met: hive.value >= 1.3 });
  const floor = found.find((r) => r.name === 'federated / floor' && r.measure === 'p50 at 1');
  if (floor) out.push({ goal: 'Q1 latency within 10 × the floor (p50 at 1)', actual: `${floor.value.toFixed(1)} ×`, met: floor.value <= 10 });
  return out;
}
