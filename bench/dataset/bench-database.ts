import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { SUBGRAPH_NAMES, SubgraphName } from '../../subgraphs/kit';
import { LocalPostgres } from '../../stack/local-postgres';
import { databaseFor, SUBGRAPH_MODULES } from '../../stack/subgraph-modules';
import { generateWorld } from '../../demo/world';
import { bulkTablesOf } from './bulk-tables';
import { loadTables, LoadTimings } from './bulk-load';
import { DatasetMarker, readMarker, writeMarker } from './dataset-marker';
import { DATASET_VERSION, DatasetSize } from './dataset-spec';
import { generateDataset } from './generate-dataset';

/** Where and how big. */
export interface BenchDatabaseOptions {
  /** The benchmark's own folder (.bench-data): the cluster lives in `pg/`, the COPY files pass through `copy/`. */
  dir: string;
  port: number;
  size: DatasetSize;
  /** Names the databases, so that a quick and a full dataset can sit side by side. */
  sizeName: string;
  /** Build anew even when a matching dataset is there. */
  rebuild: boolean;
  log: (line: string) => void;
}

/** The running cluster with the loaded dataset. */
export interface BenchDatabase {
  postgres: LocalPostgres;
  /** The postmaster's pid: its process tree is PostgreSQL's CPU time. */
  postmasterPid: number;
  urls: Record<SubgraphName, string>;
  marker: DatasetMarker;
  /** Whether this run built the dataset (false: reused). */
  built: boolean;
  /** Why it was built or reused, for the report. */
  reason: string;
  /** Build steps in seconds; empty when reused. */
  timings: { generateSeconds?: number; migrateSeconds?: number; loadSeconds?: number; perDatabase?: Record<string, LoadTimings> };
  /** The server's version, e.g. "17.10". */
  serverVersion(): Promise<string>;
}

/** A dataset is reused for this many days: after that too few of its appointments are still upcoming. */
const MAX_AGE_DAYS = 14;

/**
 * Server settings for a 2-core, 23 GB machine serving a 1-2 GB dataset: a buffer cache that holds
 * the hot tables, WAL kept minimal (the bench cluster has no replicas; bulk loads into tables
 * truncated in the same transaction then skip WAL), and pg_stat_statements, whose per-statement
 * timings show where the database time of each query goes. They take a restart, done once per cluster.
 */
const SETTINGS: Record<string, string> = {
  shared_buffers: '512MB',
  wal_level: 'minimal',
  max_wal_senders: '0',
  max_wal_size: '4GB',
  effective_cache_size: '8GB',
  // Per-statement timings for the report's "slowest statements" (a percent or two of overhead).
  shared_preload_libraries: 'pg_stat_statements',
  'pg_stat_statements.track': 'top',
};

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

