import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { generateIdentityKeyPair, repoPath, SUBGRAPH_NAMES } from '../subgraphs/kit';
import { BenchOptions, parseOptions } from './bench-options';
import { emptyAuditLog } from './dataset/audit-reset';
import { openBenchDatabase, openDataset } from './dataset/bench-database';
import { QUICK_SIZE } from './dataset/dataset-spec';
import { benchServiceRoles } from './dataset/bench-roles';
import { describeDataset } from './dataset/dataset-marker';
import { startFloor } from './floor/start-floor';
import { BENCH_AREA, bearerToken, InternalTokens } from './load/bench-caller';
import { compareAnswers } from './load/agreement';
import { measure, Measurement, warmUp } from './load/measure';
import { loadPicks } from './load/picks';
import { probe } from './load/probe';
import { residentSizes } from './load/resident-memory';
import { buildTargets, Target, TARGET_LABELS } from './load/targets';
import { formatBenchReport } from './report/bench-report';
import { accumulate, StatementStat, StatementStats } from './report/statement-stats';
import { formatProfiles } from './report/cpu-profile';
import { formatQueryPlans } from './report/query-plans';
import { QUERIES } from './load/queries';
import { supergraphFile } from '../gateway/src/gateway-config';
import { checks, ratios, summarise } from './report/summary';
import { ensureHiveGateway, startHiveGateway } from './stack/hive-gateway';
import { SatuPintuStack, startSatuPintu } from './stack/satupintu-stack';

const log = (line: string) => console.log(line);
const seconds = (since: number) => (performance.now() - since) / 1000;

/** What must be stopped when the run ends, in reverse order of starting. */
const running: Array<{ name: string; stop: () => Promise<void> }> = [];

async function stopAll(): Promise<void> {
  for (const item of running.splice(0).reverse()) await item.stop().catch((err: Error) => console.error(`stopping ${item.name}: ${err.message}`));
}

