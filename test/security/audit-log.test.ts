import { SUBGRAPH_NAMES } from '../../subgraphs/kit';
import { demoUser, Stack, startStack } from '../support/stack';
import { fullProfileFamily } from '../support/world-picks';

/** Every read and write of a family's records leaves a trace, in an append-only table. */
describe('the audit log', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const rowsFor = async (subgraph: (typeof SUBGRAPH_NAMES)[number], familyId: string) => {
    const [{ n }] = await stack.subgraphs[subgraph].subgraph.db.query<{ n: string }>(`SELECT count(*) AS n FROM audit_log WHERE $1 = ANY(family_ids)`, [familyId]);
    return Number(n);
  };

  it('N reads through the gateway leave exactly N audit rows in each subgraph read', async () => {
    const family = fullProfileFamily(stack.world, '3674');
    const N = 25;
    const before = await Promise.all(SUBGRAPH_NAMES.map((n) => rowsFor(n, family.id)));
    const q = `{ family(id: "${family.id}") { id serviceEpisodes { id } referrals { id } appointments { id } } }`;
    for (let i = 0; i < N; i++) {
      const answer = await stack.query(demoUser('tangsel-manager'), q);
      expect(answer.errors).toBeUndefined();
    }
    const after = await Promise.all(SUBGRAPH_NAMES.map((n) => rowsFor(n, family.id)));
    expect(after.map((a, i) => a - before[i])).toEqual([N, N, N, N]);
    const [row] = await stack.subgraphs.referrals.subgraph.db.query<{ subject: string; roles: string[]; operation: string; request_id: string }>(
      `SELECT subject, roles, operation, request_id FROM audit_log WHERE $1 = ANY(family_ids) ORDER BY id DESC LIMIT 1`,
      [family.id],
    );
    expect(row).toEqual({ subject: demoUser('tangsel-manager').sub, roles: ['AREA_MANAGER'], operation: 'READ', request_id: expect.any(String) });
  });

  it('records denials too', async () => {
    const hk = stack.world.families.find((f) => f.jurisdiction === 'HK')!;
    await stack.query(demoUser('lk3-counsellor'), `{ family(id: "${hk.id}") { id } }`);
    const [{ n }] = await stack.subgraphs.families.subgraph.db.query<{ n: string }>(`SELECT count(*) AS n FROM audit_log WHERE outcome = 'DENIED' AND $1 = ANY(record_ids)`, [hk.id]);
    expect(Number(n)).toBe(1);
  });

  it.each(SUBGRAPH_NAMES.flatMap((n) => ['UPDATE audit_log SET subject = $$x$$', 'DELETE FROM audit_log', 'TRUNCATE audit_log'].map((sql) => [n, sql] as const)))(
    '%s refuses %s',
    async (subgraph, sql) => {
      const db = stack.subgraphs[subgraph].subgraph.db;
      await stack.query(demoUser('tangsel-manager'), `{ family(id: "${fullProfileFamily(stack.world, '3674').id}") { id serviceEpisodes { id } referrals { id } appointments { id } } }`);
      const [{ n: before }] = await db.query<{ n: string }>('SELECT count(*) AS n FROM audit_log');
      expect(Number(before)).toBeGreaterThan(0);
      await expect(db.query(sql)).rejects.toThrow(/append-only|permission denied/);
      const [{ n: after }] = await db.query<{ n: string }>('SELECT count(*) AS n FROM audit_log');
      expect(after).toBe(before);
    },
  );
});
