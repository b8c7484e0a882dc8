import { SignJWT } from 'jose';
import { SUBGRAPH_NAMES, SubgraphName } from '../../subgraphs/kit';
import { Stack, startStack } from '../support/stack';

/**
 * The gateway is the only way in: each subgraph refuses `_entities`, `_service` and its root fields
 * unless the request carries a valid identity token the gateway signed for that very subgraph.
 */
describe('subgraphs refuse requests that did not come through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const someId = '00000000-0000-4000-8000-000000000001';
  const ROOT: Record<SubgraphName, string> = {
    families: `{ family(id: "${someId}") { id } }`,
    services: `{ agencies { id name } }`,
    referrals: `{ referral(id: "${someId}") { id } }`,
    scheduling: `{ staff(id: "${someId}") { id } }`,
  };
  const OPERATIONS = (name: SubgraphName): Record<string, string> => ({
    _entities: `{ _entities(representations: [{ __typename: "Family", id: "${someId}" }]) { __typename } }`,
    _service: `{ _service { sdl } }`,
    root: ROOT[name],
  });

  const claims = { staff: null, agency: someId, roles: ['AREA_MANAGER'], jur: 'ID', area: ['3674'] };
  const sign = (secret: string, audience: string, expires: number | string) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer('satupintu-gateway').setAudience(audience).setSubject('intruder').setIssuedAt(Math.floor(Date.now() / 1000) - 3600).setExpirationTime(expires).sign(new TextEncoder().encode(secret));

  const CREDENTIALS: Record<string, (name: SubgraphName) => Promise<Record<string, string>>> = {
    'no credential': async () => ({}),
    'wrong signature': async (name) => ({ 'x-satupintu-identity': await sign('not-the-internal-secret-but-long-enough-123', name, '5m') }),
    expired: async (name) => ({ 'x-satupintu-identity': await sign(process.env.SATUPINTU_INTERNAL_SECRET!, name, Math.floor(Date.now() / 1000) - 60) }),
    'wrong audience': async (name) => ({ 'x-satupintu-identity': await sign(process.env.SATUPINTU_INTERNAL_SECRET!, SUBGRAPH_NAMES.find((n) => n !== name)!, '5m') }),
    'client-forged identity headers': async () => ({
      'x-satupintu-identity': JSON.stringify(claims),
      'x-user-id': 'manager',
      'x-agency-id': someId,
      'x-roles': 'AREA_MANAGER',
    }),
  };

  const cases = SUBGRAPH_NAMES.flatMap((name) => Object.keys(CREDENTIALS).flatMap((credential) => Object.keys(OPERATIONS(name)).map((op) => [name, credential, op] as const)));

  it.each(cases)('%s refuses %s on %s', async (name, credential, op) => {
    const res = await fetch(stack.subgraphs[name].url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await CREDENTIALS[credential](name)) },
      body: JSON.stringify({ query: OPERATIONS(name)[op] }),
    });
    const body = (await res.json()) as { data?: unknown; errors: Array<{ extensions: { code: string } }> };
    expect(res.status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('counts: every subgraph x credential x operation', () => {
    expect(cases).toHaveLength(4 * 5 * 3);
  });
});
