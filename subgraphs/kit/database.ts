import 'reflect-metadata';
import { Pool, QueryResultRow } from 'pg';
import { DataSource, MigrationInterface } from 'typeorm';
import { logger } from '../../platform/logger';
import { refuseNewerSchema, withMigrationLock } from './migration-lock';
import { grantServiceRole } from './service-grants';
import { databaseSettings, migrationUrl } from './subgraph-config';
import { AuditLog1763856000000 } from './audit-log.migration';
import { AuditLogConflicts1763856000800 } from './audit-log-conflicts.migration';
import { AUDIT_LOG_ENTITIES } from './audit-log.entity';
import type { EntityClass } from './entity-columns';

/** A TypeORM migration class. */
export type MigrationClass = new () => MigrationInterface;

/** Options for one subgraph's database. */
export interface DatabaseOptions {
  /** The subgraph name; used in logs. */
  name: string;
  /** postgres://user:password@host:port/database, as the subgraph's own role (not the owner). */
  url: string;
  /**
   * The owner's URL, which migrations run with; after them the role of `url` gets its grants. Without
   * it migrations run with `url` (tooling that connects as the owner).
   * @default `<NAME>_OWNER_DATABASE_URL`
   */
  ownerUrl?: string;
  /** TypeORM entity classes of the subgraph (the kit adds its own audit-log entity). */
  entities: EntityClass[];
  /** TypeORM migration classes of the subgraph, oldest first (the kit adds its own audit-log migration). */
  migrations: MigrationClass[];
  /**
   * Pool size for reads and writes.
   * @default 10
   */
  poolSize?: number;
}

/** Something that runs SQL: the pool, or a client inside a transaction. */
export interface Sql {
  query<T extends QueryResultRow>(text: string, values?: unknown[], name?: string): Promise<T[]>;
}

/**
 * One subgraph's database: a pg pool for the repositories' SQL (named prepared statements on hot
 * paths, since node-postgres re-plans unnamed ones) and a TypeORM DataSource for entities and
 * migrations. Both carry a statement timeout so that nothing waits forever.
 */
export class Database implements Sql {
  readonly pool: Pool;
  /** A small pool whose sessions commit asynchronously: for audit rows of reads (see AuditTrail.flush). */
  readonly asyncCommit: Sql;
  private readonly asyncPool: Pool;
  readonly dataSource: DataSource;
  /** Statements run since start; tests read it to show batching. */
  statements = 0;

  constructor(readonly options: DatabaseOptions) {
    const settings = databaseSettings();
    const statementTimeout = settings.statementTimeoutMs;
    this.pool = new Pool({
      connectionString: options.url,
      max: options.poolSize ?? settings.poolSize,
      statement_timeout: statementTimeout,
      connectionTimeoutMillis: settings.connectTimeoutMs,
      idleTimeoutMillis: 30_000,
    });
    this.asyncPool = new Pool({
      connectionString: options.url,
      max: 2,
      statement_timeout: statementTimeout,
      connectionTimeoutMillis: settings.connectTimeoutMs,
      idleTimeoutMillis: 30_000,
      options: '-c synchronous_commit=off',
    });
    // A dropped connection (database restart) surfaces here; the pool replaces it on next use.
    for (const pool of [this.pool, this.asyncPool]) pool.on('error', (err) => logger.warn({ db: options.name, err: err.message }, 'database connection lost'));
    this.asyncCommit = {
      query: async <T extends QueryResultRow>(text: string, values: unknown[] = [], name?: string) => {
        this.statements++;
        return (await this.asyncPool.query<T>(name ? { name, text, values } : { text, values })).rows;
      },
    };
    this.dataSource = new DataSource({
      type: 'postgres',
      url: options.url,
      entities: [...AUDIT_LOG_ENTITIES, ...options.entities],
      migrations: [AuditLog1763856000000, ...options.migrations, AuditLogConflicts1763856000800],
      synchronize: false,
      migrationsRun: false,
      installExtensions: false,
      uuidExtension: 'pgcrypto',
      extra: { max: 4, statement_timeout: statementTimeout, connectionTimeoutMillis: 5000 },
      logging: false,
    });
  }

