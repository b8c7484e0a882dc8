import { databaseUrlsFromEnv } from '../stack/database-urls';
import { prepareDatabases } from '../stack/prepare-databases';

/**
 * Servers mode (`npm run migrate`): migrates the four databases as their owners
 * (FAMILIES_OWNER_DATABASE_URL, ...) and grants each subgraph's role (FAMILIES_DATABASE_URL, ...) its
 * rights, so that the subgraphs themselves never hold the owner's credentials.
 */
async function main(): Promise<void> {
  const { urls, ownerUrls } = databaseUrlsFromEnv();
  await prepareDatabases(ownerUrls, { seed: false, serviceUrls: urls });
  console.log('migrations done, subgraph roles granted');
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
