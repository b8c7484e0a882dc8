import { Sql } from './database';

/**
 * Inserts many rows in a few statements: each chunk goes as one JSON parameter expanded by
 * jsonb_to_recordset, so seeding is not a round trip per row. `columns` maps each column to its SQL
 * type; row keys are the column names.
 */
export async function bulkInsert(sql: Sql, table: string, columns: Record<string, string>, rows: ReadonlyArray<Record<string, unknown>>, chunkSize = 1000): Promise<void> {
  const names = Object.keys(columns);
  const recordType = names.map((n) => `${n} ${columns[n]}`).join(', ');
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize);
    await sql.query(`INSERT INTO ${table} (${names.join(', ')}) SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${recordType})`, [JSON.stringify(chunk)]);
  }
}
