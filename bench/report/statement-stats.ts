import { Client } from 'pg';

/** One SQL statement's share of a target's runs (pg_stat_statements, summed over rounds). */
export interface StatementStat {
  database: string;
  query: string;
  calls: number;
  totalMs: number;
  rows: number;
}

/**
 * Per-statement timings from pg_stat_statements (preloaded by the bench cluster's settings): reset
 * before a target's run, read after it, so that each target's statements are its own.
 */
export class StatementStats {
  private constructor(private readonly client: Client) {}

  /** Connects to the cluster's maintenance database, where the extension's view is created. */
  static async open(adminUrl: string): Promise<StatementStats> {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    return new StatementStats(client);
  }

  async reset(): Promise<void> {
    await this.client.query('SELECT pg_stat_statements_reset()');
  }

  /** The statements run in the bench databases since the last reset. */
  async read(): Promise<StatementStat[]> {
    const { rows } = await this.client.query<{ database: string; query: string; calls: string; total_ms: number; rows: string }>(
      `SELECT d.datname AS database, regexp_replace(s.query, '\\s+', ' ', 'g') AS query, s.calls, s.total_exec_time AS total_ms, s.rows
         FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
        WHERE d.datname LIKE 'bench\\_%' AND s.calls > 0`,
    );
    return rows.map((r) => ({ database: r.database, query: r.query, calls: Number(r.calls), totalMs: r.total_ms, rows: Number(r.rows) }));
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

/** Adds one run's statements to a target's running totals. */
export function accumulate(into: Map<string, StatementStat>, run: readonly StatementStat[]): void {
  for (const s of run) {
    const key = `${s.database}|${s.query}`;
    const seen = into.get(key);
    if (seen) {
      seen.calls += s.calls;
      seen.totalMs += s.totalMs;
      seen.rows += s.rows;
    } else into.set(key, { ...s });
  }
}
