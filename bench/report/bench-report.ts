import type { BenchOptions } from '../bench-options';
import { checkLines, cpuTable, latencyTable, memoryTable, ratioLines, statementTable } from './format-report';
import type { StatementStat } from './statement-stats';
import type { Check, MemoryByRound, Ratio, TargetSummary } from './summary';

/** Everything the printed report says. */
export interface BenchReport {
  machine: { cpu: string; cores: number; memoryGb: number; node: string; postgres: string };
  dataset: string;
  callerArea: readonly string[];
  options: BenchOptions;
  summaries: TargetSummary[];
  ratios: Ratio[];
  checks: Check[];
  /** Each process's resident size in MB after each round. */
  memory: MemoryByRound;
  /** Each target's SQL statements over its measured runs. */
  statements: ReadonlyMap<string, StatementStat[]>;
  notes: string[];
  timings: string;
}

/** Other processes above this share of the machine make the figures unclean, and the report says so. */
const FOREIGN_WARNING = 0.1;

/** The benchmark's printed report: method, tables, ratios, the targets, the SQL behind each query, timings. */
export function formatBenchReport(r: BenchReport): string {
  const out: string[] = [];
  const o = r.options;
  out.push(
    `== SatuPintu benchmark, ${new Date().toISOString().slice(0, 10)}: ${r.machine.cores} × ${r.machine.cpu}, ${r.machine.memoryGb} GB, Node ${r.machine.node}, PostgreSQL ${r.machine.postgres}`,
  );
  out.push(`Dataset: ${r.dataset}`);
  out.push(`Caller: AREA_MANAGER of DINSOS-TANGSEL with area ${r.callerArea.join(', ')} (every Indonesian family visible, sensitive fields redacted)`);
  out.push(`Method: per target ${o.warmupSeconds} s warm-up, then ${o.rounds} interleaved rounds of ${o.seconds32} s at 32 connections and ${o.seconds1} s at 1 connection;`);
  out.push(`medians over rounds with (min–max); latencies in ms; a random id per request; the load generator (autocannon) shares the machine.\n`);
  out.push(latencyTable(r.summaries));
  out.push(`\nCPU milliseconds per request at 32 connections, by process (median over rounds; "others %": the machine's CPU used by processes outside the benchmark):\n`);
  out.push(cpuTable(r.summaries));
  const foreign = Math.max(0, ...r.summaries.map((s) => s.foreignCpuShare.median));
  if (foreign > FOREIGN_WARNING)
    out.push(`\n! Other processes used up to ${(100 * foreign).toFixed(0)} % of the machine during the runs: these figures understate what the services do on a quiet machine.`);
  out.push(`\nResident memory after each round, MB (PostgreSQL: the postmaster and its backends together, each shared page counted once):\n`);
  out.push(memoryTable(r.memory));
  out.push(`\nRatios (medians):\n`);
  out.push(ratioLines(r.ratios));
  out.push(`\nTargets:`);
  out.push(checkLines(r.checks));
  out.push(`\nWhere the database time goes (pg_stat_statements over each target's measured runs, top statements by total time):`);
  for (const s of r.summaries.filter((x) => x.kind !== 'hive')) {
    out.push(`\n${s.label} ${s.query} ${s.title}:`);
    out.push(statementTable(s.requests, r.statements.get(s.key) ?? []));
  }
  for (const s of r.summaries.filter((x) => x.firstError)) out.push(`\n! ${s.label} ${s.query}: ${s.errors + s.non2xx + s.graphqlErrors} bad answers, first: ${s.firstError}`);
  for (const note of r.notes) out.push(`! ${note}`);
  out.push(`\n${r.timings}`);
  return out.join('\n');
}
