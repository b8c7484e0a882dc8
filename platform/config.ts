import { SubgraphName } from './subgraph-names';

/** Reads an environment variable, falling back to a default. */
export function env(name: string, fallback?: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : value;
}

/** Reads a positive integer from the environment. */
export function envInt(name: string, fallback: number): number {
  const raw = env(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
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

/** Whether the process runs in production mode (introspection off, stricter limits). */
export function isProduction(): boolean {
  return env('NODE_ENV') === 'production';
}
