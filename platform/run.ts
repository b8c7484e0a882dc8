import { shutdownGraceMs } from './config';
import { logger } from './logger';
import { stopTracing } from './tracing';

/** Something that can be stopped gracefully. */
export interface Stoppable {
  stop(graceMs?: number): Promise<void>;
}

/**
 * Stops a service on SIGTERM or SIGINT: no new requests, those in flight finish within the grace
 * period (SHUTDOWN_GRACE_MS, default 10 s), the database pool closes, the spans not yet exported are
 * sent (when tracing is on), and the process exits 0.
 */
export function stopOnSignals(name: string, service: Stoppable): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, `${name} stopping`);
    service
      .stop(shutdownGraceMs())
      .then(async () => {
        await stopTracing();
        logger.info(`${name} stopped`);
        process.exit(0);
      })
      .catch(async (err: Error) => {
        logger.error({ err: err.message }, `${name} did not stop cleanly`);
        await stopTracing();
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