  /**
   * Runs pending migrations (each in its own transaction) as the owner, then grants the subgraph's
   * role its rights. Without an owner URL, runs them with the subgraph's own connection: fine when
   * nothing is pending, refused by PostgreSQL otherwise, since the subgraph's role cannot change the
   * schema. Either way it holds the database's migration lock, so processes starting together take
   * turns, and it refuses a database that a newer release has migrated.
   */
  async migrate(): Promise<string[]> {
    const name = this.options.name;
    const ownerUrl = this.options.ownerUrl ?? migrationUrl(name);
    if (!ownerUrl || ownerUrl === this.options.url) {
      if (!this.dataSource.isInitialized) await this.dataSource.initialize();
      return withMigrationLock(name, this.options.url, async () => {
        await refuseNewerSchema(name, this.dataSource);
        try {
          return (await this.dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
        } catch (err) {
          throw new Error(`${name}: migrations could not run (${(err as Error).message}); they run as the database owner: ${name.toUpperCase()}_OWNER_DATABASE_URL, npm start or npm run migrate`);
        }
      });
    }
    const owner = new DataSource({ ...this.dataSource.options, url: ownerUrl, extra: { max: 1 } } as ConstructorParameters<typeof DataSource>[0]);
    await owner.initialize();
    try {
      return await withMigrationLock(name, ownerUrl, async () => {
        await refuseNewerSchema(name, owner);
        const ran = await owner.runMigrations({ transaction: 'each' });
        await grantServiceRole(ownerUrl, this.options.url);
        return ran.map((m) => m.name);
      });
    } finally {
      await owner.destroy();
    }
  }

  /** Runs one statement. Give a `name` on hot paths to use a prepared statement. */
  async query<T extends QueryResultRow>(text: string, values: unknown[] = [], name?: string): Promise<T[]> {
    this.statements++;
    const started = performance.now();
    const result = await this.pool.query<T>(name ? { name, text, values } : { text, values }).catch((err: unknown) => failedStatement(err, text, name));
    // Statement names and timings only: never the values, which carry personal data.
    if (logger.isLevelEnabled('debug')) logger.debug({ db: this.options.name, statement: name ?? text.slice(0, 40), rows: result.rowCount, ms: +(performance.now() - started).toFixed(2) }, 'sql');
    return result.rows;
  }

  /** Runs `fn` in one transaction: all its writes land, or none do. */
  async transaction<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    // A connection lost mid-transaction (database restart, terminated backend) is reported here
    // instead of crashing the process; PostgreSQL has already rolled the transaction back.
    let lost: Error | undefined;
    const onError = (err: Error) => {
      lost = err;
      logger.warn({ db: this.options.name, err: err.message }, 'connection lost during a transaction');
    };
    client.on('error', onError);
    const sql: Sql = {
      query: async <R extends QueryResultRow>(text: string, values: unknown[] = [], name?: string) => {
        this.statements++;
        const result = await client.query<R>(name ? { name, text, values } : { text, values }).catch((err: unknown) => failedStatement(err, text, name));
        return result.rows;
      },
    };
    try {
      await client.query('BEGIN');
      const result = await fn(sql);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      if (!lost) await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.removeListener('error', onError);
      // A broken connection is destroyed rather than returned to the pool.
      client.release(lost ?? undefined);
    }
  }

  /** Each pool's connections now, for the metrics: `main` for the repositories' SQL, `audit` for the audit rows of reads. */
  poolStats(): Array<{ pool: string; total: number; idle: number; waiting: number }> {
    const stats = (pool: string, p: Pool) => ({ pool, total: p.totalCount, idle: p.idleCount, waiting: p.waitingCount });
    return [stats('main', this.pool), stats('audit', this.asyncPool)];
  }

  /** Whether the database answers now (readiness). */
  async ping(): Promise<boolean> {
    try {
      await this.pool.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.pool.end(), this.asyncPool.end()]).catch(() => undefined);
    if (this.dataSource.isInitialized) await this.dataSource.destroy().catch(() => undefined);
  }
}

/**
 * Names the statement on an error the database raised, so that the log can say which statement failed
 * (its name, or the first words of its text, which holds placeholders, never values).
 */
function failedStatement(err: unknown, text: string, name: string | undefined): never {
  if (err instanceof Error) (err as Error & { statement?: string }).statement = name ?? text.trim().split(/\s+/).slice(0, 4).join(' ');
  throw err;
}
