import { FULL_SIZE, QUICK_SIZE, DatasetSize } from './dataset/dataset-spec';

/** What one `npm run bench` does. */
export interface BenchOptions {
  sizeName: 'full' | 'quick';
  size: DatasetSize;
  /** Build the dataset anew even when a matching one is there. */
  rebuild: boolean;
  /** Compare with Hive Gateway (installed on demand). */
  hive: boolean;
  rounds: number;
  /** Seconds of each measured run at 32 connections. */
  seconds32: number;
  /** Seconds of each measured run at 1 connection. */
  seconds1: number;
  /** Seconds of warm-up per target, before the first round. */
  warmupSeconds: number;
  /** The bench PostgreSQL's port. */
  port: number;
  /** Run the Node services under the V8 CPU profiler and print where their time went. */
  profile: boolean;
  /** Also run Q1 and Q4 on the quick dataset, so that one run shows the cost at both sizes (full runs only). */
  smaller: boolean;
  /** Print the gateway's query plan of each query and stop. */
  plan: boolean;
}

export const USAGE = `npm run bench -- [--quick] [--rebuild] [--no-hive] [--no-smaller] [--rounds N] [--seconds N] [--port N] [--profile] [--plan]

  --quick      a tenth of the dataset (10,000 families) and short rounds, for trying the benchmark out
  --rebuild    build the dataset anew even when .bench-data holds a matching one
  --no-hive    skip the Hive Gateway comparison (and its npm install)
  --no-smaller skip Q1 and Q4 on the 10,000-family dataset beside the full one (full runs measure both sizes)
  --rounds N   interleaved rounds per target (default 3, quick 2)
  --seconds N  seconds per run at 32 connections (default 8, quick 3); runs at 1 connection take half
  --port N     port of the bench PostgreSQL (default 54339, or SATUPINTU_BENCH_PG_PORT)
  --profile    run the gateways and subgraphs under the V8 CPU profiler (slower) and print where their CPU went
  --plan       print the gateway's query plan of each of the four queries (fetches and waves) and stop`;

/** Reads the command line; throws with the usage on anything unknown. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const number = (flag: string, fallback: number) => {
    const at = argv.indexOf(flag);
    if (at < 0) return fallback;
    const value = Number(argv[at + 1]);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${flag} needs a positive number\n\n${USAGE}`);
    return value;
  };
  const known = new Set(['--quick', '--rebuild', '--no-hive', '--no-smaller', '--rounds', '--seconds', '--port', '--profile', '--plan']);
  argv.forEach((arg, i) => {
    if (arg.startsWith('--') && !known.has(arg)) throw new Error(`unknown option ${arg}\n\n${USAGE}`);
    if (!arg.startsWith('--') && !['--rounds', '--seconds', '--port'].includes(argv[i - 1])) throw new Error(`unexpected argument ${arg}\n\n${USAGE}`);
  });
  const seconds32 = number('--seconds', quick ? 3 : 8);
  return {
    sizeName: quick ? 'quick' : 'full',
    size: quick ? QUICK_SIZE : FULL_SIZE,
    rebuild: argv.includes('--rebuild'),
    hive: !argv.includes('--no-hive'),
    rounds: number('--rounds', quick ? 2 : 3),
    seconds32,
    seconds1: Math.max(1, Math.round(seconds32 / 2)),
    warmupSeconds: quick ? 2 : 3,
    port: number('--port', Number(process.env.SATUPINTU_BENCH_PG_PORT ?? 54339)),
    profile: argv.includes('--profile'),
    smaller: !quick && !argv.includes('--no-smaller'),
    plan: argv.includes('--plan'),
  };
}
