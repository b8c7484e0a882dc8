import { Gauge, Histogram } from 'prom-client';
import { metricsRegistry } from '../../platform/metrics';
import type { Database } from './database';

/** The databases of the subgraphs this process serves, read when Prometheus scrapes. */
const watched = new Map<Database, string>();

/** Reports a subgraph's database pools in the metrics until `unwatchDatabase`. */
export function watchDatabase(service: string, db: Database): void {
  watched.set(db, service);
}

export function unwatchDatabase(db: Database): void {
  watched.delete(db);
}

/** A pool gauge whose value is read from every watched database at scrape time. */
function poolGauge(name: string, help: string, read: (stats: ReturnType<Database['poolStats']>[number]) => number): Gauge<'service' | 'pool'> {
  return new Gauge({
    name,
    help,
    labelNames: ['service', 'pool'] as const,
    registers: [metricsRegistry],
    collect() {
      this.reset();
      for (const [db, service] of watched) for (const stats of db.poolStats()) this.set({ service, pool: stats.pool }, read(stats));
    },
  });
}

poolGauge('satupintu_db_pool_connections', "Connections a subgraph's pool holds, in use or idle, by service and pool (main, audit).", (s) => s.total);
poolGauge('satupintu_db_pool_idle_connections', "Idle connections in a subgraph's pool, by service and pool.", (s) => s.idle);
poolGauge('satupintu_db_pool_waiting_requests', "Queries waiting for a connection of a subgraph's pool, by service and pool.", (s) => s.waiting);

/** How long writing one request's audit rows takes: the answer waits for it. */
export const auditWriteDuration = new Histogram({
  name: 'satupintu_audit_write_duration_seconds',
  help: "Time to write one request's audit rows before its answer leaves, by service and commit (async for reads, durable when a write is among them).",
  labelNames: ['service', 'commit'] as const,
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
  registers: [metricsRegistry],
});