async function adminQuery<R extends Record<string, unknown>>(postgres: LocalPostgres, sql: string): Promise<R[]> {
  const client = new Client({ connectionString: postgres.url('postgres') });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function startTuned(dataDir: string, port: number, log: (line: string) => void): Promise<LocalPostgres> {
  let postgres = await LocalPostgres.start({ dataDir, port });
  const configured = await adminQuery<{ name: string; setting: string; applied: boolean }>(
    postgres,
    `SELECT name, setting, applied FROM pg_file_settings WHERE sourcefile LIKE '%postgresql.auto.conf'`,
  );
  const inEffect = Object.entries(SETTINGS).every(([name, value]) => configured.some((r) => r.name === name && r.setting === value && r.applied));
  if (!inEffect) {
    for (const [name, value] of Object.entries(SETTINGS)) await adminQuery(postgres, `ALTER SYSTEM SET ${name} = '${value}'`);
    log('PostgreSQL: applying the bench settings (one restart)');
    await postgres.stop();
    postgres = await LocalPostgres.start({ dataDir, port });
  }
  return postgres;
}

function whyRebuild(markers: Array<DatasetMarker | null>, size: DatasetSize): string | null {
  if (markers.some((m) => m === null)) return 'no complete dataset yet';
  const m = markers[0]!;
  if (markers.some((x) => x!.version !== DATASET_VERSION)) return `dataset version ${m.version} is not the generator's ${DATASET_VERSION}`;
  if (markers.some((x) => (Object.keys(size) as Array<keyof DatasetSize>).some((k) => x!.size[k] !== size[k]))) return 'the dataset has another size';
  if (markers.some((x) => x!.anchorDate !== m.anchorDate)) return 'the databases hold datasets of different days';
  const age = (Date.parse(today()) - Date.parse(m.anchorDate)) / 86_400_000;
  if (age > MAX_AGE_DAYS) return `the dataset is ${age} days old (its upcoming appointments have mostly passed)`;
  return null;
}

/**
 * Starts the benchmark's own PostgreSQL (in `<dir>/pg`, on its own port) and makes sure it holds a
 * complete dataset of the asked size: reused when every database's marker matches, else built
 * anew: fresh databases, the subgraphs' migrations, the demo world's agencies, services, sessions
 * and staff (families: 0) through the demo seeders, then the bulk rows generated to files and
 * loaded with COPY, the four databases in parallel.
 */
export async function openBenchDatabase(options: BenchDatabaseOptions): Promise<BenchDatabase> {
  const dataDir = join(options.dir, 'pg');
  const postgres = await startTuned(dataDir, options.port, options.log);
  const postmasterPid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const serverVersion = async () => (await adminQuery<{ v: string }>(postgres, `SELECT current_setting('server_version') AS v`))[0].v;
  try {
    return { postgres, postmasterPid, serverVersion, ...(await openDataset(postgres, options)) };
  } catch (err) {
    await postgres.stop();
    throw err;
  }
}

/** One dataset's databases on the running bench cluster. */
export type BenchDataset = Pick<BenchDatabase, 'urls' | 'marker' | 'built' | 'reason' | 'timings'>;

/**
 * Makes sure the running bench cluster holds a complete dataset of the asked size in its own four
 * databases (`bench_<sizeName>_<subgraph>`), reusing one whose markers match and building it otherwise.
 */
export async function openDataset(postgres: LocalPostgres, options: Omit<BenchDatabaseOptions, 'port'>): Promise<BenchDataset> {
  const names = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, `bench_${options.sizeName}_${n}`])) as Record<SubgraphName, string>;
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, postgres.url(names[n])])) as Record<SubgraphName, string>;
  const markers = await Promise.all(SUBGRAPH_NAMES.map((n) => readMarker(urls[n])));
  const reason = options.rebuild ? 'asked to (--rebuild)' : whyRebuild(markers, options.size);
  if (!reason) return { urls, marker: markers[0]!, built: false, reason: 'same generator version and size, built within 14 days', timings: {} };
  options.log(`Building the ${options.sizeName} dataset: ${reason}`);
  const started = performance.now();
  const anchorDate = today();
  for (const n of SUBGRAPH_NAMES) {
    await adminQuery(postgres, `DROP DATABASE IF EXISTS "${names[n]}" WITH (FORCE)`);
    await postgres.createDatabase(names[n]);
  }
  const world = generateWorld({ families: 0, anchorDate });
  await Promise.all(
    SUBGRAPH_NAMES.map(async (n) => {
      const db = databaseFor(n, urls[n]);
      try {
        await db.migrate();
        await db.transaction((sql) => SUBGRAPH_MODULES[n].seed(sql, world));
      } finally {
        await db.close();
      }
    }),
  );
  const migrateSeconds = (performance.now() - started) / 1000;
  options.log(`  databases created and migrated, demo agencies and staff seeded (${migrateSeconds.toFixed(1)} s)`);

  let t = performance.now();
  const copyDir = join(options.dir, 'copy');
  const generated = generateDataset(world, options.size, anchorDate, copyDir);
  const generateSeconds = (performance.now() - t) / 1000;
  options.log(
    `  rows generated (${generateSeconds.toFixed(1)} s): ${Object.entries(generated.rows)
      .map(([k, v]) => `${k} ${v.toLocaleString('en')}`)
      .join(', ')}`,
  );

  t = performance.now();
  const perDatabase = Object.fromEntries(await Promise.all(SUBGRAPH_NAMES.map(async (n) => [n, await loadTables(urls[n], bulkTablesOf(n), generated.files)] as const)));
  const loadSeconds = (performance.now() - t) / 1000;
  rmSync(copyDir, { recursive: true, force: true });
  options.log(
    `  loaded with COPY, indexes rebuilt, analyzed (${loadSeconds.toFixed(1)} s: ${SUBGRAPH_NAMES.map((n) => `${n} copy ${perDatabase[n].copySeconds.toFixed(1)} s + indexes ${perDatabase[n].indexSeconds.toFixed(1)} s`).join('; ')})`,
  );

  const marker: DatasetMarker = {
    version: DATASET_VERSION,
    anchorDate,
    size: options.size,
    rows: generated.rows,
    builtAt: new Date().toISOString(),
    buildSeconds: (performance.now() - started) / 1000,
  };
  await Promise.all(SUBGRAPH_NAMES.map((n) => writeMarker(urls[n], marker)));
  return { urls, marker, built: true, reason, timings: { generateSeconds, migrateSeconds, loadSeconds, perDatabase } };
}
