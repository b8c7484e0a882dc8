import { databaseUrlFor, SUBGRAPH_NAMES, SubgraphName } from '../subgraphs/kit';
import { prepareDatabases } from './prepare-databases';

/**
 * Servers mode: migrates the four databases given in FAMILIES_DATABASE_URL, SERVICES_DATABASE_URL,
 * REFERRALS_DATABASE_URL and SCHEDULING_DATABASE_URL and loads the demo data where they are empty.
 */
async function main(): Promise<void> {
  const missing = SUBGRAPH_NAMES.filter((n) => !databaseUrlFor(n));
  if (missing.length) throw new Error(`set ${missing.map((n) => `${n.toUpperCase()}_DATABASE_URL`).join(', ')}`);
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, databaseUrlFor(n)!])) as Record<SubgraphName, string>;
  const { seeded } = await prepareDatabases(urls, { seed: true });
  console.log(seeded.length ? `demo data loaded into ${seeded.join(', ')}` : 'demo data was already loaded');
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
