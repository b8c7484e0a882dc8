import { randomUUID } from 'node:crypto';
import { Caller, INTERNAL_HEADER, SUBGRAPH_NAMES, signInternalToken, SubgraphName } from '../../subgraphs/kit';
import { PROFILE_FIELDS } from '../support/profile-query';
import { demoUser, Stack, startStack } from '../support/stack';
import { fullProfileFamily } from '../support/world-picks';

interface Answer {
  data?: { _entities?: Array<Record<string, unknown> | null> } | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/**
 * The gateway sends the queries one request makes to one of SatuPintu's subgraphs at the same moment as
 * one batched HTTP request, which the subgraph runs with one context: the same answers from fewer
 * requests and statements. Only the gateway may batch, and a batch is bounded.
 */
describe('batched requests from the gateway to the subgraphs', () => {
  let stack: Stack;
  const manager = demoUser('tangsel-manager');
  const managerCaller: Caller = { subject: manager.sub, staffId: null, agencyId: manager.agency ?? null, roles: ['AREA_MANAGER'], jurisdiction: 'ID', area: ['3674'], serviceArea: [] };
  const outsider: Caller = { ...managerCaller, subject: 'outsider', area: ['3171'] };

  beforeAll(async () => {
    // Every agency look-up from the database, so that what batching shares is counted, not what the services subgraph's reference cache kept.
    process.env.REFERENCE_CACHE_SECONDS = '0';
    stack = await startStack();
  });
  afterAll(async () => {
    delete process.env.REFERENCE_CACHE_SECONDS;
    await stack.stop();
  });

  /** POSTs a list of operations straight to a subgraph, as the gateway does, with the given identity token. */
  const batch = async (subgraph: SubgraphName, token: string, operations: unknown[], requestId = `batch-${randomUUID()}`) => {
    const res = await fetch(stack.subgraphs[subgraph].url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [INTERNAL_HEADER]: token, 'x-request-id': requestId },
      body: JSON.stringify(operations),
    });
    return { status: res.status, requestId, body: (await res.json()) as Answer[] | Answer };
  };
  const familyOp = (ids: string[], fields = 'id kkNumber') => ({
    query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Family { ${fields} } } }`,
    variables: { r: ids.map((id) => ({ __typename: 'Family', id })) },
  });
  const auditRows = (requestId: string) =>
    stack.subgraphs.families.subgraph.db.query<{ record_type: string; family_ids: string[]; outcome: string }>(
      'SELECT record_type, family_ids::text[] AS family_ids, outcome FROM audit_log WHERE request_id = $1 ORDER BY id',
      [requestId],
    );

  it('answers a batch of operations in order, with the access rule of each, and audits what was read', async () => {
    const family = fullProfileFamily(stack.world, '3674');
    const other = stack.world.families.find((f) => f.id !== family.id && (f.regionCode ?? '').startsWith('3674') && !f.addressProtected)!;
    const unknown = '00000000-0000-4000-8000-000000000000';
    const answer = await batch('families', await signInternalToken(managerCaller, 'families'), [familyOp([other.id, unknown]), familyOp([family.id])]);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual([{ data: { _entities: [{ id: other.id, kkNumber: other.kkNumber }, null] } }, { data: { _entities: [{ id: family.id, kkNumber: family.kkNumber }] } }]);
    const read = (await auditRows(answer.requestId)).filter((r) => r.outcome === 'ALLOWED').flatMap((r) => r.family_ids);
    expect(new Set(read)).toEqual(new Set([other.id, family.id]));
    // A caller of another area gets nothing in a batch, as alone.
    const refused = await batch('families', await signInternalToken(outsider, 'families'), [familyOp([family.id], 'id kkNumber members { fullName }'), familyOp([other.id])]);
    expect(JSON.stringify(refused.body)).not.toContain(family.kkNumber!);
    expect(JSON.stringify(refused.body)).not.toContain(other.kkNumber!);
    expect(JSON.stringify(refused.body)).not.toContain(family.members[0].fullName);
  });

  it('refuses a batch from a peer subgraph, and a batch of more than 16 operations', async () => {
    const peer = await batch('families', await signInternalToken(managerCaller, 'families', 'referrals'), [familyOp([randomUUID()]), familyOp([randomUUID()])]);
    expect(peer.status).toBe(403);
    expect(JSON.stringify(peer.body)).toContain('may not batch');
    const long = await batch(
      'families',
      await signInternalToken(managerCaller, 'families'),
      Array.from({ length: 17 }, () => familyOp([randomUUID()])),
    );
    expect(long.status).toBe(400);
    expect((long.body as Answer).errors![0].extensions!.code).toBe('BAD_REQUEST');
    const unsigned = await fetch(stack.subgraphs.families.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([familyOp([randomUUID()])]) });
    expect(unsigned.status).toBe(401);
  });

  it('gives the profile the same answer with fewer subgraph statements than fetches sent alone', async () => {
    const family = fullProfileFamily(stack.world, '3674');
    const query = `query($id: ID!) { family(id: $id) { ${PROFILE_FIELDS} } }`;
    const statements = () => Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, stack.subgraphs[n].subgraph.db.statements])) as Record<SubgraphName, number>;
    const measure = async () => {
      const before = statements();
      const answer = await stack.query(manager, query, { id: family.id });
      const after = statements();
      expect(answer.errors).toBeUndefined();
      return { data: answer.data, statements: SUBGRAPH_NAMES.reduce((sum, n) => sum + after[n] - before[n], 0) };
    };
    await measure();
    const batched = await measure();
    process.env.GATEWAY_SUBGRAPH_BATCHING = 'off';
    const alone = await startStack();
    delete process.env.GATEWAY_SUBGRAPH_BATCHING;
    try {
      // The first request caches the caller's agency service area, as it did for the batched stack.
      await alone.query(manager, query, { id: family.id });
      const mid = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, alone.subgraphs[n].subgraph.db.statements]));
      const single = await alone.query(manager, query, { id: family.id });
      const end = SUBGRAPH_NAMES.reduce((sum, n) => sum + alone.subgraphs[n].subgraph.db.statements - mid[n], 0);
      expect(single.data).toEqual(batched.data);
      // The referrals' agencies (sender, receiver, each event's actor) leave together: at least their statements are shared.
      expect(batched.statements).toBeLessThan(end);
      process.stdout.write(`profile statements: ${batched.statements} with batched subgraph requests, ${end} with each fetch alone\n`);
    } finally {
      await alone.stop();
    }
  });
});
