import { databaseUrlFor, ownerDatabaseUrlFor, SUBGRAPH_NAMES, SubgraphName } from '../subgraphs/kit';

/**
 * Servers mode: each subgraph's two URLs from the environment. `<NAME>_DATABASE_URL` is the subgraph's
 * own role; `<NAME>_OWNER_DATABASE_URL` the owner that migrations run as (the subgraph's URL when not
 * given: a single-role set-up).
 */
export function databaseUrlsFromEnv(): { urls: Record<SubgraphName, string>; ownerUrls: Record<SubgraphName, string> } {
  const missing = SUBGRAPH_NAMES.filter((n) => !databaseUrlFor(n));
  if (missing.length) throw new Error(`set ${missing.map((n) => `${n.toUpperCase()}_DATABASE_URL`).join(', ')}`);
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, databaseUrlFor(n)!])) as Record<SubgraphName, string>;
  const ownerUrls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, ownerDatabaseUrlFor(n) ?? urls[n]])) as Record<SubgraphName, string>;
  return { urls, ownerUrls };
}
