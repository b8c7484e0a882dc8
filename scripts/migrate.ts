import { parseArgs } from 'node:util';
import { databaseUrlsFromEnv } from '../stack/database-urls';
import { prepareDatabases } from '../stack/prepare-databases';
import { seedDemoOnMigrate } from '../stack/stack-config';

/**
 * Servers mode (`npm run migrate [-- --seed]`, the compose `migrate` service): migrates the four
 * databases as their owners (FAMILIES_OWNER_DATABASE_URL, ...) and grants each subgraph's role
 * (FAMILIES_DATABASE_URL, ...) its rights, so that the subgraphs themselves never hold the owner's
 * credentials. With `--seed` or SATUPINTU_SEED_DEMO=true it then loads the demo data into each database
 * that is still empty (a database that has data is left as it is, so running it again changes nothing).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seed: { type: 'boolean', default: false } } });
  const seed = values.seed || seedDemoOnMigrate();
  const { urls, ownerUrls } = databaseUrlsFromEnv();
  const { seeded } = await prepareDatabases(ownerUrls, { seed, serviceUrls: urls });
  console.log('migrations done, subgraph roles granted');
  if (seed) console.log(seeded.length ? `demo data loaded into ${seeded.join(', ')}` : 'demo data was already loaded');
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
