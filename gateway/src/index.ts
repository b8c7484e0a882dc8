import { env, envInt, logger, setServiceName, stopOnSignals } from '../../subgraphs/kit';
import { authOptionsFromEnv } from './authenticate';
import { buildGateway } from './server';
import { loadManifest } from './persisted-operations';

setServiceName('gateway');
const manifestFile = env('SATUPINTU_PERSISTED_OPERATIONS');
const persistedOperations = manifestFile && env('SATUPINTU_PERSISTED_ONLY') === 'true' ? loadManifest(manifestFile) : undefined;
const gateway = buildGateway({ auth: authOptionsFromEnv(), persistedOperations });
gateway
  .start(envInt('PORT', 4000), env('HOST', '127.0.0.1'))
  .then((port) => {
    logger.info({ port }, 'gateway ready');
    stopOnSignals('gateway', gateway);
  })
  .catch((err: Error) => {
    logger.error({ err: err.message }, 'gateway failed to start');
    process.exit(1);
  });
