import { Client } from 'pg';
import { SUBGRAPH_NAMES, SubgraphName } from '../../subgraphs/kit';
import { copyDatabases, DatabaseCopies } from '../support/stack';

/**
 * Each subgraph connects as its own role, which is not the owner: it reaches only its own database,
 * reads and writes its own tables, may only append to its audit log, and cannot change the schema
 * (so it cannot drop or disable the audit log's guard triggers). Migrations run as the owner.
 */
describe('database roles', () => {
  let copies: DatabaseCopies;
  const open: Client[] = [];
  beforeAll(async () => {
    copies = await copyDatabases();
  });
  afterAll(async () => {
    await Promise.all(open.map((c) => c.end().catch(() => undefined)));
  });

  async function connect(url: string): Promise<Client> {
    const client = new Client({ connectionString: url });
    open.push(client);
    await client.connect();
    return client;
  }
  /** The role of subgraph `role` pointed at the database of subgraph `database`. */
  function crossUrl(role: SubgraphName, database: SubgraphName): string {
    const url = new URL(copies.urls[role]);
    url.pathname = new URL(copies.urls[database]).pathname;
    return url.toString();
  }
  const refusal = async (client: Client, sql: string) => {
    await client.query('BEGIN');
    try {
      await client.query(sql);
      return null;
    } catch (err) {
      return `${(err as { code?: string }).code}: ${(err as Error).message}`;
    } finally {
      await client.query('ROLLBACK');
    }
  };

  const pairs = SUBGRAPH_NAMES.flatMap((role) => SUBGRAPH_NAMES.filter((db) => db !== role).map((db) => [role, db] as const));
  it.each(pairs)('the %s role cannot connect to the %s database', async (role, database) => {
    await expect(connect(crossUrl(role, database))).rejects.toMatchObject({ code: '42501' });
  });

  it.each(SUBGRAPH_NAMES)('the %s role is neither a superuser nor the owner of its tables', async (name) => {
    const client = await connect(copies.urls[name]);
    const [row] = (
      await client.query<{ superuser: boolean; owns: boolean }>(
        `SELECT r.rolsuper AS superuser, EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user) AS owns FROM pg_roles r WHERE r.rolname = current_user`,
      )
    ).rows;
    expect(row).toEqual({ superuser: false, owns: false });
  });

  const FORBIDDEN_ON_AUDIT = [
    'UPDATE audit_log SET subject = subject',
    'DELETE FROM audit_log',
    'TRUNCATE audit_log',
    'DROP TRIGGER audit_log_no_update ON audit_log',
    'ALTER TABLE audit_log DISABLE TRIGGER USER',
    'ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_truncate',
    'DROP TABLE audit_log',
    'CREATE TABLE side_table (id int)',
  ];
  it.each(SUBGRAPH_NAMES.flatMap((n) => FORBIDDEN_ON_AUDIT.map((sql) => [n, sql] as const)))('the %s role is refused: %s', async (name, sql) => {
    const client = await connect(copies.urls[name]);
    // Refused by the grants themselves (not by the append-only trigger, whose message differs).
    expect(await refusal(client, sql)).toMatch(/^42501: (permission denied|must be owner)/);
  });

  it.each(SUBGRAPH_NAMES)('the %s role may read and append to its audit log', async (name) => {
    const client = await connect(copies.urls[name]);
    const before = Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM audit_log')).rows[0].n);
    await client.query(
      `INSERT INTO audit_log (request_id, subject, roles, operation, record_type, record_ids, family_ids, outcome) VALUES ('roles-test', 'tester', '{AUDITOR}', 'READ', 'Family', '{}', '{}', 'ALLOWED')`,
    );
    expect(Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM audit_log')).rows[0].n)).toBe(before + 1);
  });

  const OWN_TABLE: Record<SubgraphName, string> = { families: 'family', services: 'agency', referrals: 'referral', scheduling: 'staff' };
  it.each(SUBGRAPH_NAMES)('the %s role reads and writes its own tables', async (name) => {
    const client = await connect(copies.urls[name]);
    expect(await refusal(client, `SELECT * FROM ${OWN_TABLE[name]} LIMIT 1`)).toBeNull();
    expect(await refusal(client, `UPDATE ${OWN_TABLE[name]} SET id = id WHERE false`)).toBeNull();
    expect(await refusal(client, `DELETE FROM ${OWN_TABLE[name]} WHERE false`)).toBeNull();
  });

  it('a table a later migration adds (as the owner) is granted to the role by default privileges', async () => {
    const owner = await connect(copies.ownerUrls.referrals);
    await owner.query('CREATE TABLE later_table (id bigserial PRIMARY KEY, note text)');
    const client = await connect(copies.urls.referrals);
    await client.query(`INSERT INTO later_table (note) VALUES ('x')`);
    expect((await client.query('SELECT note FROM later_table')).rows).toEqual([{ note: 'x' }]);
    expect(await refusal(client, 'DROP TABLE later_table')).toMatch(/^42501: must be owner/);
  });

  it('the owner can still lift the guard triggers (the bench empties its throwaway audit logs so)', async () => {
    const owner = await connect(copies.ownerUrls.families);
    expect(await refusal(owner, 'ALTER TABLE audit_log DISABLE TRIGGER USER')).toBeNull();
  });
});
