import { env, envInt, identityConfig, repoPath } from '../subgraphs/kit';

/*
 * Every environment variable of the local stack (`npm start`, `npm run holidays`, the demo loader),
 * each in one place with its default; README.md ("Configuration") lists them. The services it starts
 * read their own (gateway/src/gateway-config.ts, subgraphs/kit/subgraph-config.ts, platform/config.ts).
 * Each reader reads when called.
 */

/** SATUPINTU_PG_PORT: the embedded PostgreSQL's port. Default 54329. */
export function embeddedPostgresPort(): number {
  return envInt('SATUPINTU_PG_PORT', 54329);
}

/** SATUPINTU_DATA_DIR: the embedded default's data folder (cluster, generated secrets, role passwords; git-ignored). Default `.data`. */
export function dataDir(): string {
  return env('SATUPINTU_DATA_DIR', repoPath('.data'))!;
}

/** SATUPINTU_DEMO_DATA: `off` skips loading the demo data into empty databases. Default `on`. */
export function loadDemoData(): boolean {
  return env('SATUPINTU_DEMO_DATA', 'on') !== 'off';
}

/**
 * SATUPINTU_SEED_DEMO for `npm run migrate` (the compose `migrate` service): `true` also loads the demo
 * data into databases that are still empty, as `--seed` does. Default `false`: a real install starts
 * with no invented families.
 */
export function seedDemoOnMigrate(): boolean {
  const value = env('SATUPINTU_SEED_DEMO', 'false')!;
  if (value !== 'true' && value !== 'false') throw new Error(`SATUPINTU_SEED_DEMO must be true or false, not "${value}"`);
  return value === 'true';
}

/** GATEWAY_PORT: the gateway's port under `npm start` (the subgraphs keep their own). Default 4000. */
export function gatewayPort(): number {
  return envInt('GATEWAY_PORT', 4000);
}

/**
 * SATUPINTU_METRICS_BASE_PORT: the first of the consecutive metrics ports `npm start` gives its
 * services as their METRICS_PORT: the gateway the base, then families, services, referrals and
 * scheduling, then the examples' subgraphs. `off`: no metrics listeners. Default 9400.
 */
export function metricsBasePort(): number | undefined {
  return env('SATUPINTU_METRICS_BASE_PORT') === 'off' ? undefined : envInt('SATUPINTU_METRICS_BASE_PORT', 9400);
}

/** LOG_LEVEL for the services `npm start` runs. Default `warn` (the services' own default is `info`). */
export function servicesLogLevel(): string {
  return env('LOG_LEVEL', 'warn')!;
}

/**
 * APOLLO_TELEMETRY_DISABLED for the services `npm start` runs: `1` unless set, since the Apollo gateway
 * otherwise reports usage data to Apollo.
 */
export function apolloTelemetryDisabled(): string {
  return env('APOLLO_TELEMETRY_DISABLED', '1')!;
}

/** Secrets given in the environment (servers mode) instead of those the stack makes. */
export interface GivenSecrets {
  /** SATUPINTU_JWT_SECRET: the bearer-token key. Default: generated once into `.data/secrets.json`. */
  jwtSecret: string | undefined;
  /** SATUPINTU_JWKS_URL: bearer tokens are checked against this JWKS instead of a shared secret. */
  jwksUrl: string | undefined;
  /** SATUPINTU_IDENTITY_PRIVATE_KEY and SATUPINTU_IDENTITY_PUBLIC_KEY: both or neither (a key pair is then made for the run). */
  identityPrivateKey: string | undefined;
  identityPublicKey: string | undefined;
}

export function givenSecrets(): GivenSecrets {
  const identity = identityConfig();
  return { jwtSecret: env('SATUPINTU_JWT_SECRET'), jwksUrl: env('SATUPINTU_JWKS_URL'), identityPrivateKey: identity.privateKey, identityPublicKey: identity.publicKey };
}
