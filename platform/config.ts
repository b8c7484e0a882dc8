import { SUBGRAPHS, SubgraphName } from './subgraph-names';

/*
 * Configuration comes from environment variables only, each read in one typed place: this module for
 * what every process shares (logging, shutdown, clock, identity keys, subgraph and database URLs, the
 * metrics listener), gateway/src/gateway-config.ts for the gateway, subgraphs/kit/subgraph-config.ts
 * for the subgraphs and stack/stack-config.ts for `npm start` and the other npm scripts. Values are
 * read when asked (at start-up, or when a server is built), never cached at import, so tests may set a
 * variable before they start a process or build a server. README.md ("Configuration") lists every
 * variable.
 */

/** Reads an environment variable, falling back to a default; an empty value counts as unset. */
export function env(name: string, fallback?: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : value;
}

/** Reads a non-negative integer from the environment; anything else throws, naming the variable. */
export function envInt(name: string, fallback: number): number {
  const raw = env(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

/** Logging, as every process reads it. */
export interface LogConfig {
  /** LOG_LEVEL: the pino level. Default `info` (`npm start` gives its services `warn`). */
  level: string;
  /** SATUPINTU_SERVICE: the `service` field of every log line. Default `satupintu` (each service sets its own name). */
  serviceName: string;
}

/** The logging settings, read now. */
export function logConfig(): LogConfig {
  return { level: env('LOG_LEVEL', 'info')!, serviceName: env('SATUPINTU_SERVICE', 'satupintu')! };
}

/** SHUTDOWN_GRACE_MS: how long requests in flight may finish after SIGTERM. Default 10000. */
export function shutdownGraceMs(): number {
  return envInt('SHUTDOWN_GRACE_MS', 10_000);
}

/** A set clock (tests, demos; refused in production). */
export interface ClockConfig {
  /** SATUPINTU_CLOCK: the time to run at instead of real time. Default unset: real time. */
  clock: string | undefined;
  /** SATUPINTU_CLOCK_SET_AT: when SATUPINTU_CLOCK was set (epoch milliseconds), so that the set clock runs on from there. */
  setAt: string | undefined;
}

/** The clock settings, read now. */
export function clockConfig(): ClockConfig {
  return { clock: env('SATUPINTU_CLOCK'), setAt: env('SATUPINTU_CLOCK_SET_AT') };
}

/** The identity-token keys: the private key where tokens are signed (the gateway), the public keys where they are checked (the subgraphs). */
export interface IdentityConfig {
  /** SATUPINTU_IDENTITY_PRIVATE_KEY: PKCS8 PEM or private JWK (P-256 or Ed25519); gateway only. No default (`npm start` generates one). */
  privateKey: string | undefined;
  /** SATUPINTU_IDENTITY_KEY_ID: the signing key's `kid`. Default: the JWK's own `kid`, else the key's RFC 7638 thumbprint. */
  keyId: string | undefined;
  /** SATUPINTU_IDENTITY_PUBLIC_KEY: one or more PEM public keys, a JWK or a JWKS; subgraphs. */
  publicKey: string | undefined;
  /** SATUPINTU_IDENTITY_JWKS_URL: where subgraphs fetch the JWKS when SATUPINTU_IDENTITY_PUBLIC_KEY is unset. */
  jwksUrl: string | undefined;
}

/** The identity-key settings, read now. */
export function identityConfig(): IdentityConfig {
  return {
    privateKey: env('SATUPINTU_IDENTITY_PRIVATE_KEY'),
    keyId: env('SATUPINTU_IDENTITY_KEY_ID'),
    publicKey: env('SATUPINTU_IDENTITY_PUBLIC_KEY'),
    jwksUrl: env('SATUPINTU_IDENTITY_JWKS_URL'),
  };
}

/**
 * Where a subgraph's GraphQL endpoint is reached, by the gateway and by peer subgraphs: `<NAME>_URL`,
 * e.g. FAMILIES_URL. Default `http://127.0.0.1:<its default port>/graphql`.
 */
export function subgraphUrl(name: SubgraphName): string {
  const port = SUBGRAPHS.find((s) => s.name === name)?.defaultPort;
  return env(`${name.toUpperCase()}_URL`, `http://127.0.0.1:${port}/graphql`)!;
}

/** A subgraph's database URL: `<NAME>_DATABASE_URL`, e.g. FAMILIES_DATABASE_URL. */
export function databaseUrlFor(name: SubgraphName): string | undefined {
  return env(`${name.toUpperCase()}_DATABASE_URL`);
}

/**
 * The URL migrations of a subgraph's database run with, as the role that owns its tables:
 * `<NAME>_OWNER_DATABASE_URL`, e.g. FAMILIES_OWNER_DATABASE_URL. The subgraph itself connects with
 * `<NAME>_DATABASE_URL`, as its own role, which is not the owner.
 */
export function ownerDatabaseUrlFor(name: SubgraphName): string | undefined {
  return env(`${name.toUpperCase()}_OWNER_DATABASE_URL`);
}

/** NODE_ENV: `production` turns introspection off and refuses a set clock. */
export function isProduction(): boolean {
  return env('NODE_ENV') === 'production';
}

/** Where a service serves its Prometheus metrics: a listener of its own, apart from the port callers reach. */
export interface MetricsListen {
  /** METRICS_PORT: the port of GET /metrics (0 for a free one). Default unset: no metrics listener. */
  port: number | undefined;
  /** METRICS_HOST: the address the metrics listener binds. Default `127.0.0.1`. */
  host: string;
}

/** The metrics listener's settings, read now; each process (gateway, each subgraph) has its own. */
export function metricsListen(): MetricsListen {
  return { port: env('METRICS_PORT') === undefined ? undefined : envInt('METRICS_PORT', 0), host: env('METRICS_HOST', '127.0.0.1')! };
}
