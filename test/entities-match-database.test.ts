import { Client } from 'pg';
import { Database, EntityClass, SUBGRAPH_NAMES, SubgraphName } from '../subgraphs/kit';
import { ENTITIES as FAMILIES } from '../subgraphs/families/src/server';
import { ENTITIES as REFERRALS } from '../subgraphs/referrals/src/server';
import { ENTITIES as SCHEDULING } from '../subgraphs/scheduling/src/server';
import { ENTITIES as SERVICES } from '../subgraphs/services/src/server';
import { copyDatabases, DatabaseCopies } from './support/stack';

const ENTITIES: Record<SubgraphName, EntityClass[]> = { families: FAMILIES, services: SERVICES, referrals: REFERRALS, scheduling: SCHEDULING };

/**
 * TypeORM reads a generated column's expression from its own typeorm_metadata table, which it fills
 * only for columns it created itself; the migrations create them, so the expressions PostgreSQL holds
 * are recorded there first, and the schema builder compares the entities' expressions with those.
 */
async function recordGeneratedColumns(ownerUrl: string): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const generated = await client.query(`SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND is_generated = 'ALWAYS'`);
    if (generated.rowCount === 0) return;
    await client.query(`CREATE TABLE IF NOT EXISTS typeorm_metadata (type varchar NOT NULL, database varchar, schema varchar, "table" varchar, name varchar, value text)`);
    await client.query(`
      INSERT INTO typeorm_metadata (type, database, schema, "table", name, value)
      SELECT 'GENERATED_COLUMN', current_database(), table_schema, table_name, column_name, generation_expression
      FROM information_schema.columns WHERE table_schema = 'public' AND is_generated = 'ALWAYS'`);
  } finally {
    await client.end();
  }
}

/**
 * The entity classes are the one TypeScript description of each table (row types, seed and bulk-load
 * column lists derive from them); the migrations are what the databases run. Given each subgraph's
 * entities and its migrated database, TypeORM's schema builder must find nothing to change: a column,
 * type, nullability, default, key, unique, check, exclusion, foreign key or index that one has and the
 * other lacks shows here as the statement that would reconcile them.
 */
describe('entities match the migrated databases', () => {
  let copies: DatabaseCopies;
  beforeAll(async () => {
    copies = await copyDatabases();
  });

  it.each(SUBGRAPH_NAMES)('%s: the schema builder has no pending change', async (name) => {
    // As the owner: the subgraph's own role cannot read every catalogue entry the schema builder reads.
    await recordGeneratedColumns(copies.ownerUrls[name]);
    const db = new Database({ name, url: copies.ownerUrls[name], entities: ENTITIES[name], migrations: [] });
    try {
      await db.dataSource.initialize();
      const { upQueries } = await db.dataSource.driver.createSchemaBuilder().log();
      const pending = upQueries.map((q) => q.query).join(';\n');
      expect(`${name} entities and migrations disagree; the schema builder would run:\n${pending}`).toBe(`${name} entities and migrations disagree; the schema builder would run:\n`);
    } finally {
      await db.close();
    }
  });
});
