import { env, envInt, logger, stopOnSignals } from '../../../platform';
import { adapterConfig } from './adapter-config';
import { buildPuspagaAdapter } from './server';

/**
 * Starts the PUSPAGA adapter subgraph: PORT (default 4105), HOST (default 127.0.0.1), the case system's
 * settings (adapter-config.ts) and the gateway's identity public key (SATUPINTU_IDENTITY_PUBLIC_KEY or
 * SATUPINTU_IDENTITY_JWKS_URL). SIGTERM or SIGINT stops it gracefully.
 */
function main(): void {
  const adapter = buildPuspagaAdapter(adapterConfig());
  adapter
    .start(envInt('PORT', 4105), env('HOST', '127.0.0.1'))
    .then((port) => {
      logger.info({ port }, 'puspaga adapter listening');
      stopOnSignals('puspaga adapter', adapter);
    })
    .catch((err: Error) => {
      logger.error({ err: err.message }, 'puspaga adapter did not start');
      process.exit(1);
    });
}

try {
  main();
} catch (err) {
  logger.error({ err: (err as Error).message }, 'puspaga adapter did not start');
  process.exit(1);
}
