import { join } from 'node:path';
import { SUBGRAPH_NAMES, SubgraphName } from '../../subgraphs/kit';
import { createServiceRoles, loadServiceRoles, roleUrl } from '../../stack/service-roles';
import { prepareDatabases } from '../../stack/prepare-databases';

/**
 * The bench subgraphs connect as their own roles, as in production: the roles (passwords kept in
 * `<dir>/database-roles.json`, mode 0600) are created on the bench cluster, any migration added since
 * the dataset was built runs as the owner, and each role gets its grants. The bench's own set-up (the
 * audit reset, the SQL floor, the picks) keeps the owner's URLs. Returns the subgraphs' URLs.
 */
export async function benchServiceRoles(dir: string, ownerUrls: Record<SubgraphName, string>, adminUrl: string): Promise<Record<SubgraphName, string>> {
  const roles = loadServiceRoles(join(dir, 'database-roles.json'), 'bench');
  await createServiceRoles(adminUrl, roles);
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, roleUrl(ownerUrls[n], roles[n])])) as Record<SubgraphName, string>;
  await prepareDatabases(ownerUrls, { seed: false, serviceUrls: urls });
  return urls;
}
