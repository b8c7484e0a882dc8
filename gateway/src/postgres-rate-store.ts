import { Pool } from 'pg';
import { logger } from '../../platform';
import { RateStore } from './rate-store';
import { MAX_HITS, RateWindow } from './rate-window';

/**
 * The counters, one row per key. UNLOGGED: a counter lives for one window, so it is not worth a WAL
 * write per request; after a crash of the database server the counters start again from zero.
 */
const CREATE_TABLE = `CREATE UNLOGGED TABLE IF NOT EXISTS gateway_rate_counters (
  key bytea PRIMARY KEY,
  hits integer NOT NULL,
  window_ends_ms bigint NOT NULL
)`;

/**
 * One request's keys counted in one statement, by the rule of nextWindow (rate-window.ts): a key
 * whose window has ended starts a fresh one at 1, any other counts one more. The keys are inserted in
 * the order given (sorted by the caller of the statement), so that two requests sharing keys take
 * their row locks in the same order and never deadlock.
 */
const HIT = `INSERT INTO gateway_rate_counters AS c (key, hits, window_ends_ms)
SELECT t.key, 1, $2::bigint + $3::bigint FROM unnest($1::bytea[]) WITH ORDINALITY AS t(key, n) ORDER BY t.n
ON CONFLICT (key) DO UPDATE SET
  hits = CASE WHEN c.window_ends_ms <= $2::bigint THEN 1 ELSE LEAST(c.hits + 1, ${MAX_HITS}) END,
  window_ends_ms = CASE WHEN c.window_ends_ms <= $2::bigint THEN EXCLUDED.window_ends_ms ELSE c.window_ends_ms END
RETURNING key, hits, window_ends_ms`;

/** Whether an error is a concurrent CREATE TABLE IF NOT EXISTS of another replica winning the race. */
function createdMeanwhile(err: unknown): boolean {
  const code = (err as { code?: string }).code;
  return code === '23505' || code === '42P07';
}

/**
 * The counters the gateway's replicas share, in PostgreSQL (every deployment has it already, so a
 * province-wide deployment needs no other store). Each request costs one statement on one round trip;
 * the table is created at first use, and windows that have ended are deleted once per window.
 * The keys are digests (the limiter hashes them), so the table holds no token subject or address.
 */
export class PostgresRateStore implements RateStore {
  private readonly pool: Pool;
  private created: Promise<void> | undefined;
  private pruner: NodeJS.Timeout | undefined;

  constructor(url: string, options: { timeoutMs?: number } = {}) {
    const timeoutMs = options.timeoutMs ?? 1000;
    // Short timeouts: a database that does not answer must not hold requests up (the limiter then lets them through).
    this.pool = new Pool({ connectionString: url, max: 4, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs, idleTimeoutMillis: 30_000 });
    // An idle connection the server drops is reported here; the next request opens another.
    this.pool.on('error', (err) => logger.warn({ err }, 'rate-limit database connection lost'));
  }

  private ensureTable(): Promise<void> {
    this.created ??= this.pool.query(CREATE_TABLE).then(
      () => undefined,
      (err: unknown) => {
        if (createdMeanwhile(err)) return;
        this.created = undefined; // tried again on the next request
        throw err;
      },
    );
    return this.created;
  }

  async hit(keys: readonly string[], now: number, windowMs: number): Promise<RateWindow[]> {
    await this.ensureTable();
    this.pruner ??= setInterval(() => void this.prune(), windowMs).unref();
    const digests = keys.map((k) => Buffer.from(k, 'hex'));
    const order = digests.map((_, i) => i).sort((a, b) => Buffer.compare(digests[a], digests[b]));
    const { rows } = await this.pool.query<{ key: Buffer; hits: number; window_ends_ms: string }>({
      name: 'gateway-rate-hit',
      text: HIT,
      values: [order.map((i) => digests[i]), now, windowMs],
    });
    const byKey = new Map(rows.map((r) => [r.key.toString('hex'), { hits: r.hits, endsAt: Number(r.window_ends_ms) }]));
    return keys.map((k) => {
      const window = byKey.get(k);
      if (!window) throw new Error('the rate-limit statement did not return every key');
      return window;
    });
  }

  /** Deletes the windows that have ended (any replica may; a key seen again starts a fresh row). */
  async prune(now = Date.now()): Promise<number> {
    try {
      const result = await this.pool.query({ name: 'gateway-rate-prune', text: 'DELETE FROM gateway_rate_counters WHERE window_ends_ms <= $1', values: [now] });
      return result.rowCount ?? 0;
    } catch (err) {
      logger.warn({ err }, 'rate-limit counters could not be pruned');
      return 0;
    }
  }

  async close(): Promise<void> {
    clearInterval(this.pruner);
    await this.pool.end();
  }
}