async function run(options: BenchOptions): Promise<void> {
  const started = performance.now();
  const dir = repoPath('.bench-data');
  mkdirSync(dir, { recursive: true });
  log(`SatuPintu benchmark: ${options.sizeName} dataset, ${options.rounds} rounds of ${options.seconds32} s at 32 connections + ${options.seconds1} s at 1 connection per target\n`);

  // Hive Gateway installs (network and disk) while the dataset builds (CPU).
  const hiveDir = join(dir, 'hive');
  const hiveInstall = options.hive
    ? ensureHiveGateway(hiveDir).then(
        (s) => ({ seconds: s, error: null as string | null }),
        (err: Error) => ({ seconds: 0, error: err.message }),
      )
    : null;

  const datasetStarted = performance.now();
  const db = await openBenchDatabase({ dir, port: options.port, size: options.size, sizeName: options.sizeName, rebuild: options.rebuild, log: (l) => log(l) });
  running.push({ name: 'PostgreSQL', stop: () => db.postgres.stop() });
  const datasetSeconds = seconds(datasetStarted);
  log(`Dataset ${db.built ? `built in ${datasetSeconds.toFixed(1)} s` : `reused (${db.reason}: built ${db.marker.builtAt} in ${db.marker.buildSeconds.toFixed(1)} s)`}: ${describeDataset(db.marker)}`);
  // The smaller dataset shares the cluster, in databases of its own: the same server settings and cache for both sizes.
  const small = options.smaller ? await openDataset(db.postgres, { dir, size: QUICK_SIZE, sizeName: 'quick', rebuild: false, log: (l) => log(l) }) : null;
  if (small) log(`Smaller dataset ${small.built ? 'built' : 'reused'}: ${describeDataset(small.marker)}`);
  const datasets = [db.urls, ...(small ? [small.urls] : [])];
  const emptied = await Promise.all(datasets.flatMap((urls) => SUBGRAPH_NAMES.map((n) => emptyAuditLog(urls[n]))));
  if (emptied.some((n) => n > 0)) log(`Audit logs emptied (${emptied.reduce((a, b) => a + b, 0).toLocaleString('en')} rows from earlier runs), so that every run starts alike`);
  const picks = await loadPicks(db.urls);
  const smallPicks = small ? await loadPicks(small.urls) : null;

  const startupStarted = performance.now();
  const identity = generateIdentityKeyPair();
  const secrets = { jwtSecret: randomBytes(32).toString('base64url'), identityPrivateKey: identity.privateKey, identityPublicKey: identity.publicKey };
  // This process signs the bench caller's identity tokens for the direct-subgraph and Hive Gateway runs.
  process.env.SATUPINTU_IDENTITY_PRIVATE_KEY = secrets.identityPrivateKey;
  // The subgraphs connect as their own roles; migrations (any added since the dataset was built) run here as the owner.
  const serviceUrls = await benchServiceRoles(dir, db.urls, db.postgres.url('postgres'));
  const tokens = new InternalTokens();
  await tokens.start();
  running.push({ name: 'token renewal', stop: async () => tokens.stop() });
  const profileDir = options.profile ? join(dir, 'profiles') : undefined;
  if (profileDir) {
    rmSync(profileDir, { recursive: true, force: true });
    mkdirSync(profileDir, { recursive: true });
  }
  const stack: SatuPintuStack = await startSatuPintu(serviceUrls, secrets, profileDir);
  running.push({ name: 'SatuPintu', stop: () => stack.stop() });
  let smallStack: SatuPintuStack | null = null;
  if (small) {
    smallStack = await startSatuPintu(await benchServiceRoles(dir, small.urls, db.postgres.url('postgres')), secrets);
    running.push({ name: 'SatuPintu on the smaller dataset', stop: () => smallStack!.stop() });
  }
  const floor = await startFloor(db.urls, BENCH_AREA, profileDir);
  running.push({ name: 'SQL floor', stop: () => floor.stop() });
  let hiveUrl: string | null = null;
  let hivePid: number | null = null;
  let hiveInstallSeconds = 0;
  let hiveNote: string | null = options.hive ? null : 'skipped (--no-hive)';
  if (hiveInstall) {
    const installed = await hiveInstall;
    hiveInstallSeconds = installed.seconds;
    if (installed.error) hiveNote = `not installed: ${installed.error}`;
    else {
      try {
        const hive = await startHiveGateway(hiveDir, stack.subgraphUrls, profileDir);
        running.push({ name: 'Hive Gateway', stop: () => hive.process.stop() });
        hiveUrl = hive.url;
        hivePid = hive.process.pid;
      } catch (err) {
        hiveNote = `did not start: ${(err as Error).message}`;
      }
    }
  }
  if (hiveNote) log(`Hive Gateway ${hiveNote}`);
  else if (hiveInstallSeconds) log(`Hive Gateway installed in ${hiveInstallSeconds.toFixed(1)} s`);
  const startupSeconds = seconds(startupStarted);

  const bearer = await bearerToken(secrets.jwtSecret);
  const all = buildTargets({
    gatewayUrl: stack.gatewayUrl,
    hiveUrl,
    familiesUrl: stack.subgraphUrls.families,
    floorUrl: `http://127.0.0.1:${floor.port}/profile`,
    bearer,
    tokens,
    picks,
    smaller: smallStack && smallPicks ? { gatewayUrl: smallStack.gatewayUrl, picks: smallPicks } : undefined,
  });
  const targets: Target[] = [];
  const skipped: Array<{ target: string; problem: string }> = [];
  for (const target of all) {
    const problem = await probe(target);
    if (!problem) targets.push(target);
    else {
      skipped.push({ target: target.key, problem });
      log(`! ${TARGET_LABELS[target.kind]} ${target.query.name} answers wrongly, left out: ${problem}`);
    }
  }
  if (!targets.some((t) => t.kind === 'satupintu')) throw new Error("SatuPintu's gateway answered none of the queries correctly (see above)");
  const disagreements = await compareAnswers(targets, picks);
  for (const note of disagreements) log(`! answers differ: ${note}`);
  if (!disagreements.length) log("Answers agree: every target gives SatuPintu's answer for the same picks (the SQL floor: the same records).");

  const processes: Record<string, number> = {
    gateway: stack.gateway.pid,
    ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, stack.subgraphs[n].pid])),
    floor: floor.pid,
    postgres: db.postmasterPid,
    ...(hivePid ? { hive: hivePid } : {}),
  };
  // The smaller dataset's stack under the same names, for its own targets' CPU; its memory is reported beside.
  const smallProcesses: Record<string, number> = smallStack
    ? { gateway: smallStack.gateway.pid, ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, smallStack!.subgraphs[n].pid])), postgres: db.postmasterPid }
    : {};
  const processesOf = (target: Target) => (target.stack === 'smaller' ? smallProcesses : processes);
  const everyProcess = {
    ...processes,
    ...Object.fromEntries(Object.entries(smallProcesses).flatMap(([name, pid]) => (name === 'postgres' ? [] : [[`${name} (10k)`, pid]]))),
  };

  const warmupStarted = performance.now();
  log(`\nWarming up ${targets.length} targets (${options.warmupSeconds} s each at 32 connections)...`);
  for (const target of targets) await warmUp(target, options.warmupSeconds);
  const warmupSeconds = seconds(warmupStarted);

  const statements = await StatementStats.open(db.postgres.url('postgres'));
  running.push({ name: 'statement statistics', stop: () => statements.close() });
  const statementsOf = new Map<string, Map<string, StatementStat>>(targets.map((t) => [t.key, new Map()]));
  const measureStarted = performance.now();
  const measurements: Measurement[] = [];
  const memory: Array<Record<string, number | null>> = [];
  for (let round = 1; round <= options.rounds; round++) {
    for (const target of targets) {
      await statements.reset();
      const m = await measure(target, round, options, processesOf(target));
      accumulate(statementsOf.get(target.key)!, await statements.read());
      measurements.push(m);
      const bad = m.at32.errors + m.at32.non2xx + m.at32.graphqlErrors + m.at1.errors + m.at1.non2xx + m.at1.graphqlErrors;
      log(
        `round ${round}/${options.rounds}  ${TARGET_LABELS[target.kind].padEnd(27)} ${target.query.name}  ${m.at32.rps.toFixed(0).padStart(5)} req/s  ` +
          `p99 ${m.at32.p99.toFixed(1).padStart(6)} ms @32   p50 ${m.at1.p50.toFixed(2).padStart(6)} ms @1${bad ? `   ${bad} errors: ${m.at32.firstError ?? m.at1.firstError}` : ''}`,
      );
    }
    memory.push(residentSizes(everyProcess));
  }
  const measureSeconds = seconds(measureStarted);

  const summaries = summarise(targets, measurements);
  const found = ratios(summaries);
  const statementLists = new Map([...statementsOf].map(([key, m]) => [key, [...m.values()].sort((a, b) => b.totalMs - a.totalMs)]));
  const goals = checks(summaries, found, statementLists, memory);
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, postgres: await db.serverVersion() };
  const timings = {
    datasetSeconds,
    datasetBuilt: db.built,
    datasetBuildSteps: db.timings,
    hiveInstallSeconds,
    startupSeconds,
    warmupSeconds,
    measureSeconds,
    totalSeconds: seconds(started),
  };

  const timingLine =
    `Timings: dataset ${db.built ? 'build' : 'check'} ${datasetSeconds.toFixed(1)} s, Hive install ${hiveInstallSeconds.toFixed(1)} s (in parallel with the dataset), ` +
    `start-up ${startupSeconds.toFixed(1)} s, warm-up ${warmupSeconds.toFixed(1)} s, measuring ${measureSeconds.toFixed(1)} s; ` +
    `total ${seconds(started).toFixed(1)} s (after the TypeScript build).`;
  log('');
  log(
    formatBenchReport({
      machine,
      dataset: `${describeDataset(db.marker)}${small ? `; smaller (Q1 and Q4): ${describeDataset(small.marker)}` : ''}`,
      callerArea: BENCH_AREA,
      options,
      summaries,
      ratios: found,
      checks: goals,
      memory,
      statements: statementLists,
      notes: [...(hiveNote ? [`Hive Gateway ${hiveNote}`] : []), ...skipped.map((s) => `left out ${s.target}: ${s.problem}`), ...disagreements.map((d) => `answers differ: ${d}`)],
      timings: timingLine,
    }),
  );
  const file = join(dir, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      {
        options,
        machine,
        dataset: { ...db.marker, built: db.built, reason: db.reason },
        smallerDataset: small ? { ...small.marker, built: small.built, reason: small.reason } : null,
        caller: { roles: ['AREA_MANAGER'], area: BENCH_AREA },
        hive: hiveNote ?? 'measured',
        timings,
        summaries,
        ratios: found,
        checks: goals,
        memory,
        skipped,
        disagreements,
        measurements,
        statements: Object.fromEntries([...statementLists].map(([key, list]) => [key, list.slice(0, 25)])),
      },
      null,
      2,
    ),
  );
  log(`Results written to ${file}`);
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  const interrupt = () => {
    console.error('\nInterrupted: stopping the services and PostgreSQL...');
    void stopAll().then(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  if (options.plan) {
    log(formatQueryPlans(supergraphFile(), QUERIES));
    return;
  }
  try {
    await run(options);
    await stopAll();
    if (options.profile) log(formatProfiles(repoPath('.bench-data', 'profiles')));
  } catch (err) {
    console.error(`\nThe benchmark failed: ${(err as Error).message}`);
    await stopAll();
    process.exit(1);
  }
}

void main();
