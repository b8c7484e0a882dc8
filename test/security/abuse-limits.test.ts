import { SUBGRAPH_NAMES } from '../../subgraphs/kit';
import { buildGateway } from '../../gateway/src/server';
import { demoUser, Stack, startStack, tokenFor } from '../support/stack';

/** Hostile queries are refused at the gateway before any subgraph is called; no internal text leaks. */
describe('abuse limits at the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const statements = () => SUBGRAPH_NAMES.reduce((sum, n) => sum + stack.subgraphs[n].subgraph.db.statements, 0);

  async function refusedBeforeSubgraphs(query: string) {
    const before = statements();
    const answer = await stack.query(demoUser('lk3-counsellor'), query);
    expect(answer.status).toBe(400);
    expect(answer.data).toBeUndefined();
    expect(answer.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(statements()).toBe(before);
    return answer;
  }

  it('refuses a query one level deeper than allowed', async () => {
    // depth 9: family > members > family > members > family > serviceEpisodes > agency > services > agency
    const answer = await refusedBeforeSubgraphs(`{ family(id: "x") { members { family { members { family { serviceEpisodes { agency { services { agency { id } } } } } } } } } }`);
    expect(answer.errors![0].message).toMatch(/depth/i);
  });

  it('names the limit met: a 400 with field and rule, not a "Syntax Error"', async () => {
    const answer = await refusedBeforeSubgraphs(`{ family(id: "x") { members { family { members { family { serviceEpisodes { agency { services { agency { id } } } } } } } } } }`);
    expect(answer.errors![0].extensions).toMatchObject({ field: 'query', rule: 'MAX_DEPTH' });
    expect(answer.errors![0].message).not.toMatch(/Syntax Error/);
  });

  it('counts __typename aliases, in fragments too', async () => {
    const typenames = Array.from({ length: 200 }, (_, i) => `t${i}: __typename`).join(' ');
    const plain = await refusedBeforeSubgraphs(`{ ${typenames} }`);
    expect(plain.errors![0].extensions).toMatchObject({ field: 'query', rule: 'MAX_ALIASES' });
    const inFragment = await refusedBeforeSubgraphs(`query { ...A ...A } fragment A on Query { ${Array.from({ length: 8 }, (_, i) => `t${i}: __typename`).join(' ')} }`);
    expect(inFragment.errors![0].extensions).toMatchObject({ rule: 'MAX_ALIASES' });
  });

  it('refuses a document over the token limit with a 400 naming the limit', async () => {
    const answer = await refusedBeforeSubgraphs(`{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`);
    expect(answer.errors![0].extensions).toMatchObject({ field: 'query', rule: 'MAX_TOKENS' });
    expect(answer.errors![0].message).not.toMatch(/Syntax Error/);
  });

  it('refuses a subscription as a bad request', async () => {
    const answer = await refusedBeforeSubgraphs('subscription { agencies { id } }');
    expect(answer.errors![0].extensions).toMatchObject({ field: 'query', rule: 'SUBSCRIPTIONS_UNSUPPORTED' });
  });

  /** A refusal of the caller's value: 4xx, BAD_USER_INPUT with field and rule, nothing written, little echoed. */
  async function refusedInput(query: string, variables: Record<string, unknown> | undefined, field: string, rule: string) {
    const before = statements();
    const answer = await stack.query(demoUser('lk3-counsellor'), query, variables);
    expect(answer.status).toBeGreaterThanOrEqual(200);
    expect(answer.status).toBeLessThan(500);
    const error = answer.errors!.find((e) => e.extensions!.code !== 'SUBGRAPH_UNAVAILABLE') ?? answer.errors![0];
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, rule });
    expect(error.message.length).toBeLessThan(400);
    expect(error.message).not.toMatch(/x{65}/);
    expect(JSON.stringify(answer.errors)).not.toMatch(/SUBGRAPH_UNAVAILABLE|INTERNAL_SERVER_ERROR|Syntax Error/);
    return { answer, before };
  }

  it("refuses a malformed Date or DateTime as the caller's input, naming the argument", async () => {
    await refusedInput('{ holidays(jurisdiction: ID, from: "2026-13-45", to: "2026-12-31") { date } }', undefined, 'from', 'DATE_FORMAT');
    await refusedInput('query($from: Date!) { holidays(jurisdiction: ID, from: $from, to: "2026-12-31") { date } }', { from: 'x'.repeat(30_000) }, 'from', 'DATE_FORMAT');
  });

  it('refuses NUL characters in strings before any subgraph is called', async () => {
    const before = statements();
    await refusedInput('query($kk: String!) { familyByKk(kkNumber: $kk) { id } }', { kk: '3674030502260001\u0000' }, 'kk', 'NUL_CHARACTER');
    await refusedInput('{ familyByKk(kkNumber: "3674\\u0000") { id } }', undefined, 'kkNumber', 'NUL_CHARACTER');
    await refusedInput(
      'mutation($input: RegisterFamilyInput!) { registerFamily(input: $input) { family { id } } }',
      { input: { address: { street: 'Jl. A\u0000' }, members: [] } },
      'input.address.street',
      'NUL_CHARACTER',
    );
    expect(statements()).toBe(before);
  });

  it('refuses hand-made cursors whose keys PostgreSQL cannot cast', async () => {
    const made = (value: unknown[]) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const answer = await stack.query(demoUser('lk3-counsellor'), 'query($after: String) { families(first: 2, after: $after) { totalCount } }', {
      after: made(['x', '1e999', '2026-01-05T03:00:00.123456Z', '3f1b68ab-ad59-44f5-b099-36782374aedd']),
    });
    expect(answer.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', rule: 'CURSOR' });
  });

  it('echoes at most 64 characters of a caller value', async () => {
    const answer = await stack.query(demoUser('lk3-counsellor'), 'query($id: ID!) { family(id: $id) { id } }', { id: { a: 'y'.repeat(30_000) } });
    const long = await stack.query(demoUser('lk3-counsellor'), 'query($first: Int) { families(first: $first) { totalCount } }', { first: 'y'.repeat(30_000) });
    for (const a of [answer, long]) {
      expect(a.status).toBeLessThan(500);
      expect(a.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(a.errors![0].extensions!.field).toBeDefined();
      expect(a.errors![0].extensions!.rule).toBeDefined();
      expect(a.errors![0].message).not.toMatch(/y{65}/);
    }
  });

  it('accepts the deepest query allowed (depth 8)', async () => {
    const answer = await stack.query(
      demoUser('lk3-counsellor'),
      `{ family(id: "00000000-0000-4000-8000-000000000000") { members { family { members { family { serviceEpisodes { agency { id } } } } } } } }`,
    );
    expect(answer.status).toBe(200);
  });

  it('refuses one alias too many', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: agencies { id }`).join(' ');
    const answer = await refusedBeforeSubgraphs(`{ ${aliases} }`);
    expect(answer.errors![0].message).toMatch(/alias/i);
  });

  it('refuses an over-cost query', async () => {
    const wide = Array.from({ length: 14 }, (_, i) => `a${i}: families(first: 100) { edges { node { members { serviceEpisodes { agency { services { id name category description } } } } } } }`).join(
      ' ',
    );
    const answer = await refusedBeforeSubgraphs(`{ ${wide} }`);
    expect(answer.errors![0].message).toMatch(/cost/i);
  });

  it('gives no field suggestions', async () => {
    const answer = await stack.query(demoUser('lk3-counsellor'), '{ familyy(id: "x") { id } }');
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.errors)).not.toMatch(/Did you mean/);
  });

  it('refuses an oversized body with 413', async () => {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(demoUser('lk3-counsellor'))}` },
      body: JSON.stringify({ query: `{ agencies { id } } # ${'x'.repeat(200_000)}` }),
    });
    expect(res.status).toBe(413);
  });

  it('refuses a simple GET that could be a cross-site request (CSRF prevention)', async () => {
    const res = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ agencies { id } }')}`, {
      headers: { authorization: `Bearer ${await tokenFor(demoUser('lk3-counsellor'))}` },
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|preflight/i);
  });

  it('turns introspection off in production mode', async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    const gateway = buildGateway({ subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, stack.subgraphs[n].url])), auth: { secret: process.env.SATUPINTU_JWT_SECRET } });
    process.env.NODE_ENV = previous;
    const port = await gateway.start(0);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(demoUser('lk3-counsellor'))}` },
        body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
      });
      const body = (await res.json()) as { errors?: Array<{ message: string }> };
      expect(body.errors?.[0].message).toMatch(/introspection/i);
    } finally {
      await gateway.stop(100);
    }
  });

  it('never answers with SQL, stacks or addresses', async () => {
    const probes = [
      `{ family(id: "'; DROP TABLE family; --") { id } }`,
      `{ families(first: 1, after: "garbage") { totalCount } }`,
      `{ families(first: 100000) { totalCount } }`,
      `{ referral(id: "1 OR 1=1") { id reason } }`,
      `{ holidays(jurisdiction: ID, from: "2026-12-31", to: "2026-01-01") { date } }`,
    ];
    for (const q of probes) {
      const answer = await stack.query(demoUser('lk3-counsellor'), q);
      const text = JSON.stringify(answer);
      expect(text).not.toMatch(/SELECT |INSERT INTO|syntax error at or near|invalid input syntax|\bat [\w.]+ \(|node_modules|127\.0\.0\.1|ECONNREFUSED|stacktrace/i);
    }
  });
});
