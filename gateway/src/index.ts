import { env, envInt, logger, setServiceName, stopOnSignals } from '../../platform';
import { authOptionsFromEnv } from './authenticate';
import { buildGateway, Gateway } from './server';

setServiceName('gateway');
let gateway: Gateway;
try {
  // A security setting that cannot be applied (persisted operations, a limit) stops the gateway here.
  gateway = buildGateway({ auth: authOptionsFromEnv() });
} catch (err) {
  logger.fatal({ err: (err as Error).message }, 'gateway configuration refused');
  process.stderr.write(`gateway: ${(err as Error).message}\n`);
  process.exit(1);
}
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
