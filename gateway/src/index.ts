import { env, envInt, logger, setServiceName, stopOnSignals } from '../../subgraphs/kit';
import { authOptionsFromEnv } from './authenticate';
import { buildGateway } from './server';

setServiceName('gateway');
const gateway = buildGateway({ auth: authOptionsFromEnv() });
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
