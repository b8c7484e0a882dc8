import { databaseUrlsFromEnv } from '../stack/database-urls';
import { prepareDatabases } from '../stack/prepare-databases';

/**
 * Servers mode: migrates the four databases as their owners (FAMILIES_OWNER_DATABASE_URL, ...),
 * grants each subgraph's role (FAMILIES_DATABASE_URL, ...) its rights, and loads the demo data where
 * they are empty.
 */
async function main(): Promise<void> {
  const { urls, ownerUrls } = databaseUrlsFromEnv();
  const { seeded } = await prepareDatabases(ownerUrls, { seed: true, serviceUrls: urls });
  console.log(seeded.length ? `demo data loaded into ${seeded.join(', ')}` : 'demo data was already loaded');
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
