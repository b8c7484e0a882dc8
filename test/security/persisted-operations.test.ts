import { readFileSync } from 'node:fs';
import { SUBGRAPH_NAMES, repoPath } from '../../subgraphs/kit';
import { buildGateway, Gateway } from '../../gateway/src/server';
import { loadManifest, sha256 } from '../../gateway/src/persisted-operations';
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
});
