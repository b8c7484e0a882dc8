import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { metricsListen, MetricsListen } from './config';
import { logger } from './logger';

/**
 * The one Prometheus registry of this process (the gateway, or one subgraph): every SatuPintu metric
 * registers here. Labels are bounded sets (service, subgraph, pool, a registered operation's name, a
 * schema's root fields), never a value a caller typed, a name, an identifier or a query's variables.
 */
export const metricsRegistry = new Registry();

/** Request and fetch latencies in seconds: from a cached look-up (1 ms) to a request at its deadline (15 s). */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15];

let defaultsCollected = false;

/** A running metrics listener. */
export interface MetricsListener {
  port: number;
  stop(): Promise<void>;
}

/**
 * Serves GET /metrics (the Prometheus text format) on a listener of its own, so that the port callers
 * reach never exposes it; every other path answers 404. The process metrics (CPU, memory, event-loop
 * lag, garbage collection) start with the first listener. Without a port (METRICS_PORT unset) there is
 * no listener and nothing is served.
 */
export async function startMetricsListener(settings: MetricsListen = metricsListen()): Promise<MetricsListener | undefined> {
  if (settings.port === undefined) return undefined;
  if (!defaultsCollected) {
    defaultsCollected = true;
    collectDefaultMetrics({ register: metricsRegistry });
  }
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    metricsRegistry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': metricsRegistry.contentType, 'cache-control': 'no-store' }).end(req.method === 'HEAD' ? undefined : text),
      (err: Error) => {
        logger.warn({ err: err.message }, 'metrics could not be collected');
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('metrics could not be collected\n');
      },
    );
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => resolve((server.address() as AddressInfo).port));
  });
  logger.info({ port, host: settings.host }, 'metrics listener ready');
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
