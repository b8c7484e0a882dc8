import { demoUser, Stack, startStack, tokenFor } from '../support/stack';
import { indonesianFamily, REGISTER } from '../families/registry-fixtures';

type Row = { operation: string; record_type: string; outcome: string; family_ids: string[]; request_id: string; client_request_id: string | null };

/**
 * Every read, refusal and conflict that reveals anything about a family is one audit row carrying the
 * family, the outcome and the gateway's own request id, and appears in the family's audit trail.
 */
describe('the audit log is complete', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  /** Sends one request and returns the gateway's request id from the response. */
  async function send(
    as: string,
    query: string,
    variables: Record<string, unknown> = {},
    clientId?: string,
  ): Promise<{ requestId: string; body: { data?: unknown; errors?: Array<{ extensions?: Record<string, unknown> }> } }> {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(demoUser(as))}`, ...(clientId ? { 'x-request-id': clientId } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { requestId: res.headers.get('x-request-id')!, body: (await res.json()) as never };
  }

  async function rowsOf(requestId: string): Promise<Row[]> {
    return stack.subgraphs.families.subgraph.db.query<Row>(
      `SELECT operation, record_type, outcome, family_ids::text[] AS family_ids, request_id, client_request_id FROM audit_log WHERE request_id = $1 ORDER BY record_type, outcome`,
      [requestId],
    );
  }

  it('writes exactly the expected row for each read, denial and conflict, each in the family’s trail', async () => {
    const world = stack.world;
    const tangsel = world.families.find((f) => f.regionCode?.startsWith('3674') && !f.addressProtected)!;
    const guarded = world.families.find((f) => f.addressProtected)!;
    const holder = tangsel.members[0];
    const duplicateNik = indonesianFamily();
    (duplicateNik.members as Array<{ nik: string }>)[0].nik = holder.nik!;
    const cases: Array<{ as: string; query: string; variables?: Record<string, unknown>; family: string; rows: Array<[string, string, string]> }> = [
      { as: 'lk3-counsellor', query: `{ family(id: "${tangsel.id}") { id } }`, family: tangsel.id, rows: [['READ', 'Family', 'ALLOWED']] },
      { as: 'puskesos-operator', query: `{ family(id: "${tangsel.id}") { id } }`, family: tangsel.id, rows: [['READ', 'Family', 'DENIED']] },
      { as: 'puskesos-operator', query: `{ familyByKk(kkNumber: "${tangsel.kkNumber}") { id } }`, family: tangsel.id, rows: [['READ', 'Family', 'DENIED']] },
      { as: 'puskesos-operator', query: `{ personByNik(nik: "${holder.nik}") { id } }`, family: tangsel.id, rows: [['READ', 'Person', 'DENIED']] },
      {
        as: 'lk3-counsellor',
        query: `{ family(id: "${guarded.id}") { address { street } } }`,
        family: guarded.id,
        rows: [
          ['READ', 'Family', 'ALLOWED'],
          ['READ', 'FamilyAddress', 'DENIED'],
        ],
      },
      {
        as: 'lk3-counsellor',
        query: `{ family(id: "${tangsel.id}") { head { nik } } }`,
        family: tangsel.id,
        rows: [
          ['READ', 'Family', 'ALLOWED'],
          ['READ', 'Person', 'ALLOWED'],
        ],
      },
      { as: 'lk3-counsellor', query: REGISTER, variables: { input: duplicateNik }, family: tangsel.id, rows: [['WRITE', 'Person', 'CONFLICT']] },
      {
        as: 'puskesos-operator',
        query: `mutation { updatePerson(input: { personId: "${holder.id}", expectedVersion: 1, fullName: "X" }) { person { id } } }`,
        family: tangsel.id,
        rows: [['READ', 'Person', 'DENIED']],
      },
    ];
    let written = 0;
    const requestIds: string[] = [];
    for (const c of cases) {
      const { requestId, body } = await send(c.as, c.query, c.variables);
      requestIds.push(requestId);
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      const rows = await rowsOf(requestId);
      expect({ query: c.query.slice(0, 60), rows: rows.map((r) => [r.operation, r.record_type, r.outcome]) }).toEqual({ query: c.query.slice(0, 60), rows: c.rows });
      for (const r of rows) expect(r.family_ids).toEqual([c.family]);
      written += rows.length;
      if (c.rows.some((r) => r[2] === 'CONFLICT')) expect(body.errors![0].extensions!.code).toBe('CONFLICT');
    }
    expect(written).toBe(cases.reduce((n, c) => n + c.rows.length, 0));
    const ids = new Set<string>();
    for (const family of [tangsel.id, guarded.id]) {
      const trail = await stack.query<{ familyAuditTrail: { registry: Array<{ requestId: string }> } }>(demoUser('auditor'), `{ familyAuditTrail(familyId: "${family}") { registry { requestId } } }`);
      for (const e of trail.data!.familyAuditTrail.registry) ids.add(e.requestId);
    }
    for (const id of requestIds) expect(ids.has(id)).toBe(true);
  });

  it('keeps the gateway’s own request id, and the caller’s beside it', async () => {
    const family = stack.world.families.find((f) => f.regionCode?.startsWith('3674') && !f.addressProtected)!;
    const chosen = `forged-${Date.now()}`;
    const { requestId } = await send('lk3-counsellor', `{ family(id: "${family.id}") { id } }`, {}, chosen);
    expect(requestId).not.toBe(chosen);
    const rows = await rowsOf(requestId);
    expect(rows).toHaveLength(1);
    expect(rows[0].client_request_id).toBe(chosen);
    expect(await rowsOf(chosen)).toEqual([]);
  });
});
