import { SUBGRAPH_NAMES } from '../../subgraphs/kit';
import { parseCorsOrigins } from '../../platform/cors';
import { buildGateway } from '../../gateway/src/server';
import { demoUser, Stack, startStack, tokenFor } from '../support/stack';

const DASHBOARD = 'https://dashboard.example.go.id';
const ELSEWHERE = 'https://elsewhere.example.com';

/** A browser page on another origin reaches the gateway only from a listed origin; preflights need no token. */
describe('browser access from other origins', () => {
  let stack: Stack;
  let gateway: ReturnType<typeof buildGateway>;
  let url: string;
  beforeAll(async () => {
    stack = await startStack();
    gateway = buildGateway({
      subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, stack.subgraphs[n].url])),
      auth: { secret: process.env.SATUPINTU_JWT_SECRET },
      cors: { origins: [DASHBOARD] },
    });
    url = `http://127.0.0.1:${await gateway.start(0)}/graphql`;
  });
  afterAll(async () => {
    await gateway.stop(100);
    await stack.stop();
  });

  const preflight = (origin: string) =>
    fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });
  const post = async (origin: string, withToken = true) =>
    fetch(url, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json', ...(withToken ? { authorization: `Bearer ${await tokenFor(demoUser('lk3-counsellor'))}` } : {}) },
      body: JSON.stringify({ query: '{ agencies(jurisdiction: ID) { code } }' }),
    });

  it('answers a preflight from a listed origin before any token is asked for', async () => {
    const res = await preflight(DASHBOARD);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('refuses a preflight from an origin not on the list, with no header a browser would accept', async () => {
    const res = await preflight(ELSEWHERE);
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await res.json()) as { errors: Array<{ extensions: unknown }> }).errors[0].extensions).toEqual({ code: 'FORBIDDEN', rule: 'CORS_ORIGIN' });
  });

  it('lets a page of the gateway’s own origin through without listing it', async () => {
    const res = await preflight(new URL(url).origin);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(new URL(url).origin);
  });

  it('marks answers to a listed origin as readable, and its request id too', async () => {
    const res = await post(DASHBOARD);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(res.headers.get('access-control-expose-headers')).toContain('x-request-id');
    expect(res.headers.get('vary')).toContain('Origin');
    expect(((await res.json()) as { data: { agencies: Array<{ code: string }> } }).data.agencies.map((a) => a.code)).toContain('LK3-TANGSEL');
  });

  it('lets a listed origin read a refusal of a missing token, so the page can ask the user to sign in', async () => {
    const res = await post(DASHBOARD, false);
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
  });

  it('gives an origin not on the list nothing it may read', async () => {
    const res = await post(ELSEWHERE);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the origin list', () => {
  it('reads exact origins, and none when unset', () => {
    expect(parseCorsOrigins(undefined)).toEqual([]);
    expect(parseCorsOrigins(' ')).toEqual([]);
    expect(parseCorsOrigins('https://Dashboard.example.go.id, http://localhost:5173')).toEqual(['https://dashboard.example.go.id', 'http://localhost:5173']);
  });

  it('stops the gateway on anything that is not an origin', () => {
    expect(() => parseCorsOrigins('*')).toThrow(/GATEWAY_CORS_ORIGINS/);
    expect(() => parseCorsOrigins('https://dashboard.example.go.id/app')).toThrow(/GATEWAY_CORS_ORIGINS/);
    expect(() => parseCorsOrigins('dashboard.example.go.id')).toThrow(/GATEWAY_CORS_ORIGINS/);
  });
});
