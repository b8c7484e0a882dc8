import type { Spread } from './stats';
import type { StatementStat } from './statement-stats';
import type { Check, MemoryByRound, Ratio, TargetSummary } from './summary';

/** A plain-text table: the first row is the header; numbers right-aligned, text left-aligned. */
export function table(rows: string[][], rightAligned: (column: number) => boolean): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => (rightAligned(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

const fixed = (v: number, digits: number) => (Number.isFinite(v) ? v.toFixed(digits) : '–');
const withRange = (s: Spread, digits: number) => `${fixed(s.median, digits)} (${fixed(s.min, digits)}–${fixed(s.max, digits)})`;

/** Throughput and latency: medians over rounds, ranges where they matter most. */
export function latencyTable(summaries: readonly TargetSummary[]): string {
  const rows = [['target', 'query', 'req/s @32 (range)', 'p50 @32', 'p90 @32', 'p99 @32 (range)', 'p50 @1 (range)', 'p90 @1', 'p99 @1', 'errors']];
  for (const s of summaries) {
    rows.push([
      s.label,
      `${s.query} ${s.title}`,
      withRange(s.rps32, 0),
      fixed(s.p50at32.median, 1),
      fixed(s.p90at32.median, 1),
      withRange(s.p99at32, 1),
      withRange(s.p50at1, 2),
      fixed(s.p90at1.median, 2),
      fixed(s.p99at1.median, 2),
      String(s.errors + s.non2xx + s.graphqlErrors),
    ]);
  }
  return table(rows, (c) => c >= 2);
}

/** The processes of the CPU table, in column order, with their headings. */
const CPU_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['gateway', 'SatuPintu gw'],
  ['hive', 'Hive gw'],
  ['families', 'families'],
  ['services', 'services'],
  ['referrals', 'referrals'],
  ['scheduling', 'scheduling'],
  ['floor', 'floor'],
  ['postgres', 'PostgreSQL'],
];

/** CPU milliseconds per request at 32 connections, by process (medians over rounds). */
export function cpuTable(summaries: readonly TargetSummary[]): string {
  const rows = [['target', 'query', ...CPU_COLUMNS.map(([, h]) => h), 'all servers', 'load gen', 'others %']];
  for (const s of summaries) {
    const cell = (name: string) => s.cpuMsPerRequest[name]?.median ?? 0;
    const total = CPU_COLUMNS.reduce((sum, [name]) => sum + cell(name), 0);
    rows.push([
      s.label,
      s.query,
      ...CPU_COLUMNS.map(([name]) => (cell(name) < 0.005 ? '·' : fixed(cell(name), 2))),
      fixed(total, 2),
      fixed(cell('loadgen'), 2),
      fixed(100 * s.foreignCpuShare.median, 0),
    ]);
  }
  return table(rows, (c) => c >= 2);
}

/** Each process's resident size after each round. */
export function memoryTable(memory: MemoryByRound): string {
  if (memory.length === 0) return '  (no rounds)';
  const names = Object.keys(memory[0]);
  const rows = [['round', ...names]];
  memory.forEach((sizes, i) => rows.push([String(i + 1), ...names.map((n) => (sizes[n] == null ? '?' : fixed(sizes[n]!, 0)))]));
  return table(rows, (c) => c >= 1);
}

export function ratioLines(found: readonly Ratio[]): string {
  const rows = [['comparison', 'query', 'measure', 'ratio', 'figures']];
  for (const r of found) {
    const unit = r.measure.startsWith('req/s') ? 'req/s' : 'ms';
    const digits = unit === 'ms' ? 2 : 0;
    rows.push([r.name, r.query, r.measure, `${fixed(r.value, 2)} ×`, `${fixed(r.numerator, digits)} / ${fixed(r.denominator, digits)} ${unit}`]);
  }
  return table(rows, (c) => c === 3);
}

export function checkLines(found: readonly Check[]): string {
  return found.map((c) => `  [${c.met ? 'met' : 'NOT met'}] ${c.goal}: ${c.actual}`).join('\n');
}

/**
 * A target's slowest SQL by total time: which statements a request runs, how often and how long,
 * from pg_stat_statements over the target's measured runs.
 */
export function statementTable(requests: number, stats: readonly StatementStat[], limit = 8): string {
  const total = stats.reduce((sum, s) => sum + s.totalMs, 0);
  const top = [...stats].sort((a, b) => b.totalMs - a.totalMs).slice(0, limit);
  const rows = [['database', 'calls/req', 'mean ms', 'ms/req', 'share', 'statement']];
  for (const s of top) {
    rows.push([
      s.database.replace(/^bench_[a-z]+_/, ''),
      fixed(s.calls / Math.max(1, requests), 2),
      fixed(s.totalMs / Math.max(1, s.calls), 3),
      fixed(s.totalMs / Math.max(1, requests), 3),
      `${fixed((100 * s.totalMs) / Math.max(total, 1e-9), 0)} %`,
      s.query.length > 120 ? `${s.query.slice(0, 117)}...` : s.query,
    ]);
  }
  const perRequest = stats.reduce((sum, s) => sum + s.calls, 0) / Math.max(1, requests);
  return `${table(rows, (c) => c >= 1 && c <= 4)}\n(${fixed(perRequest, 1)} statements and ${fixed(total / Math.max(1, requests), 2)} ms of database time per request in all)`;
}
