import { repoPath, SUBGRAPH_NAMES, SubgraphName } from '../../subgraphs/kit';
import { freePort } from '../../stack/free-port';
import { launch, ServiceProcess } from '../stack/service-process';

/** Starts the SQL floor (floor-server.ts, built into dist/) over the bench databases, for a caller of `area`. */
export async function startFloor(databaseUrls: Record<SubgraphName, string>, area: readonly string[], profileDir?: string): Promise<ServiceProcess> {
  const port = await freePort();
  return launch({
    name: 'SQL floor',
    port,
    args: [repoPath('dist', 'bench', 'floor', 'floor-server.js')],
    env: { PORT: String(port), FLOOR_AREA: area.join(','), ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_DATABASE_URL`, databaseUrls[n]])) },
    readyUrl: `http://127.0.0.1:${port}/health`,
    profileDir,
  });
}
