import { readFileSync } from 'node:fs';
import { SUBGRAPH_NAMES, repoPath } from '../../subgraphs/kit';
import { buildGateway, Gateway } from '../../gateway/src/server';
import { loadManifest, persistedOperationsFromEnv, sha256 } from '../../gateway/src/persisted-operations';
import { demoUser, Stack, startStack, tokenFor } from '../support/stack';

/** The production mode for dashboards: only operations from the registered list are accepted. */
describe('persisted operations only', () => {
  let stack: Stack;
  let gateway: Gateway;
  let url: string;
  beforeAll(async () => {
    stack = await startStack();
    gateway = buildGateway({
      subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, stack.subgraphs[n].url])),
      auth: { secret: process.env.SATUPINTU_JWT_SECRET },
      persistedOperations: loadManifest(repoPath('examples', 'persisted-operations.json')),
    });
    url = `http://127.0.0.1:${await gateway.start(0)}/graphql`;
  });
  afterAll(async () => {
    await gateway.stop(100);
    await stack.stop();
  });

  const post = async (body: unknown) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(demoUser('childpro-worker'))}` },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as { data?: { agencies?: unknown[] }; errors?: Array<{ extensions: { code: string } }> } };
  };

  it('runs a registered operation named by its hash', async () => {
    const text = readFileSync(repoPath('examples', 'agencies.graphql'), 'utf8');
    const { status, body } = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(text) } } });
    expect(status).toBe(200);
    expect(body.data!.agencies).toHaveLength(6);
  });

  it('refuses an operation that is not registered', async () => {
    const { status, body } = await post({ query: '{ agencies { id name contact { phone } } }' });
    expect(status).toBe(403);
    expect(body.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses an unknown hash', async () => {
    const { status, body } = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256('nope') } } });
    expect(status).toBe(400);
    expect(body.errors![0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  const get = async (params: Record<string, string>) => {
    const res = await fetch(`${url}?${new URLSearchParams(params)}`, {
      headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${await tokenFor(demoUser('childpro-worker'))}` },
    });
    return { status: res.status, body: (await res.json()) as { data?: { agencies?: unknown[]; __schema?: unknown }; errors?: Array<{ extensions: { code: string; rule?: string } }> } };
  };

  it('refuses an unregistered GET, introspection included', async () => {
    const { status, body } = await get({ query: '{ __schema { types { name } } }' });
    expect(status).toBe(403);
    expect(body.data).toBeUndefined();
    expect(body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'NOT_REGISTERED' });
  });

  it('runs a registered operation by GET, by hash or by text', async () => {
    const text = readFileSync(repoPath('examples', 'agencies.graphql'), 'utf8');
    const byHash = await get({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(text) } }) });
    expect(byHash.status).toBe(200);
    expect(byHash.body.data!.agencies).toHaveLength(6);
    const byText = await get({ query: text });
    expect(byText.body.data!.agencies).toHaveLength(6);
  });

  it('refuses a GET with an unknown hash, or two queries', async () => {
    expect((await get({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256('nope') } }) })).status).toBe(400);
    const res = await fetch(`${url}?query=${encodeURIComponent('{ agencies { id } }')}&query=x`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(400);
  });

  it('checks every operation of a batch', async () => {
    const text = readFileSync(repoPath('examples', 'agencies.graphql'), 'utf8');
    const { status, body } = await post([{ query: text }, { query: '{ __schema { types { name } } }' }]);
    expect(status).toBe(403);
    expect(body.errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await post([])).status).toBe(403);
  });

  it('refuses a body that is not one JSON object', async () => {
    for (const body of ['"{ agencies { id } }"', 'null', '42']) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(res.status).toBe(403);
    }
  });
});

/** A persisted-only setting that cannot be applied stops the gateway instead of letting everything through. */
describe('persisted operations settings', () => {
  const saved = { only: process.env.SATUPINTU_PERSISTED_ONLY, file: process.env.SATUPINTU_PERSISTED_OPERATIONS };
  afterEach(() => {
    for (const [key, value] of [
      ['SATUPINTU_PERSISTED_ONLY', saved.only],
      ['SATUPINTU_PERSISTED_OPERATIONS', saved.file],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });
  const build = () => buildGateway({ subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, 'http://127.0.0.1:9/graphql'])), auth: { secret: 'x'.repeat(32) } });

  it('refuses persisted-only without a manifest, with an unreadable or invalid one, or an unknown value', () => {
    process.env.SATUPINTU_PERSISTED_ONLY = 'true';
    delete process.env.SATUPINTU_PERSISTED_OPERATIONS;
    expect(build).toThrow(/SATUPINTU_PERSISTED_OPERATIONS/);
    process.env.SATUPINTU_PERSISTED_OPERATIONS = '/nonexistent/manifest.json';
    expect(build).toThrow(/cannot be read/);
    process.env.SATUPINTU_PERSISTED_OPERATIONS = repoPath('package.json');
    expect(build).toThrow(/no "operations" object/);
    process.env.SATUPINTU_PERSISTED_ONLY = 'yes';
    expect(build).toThrow(/must be "true" or "false"/);
  });

  it('loads the manifest the environment names', () => {
    process.env.SATUPINTU_PERSISTED_ONLY = 'true';
    process.env.SATUPINTU_PERSISTED_OPERATIONS = repoPath('examples', 'persisted-operations.json');
    expect(Object.keys(persistedOperationsFromEnv()!.operations).length).toBeGreaterThan(0);
  });

  it('refuses a limit that is not a whole number from 1', () => {
    for (const value of ['abc', '0', '-1', '1.5', '']) {
      process.env.GRAPHQL_MAX_ALIASES = value;
      if (value === '') expect(build).not.toThrow();
      else expect(build).toThrow(/GRAPHQL_MAX_ALIASES must be a whole number from 1/);
    }
    delete process.env.GRAPHQL_MAX_ALIASES;
  });
});
