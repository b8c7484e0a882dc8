import { Sql } from './database';
import { columnOf, columnTypes, EntityClass, JsonRow, tableOf } from './entity-columns';

/**
 * Inserts many rows in a few statements: each chunk goes as one JSON parameter expanded by
 * jsonb_to_recordset, so seeding is not a round trip per row. `columns` maps each column to its SQL
 * type; row keys are the column names. `onConflict` ends each statement (`ON CONFLICT (id) DO NOTHING`).
 */
export async function bulkInsert(sql: Sql, table: string, columns: Record<string, string>, rows: ReadonlyArray<Record<string, unknown>>, chunkSize = 1000, onConflict = ''): Promise<void> {
  const names = Object.keys(columns);
  const recordType = names.map((n) => `${n} ${columns[n]}`).join(', ');
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize);
    await sql.query(`INSERT INTO ${table} (${names.join(', ')}) SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${recordType})${onConflict ? ` ${onConflict}` : ''}`, [
      JSON.stringify(chunk),
    ]);
  }
}

/**
 * Inserts rows of an entity's table, as bulkInsert does: `properties` picks the columns, which the
 * entity's decorators name and type, and each row carries them by property name.
 */
export async function bulkInsertRows<E extends object, P extends keyof E & string>(
  sql: Sql,
  entity: EntityClass<E>,
  properties: readonly P[],
  rows: ReadonlyArray<Pick<JsonRow<E>, P>>,
  options: { chunkSize?: number; onConflict?: string } = {},
): Promise<void> {
  const names = properties.map((p) => columnOf(entity, p).name);
  const byColumn = rows.map((row) => Object.fromEntries(properties.map((p, i) => [names[i], row[p]])));
  await bulkInsert(sql, tableOf(entity), columnTypes(entity, properties), byColumn, options.chunkSize, options.onConflict);
}
