import { Client } from 'pg';
import { BULK_TABLES, BulkTable } from './bulk-tables';

/** A constraint or index taken off a table for the load and put back after it. */
interface Definition {
  table: string;
  name: string;
  kind: 'constraint' | 'index';
  /** For constraints, what follows ADD CONSTRAINT name; for indexes, the whole CREATE INDEX statement. */
  sql: string;
  foreignKey: boolean;
}

/** Seconds spent in each step of one database's load. */
export interface LoadTimings {
  copySeconds: number;
  indexSeconds: number;
  analyzeSeconds: number;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The keys, unique and exclusion constraints, foreign keys and indexes of the tables about to be
 * loaded, read from the catalog (so that whatever the migrations define now is what is rebuilt),
 * plus foreign keys of other tables that point at them (they would block dropping a key).
 */
async function definitionsOf(client: Client, tables: readonly string[]): Promise<Definition[]> {
  const constraints = await client.query<{ table: string; name: string; type: string; def: string }>(
    `SELECT c.conrelid::regclass::text AS table, c.conname AS name, c.contype AS type, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c
      WHERE (c.contype IN ('p', 'u', 'x') AND c.conrelid = ANY($1::regclass[]))
         OR (c.contype = 'f' AND (c.conrelid = ANY($1::regclass[]) OR c.confrelid = ANY($1::regclass[])))
      ORDER BY c.contype, c.conname`,
    [tables],
  );
  const indexes = await client.query<{ table: string; name: string; def: string }>(
    `SELECT i.indrelid::regclass::text AS table, i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))
      ORDER BY 2`,
    [tables],
  );
  return [
    ...constraints.rows.map((c) => ({ table: c.table, name: c.name, kind: 'constraint' as const, sql: c.def, foreignKey: c.type === 'f' })),
    ...indexes.rows.map((i) => ({ table: i.table, name: i.name, kind: 'index' as const, sql: i.def, foreignKey: false })),
  ];
}

/**
 * Loads one database's bulk tables from COPY text files: takes the tables' keys, constraints and
 * indexes off, runs one server-side `COPY ... FROM 'file'` per table, puts everything back (building
 * an index once over the loaded rows is several times faster than maintaining it row by row, and
 * re-adding a foreign key checks it with one join), then ANALYZEs the database so that the planner
 * sees the real sizes from the first query on.
 */
export async function loadTables(url: string, tables: readonly BulkTable[], files: Record<BulkTable, string>): Promise<LoadTimings> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET maintenance_work_mem = '256MB'`);
    await client.query(`SET synchronous_commit = off`);
    const names = [...tables];
    const defs = await definitionsOf(client, names);
    for (const d of defs.filter((x) => x.foreignKey)) await client.query(`ALTER TABLE ${d.table} DROP CONSTRAINT ${quote(d.name)}`);
    for (const d of defs.filter((x) => !x.foreignKey && x.kind === 'constraint')) await client.query(`ALTER TABLE ${d.table} DROP CONSTRAINT ${quote(d.name)}`);
    for (const d of defs.filter((x) => x.kind === 'index')) await client.query(`DROP INDEX ${d.name}`);

    let started = performance.now();
    for (const table of tables) {
      const copy = `COPY ${table} (${BULK_TABLES[table].columns.join(', ')}) FROM '${files[table].replace(/'/g, "''")}'`;
      if ('seeded' in BULK_TABLES[table]) {
        await client.query(copy);
        continue;
      }
      // FREEZE writes the rows frozen and all-visible, as a VACUUM would have left them: no hint-bit
      // writes on first reads, index-only scans from the start. It needs the table truncated in the
      // same transaction (the table is empty here; its foreign keys are off).
      await client.query('BEGIN');
      await client.query(`TRUNCATE ${table}`);
      await client.query(`${copy} WITH (FREEZE)`);
      await client.query('COMMIT');
    }
    const copySeconds = (performance.now() - started) / 1000;

    started = performance.now();
    for (const d of defs.filter((x) => !x.foreignKey)) {
      await client.query(d.kind === 'index' ? d.sql : `ALTER TABLE ${d.table} ADD CONSTRAINT ${quote(d.name)} ${d.sql}`);
    }
    for (const d of defs.filter((x) => x.foreignKey)) await client.query(`ALTER TABLE ${d.table} ADD CONSTRAINT ${quote(d.name)} ${d.sql}`);
    const indexSeconds = (performance.now() - started) / 1000;

    started = performance.now();
    await client.query('ANALYZE');
    return { copySeconds, indexSeconds, analyzeSeconds: (performance.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}
