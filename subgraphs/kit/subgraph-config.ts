import { env, envInt, ownerDatabaseUrlFor } from '../../platform/config';
import { SUBGRAPHS, SubgraphName } from '../../platform/subgraph-names';

/*
 * Every environment variable a subgraph reads, each in one place with its default; README.md
 * ("Configuration") lists them. The database URLs (`<NAME>_DATABASE_URL`, `<NAME>_OWNER_DATABASE_URL`),
 * the peers' URLs (`<NAME>_URL`) and what every process shares (LOG_LEVEL, SHUTDOWN_GRACE_MS,
 * NODE_ENV, the clock, the identity public keys) are read by platform/config.ts. Each reader reads
 * when called (when a subgraph or its database is built or started), so tests may set variables first.
 * No subgraph reads a variable of its own beyond these.
 */

/** Where a subgraph listens. */
export interface SubgraphListen {
  /** PORT. Default the subgraph's own port (families 4001, services 4002, referrals 4003, scheduling 4004). */
  port: number;
  /** HOST. Default `127.0.0.1` (the Docker image sets `0.0.0.0`). */
  host: string;
}

export function subgraphListen(name: string): SubgraphListen {
  return { port: envInt('PORT', SUBGRAPHS.find((s) => s.name === name)?.defaultPort ?? 0), host: env('HOST', '127.0.0.1')! };
}

/** A subgraph's connections to its database. */
export interface DatabaseSettings {
  /** DB_STATEMENT_TIMEOUT_MS: the longest a statement may run. Default 5000. */
  statementTimeoutMs: number;
  /** DB_POOL_SIZE: connections in the main pool. Default 10. */
  poolSize: number;
  /** DB_CONNECT_TIMEOUT_MS: the longest a new connection may take. Default 5000. */
  connectTimeoutMs: number;
}

export function databaseSettings(): DatabaseSettings {
  return {
    statementTimeoutMs: envInt('DB_STATEMENT_TIMEOUT_MS', 5000),
    poolSize: envInt('DB_POOL_SIZE', 10),
    connectTimeoutMs: envInt('DB_CONNECT_TIMEOUT_MS', 5000),
  };
}

/** The owner URL a subgraph migrates with at its own start, when it is given one (`<NAME>_OWNER_DATABASE_URL`). */
export function migrationUrl(name: string): string | undefined {
  return ownerDatabaseUrlFor(name as SubgraphName);
}

/**
 * PEER_TIMEOUT_MS: how long a subgraph waits for a peer's reference check. Default 4000, below the
 * gateway's subgraph timeout (5 s), so a slow peer is reported as such, not as a timeout of this subgraph.
 */
export function peerTimeoutMs(): number {
  return Number(env('PEER_TIMEOUT_MS', '4000'));
}

/**
 * REFERENCE_CACHE_SECONDS: how long a subgraph serves reference rows that no request changes (the
 * agencies and the service catalogue in services, the staff directory answers show in scheduling)
 * before reading them again. Default 60; 0 reads them every time.
 */
export function referenceCacheTtlMs(): number {
  return envInt('REFERENCE_CACHE_SECONDS', 60) * 1000;
}
