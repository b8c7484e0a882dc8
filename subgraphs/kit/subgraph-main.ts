import { logger } from '../../platform/logger';
import { stopOnSignals } from '../../platform/run';
import { Subgraph } from './subgraph';
import { subgraphListen } from './subgraph-config';

/** What a subgraph's index.ts runs: migrate, listen on PORT (or the default), stop on signals. */
export async function runSubgraph(build: () => Subgraph): Promise<void> {
  const subgraph = build();
  const { port, host } = subgraphListen(subgraph.name);
  try {
    const bound = await subgraph.start(port, host);
    logger.info({ port: bound }, `${subgraph.name} subgraph ready`);
    stopOnSignals(subgraph.name, subgraph);
  } catch (err) {
    logger.error({ err: (err as Error).message }, `${subgraph.name} subgraph failed to start`);
    await subgraph.stop(0).catch(() => undefined);
    process.exit(1);
  }
}
