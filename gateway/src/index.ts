import './tracing';
import { logger, setServiceName, stopOnSignals } from '../../platform';
import { authOptionsFromEnv } from './authenticate';
import { gatewayListen } from './gateway-config';
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
const { port, host } = gatewayListen();
gateway
  .start(port, host)
  .then((port) => {
    logger.info({ port }, 'gateway ready');
    stopOnSignals('gateway', gateway);
  })
  .catch((err: Error) => {
    logger.error({ err: err.message }, 'gateway failed to start');
    process.exit(1);
  });
