import { env, envInt, logger, stopOnSignals } from '../../platform';
import { buildTemplateSubgraph, TEMPLATE_SUBGRAPH } from './server';
import { templateConfig } from './template-config';

/**
 * Starts the community-activities subgraph: PORT (default 4110), HOST (default 127.0.0.1), its store
 * and agency (template-config.ts) and the gateway's identity public key (SATUPINTU_IDENTITY_PUBLIC_KEY
 * or SATUPINTU_IDENTITY_JWKS_URL). SIGTERM or SIGINT stops it gracefully.
 */
function main(): void {
  const subgraph = buildTemplateSubgraph(templateConfig());
  subgraph
    .start(envInt('PORT', 4110), env('HOST', '127.0.0.1'))
    .then((port) => {
      logger.info({ port }, `${TEMPLATE_SUBGRAPH} subgraph listening`);
      stopOnSignals(`${TEMPLATE_SUBGRAPH} subgraph`, subgraph);
    })
    .catch((err: Error) => {
      logger.error({ err: err.message }, `${TEMPLATE_SUBGRAPH} subgraph did not start`);
      process.exit(1);
    });
}

try {
  main();
} catch (err) {
  logger.error({ err: (err as Error).message }, `${TEMPLATE_SUBGRAPH} subgraph did not start`);
  process.exit(1);
}
