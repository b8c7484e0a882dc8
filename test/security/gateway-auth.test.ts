import { demoUser, Stack, startStack, tokenFor } from '../support/stack';

/** Bearer tokens at the gateway: signature, issuer, audience, expiry and the SatuPintu claims. */
describe('authentication at the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const QUERY = '{ agencies { id } }';
  const lk3 = () => demoUser('lk3-counsellor');

  const BAD: Record<string, () => Promise<string | null>> = {
    'no token': async () => null,
    'not a JWT': async () => 'hello',
    'wrong signature': () => tokenFor(lk3(), { secret: 'an-attacker-secret-that-is-long-enough-000' }),
    expired: () => tokenFor(lk3(), { expiresIn: Math.floor(Date.now() / 1000) - 10 }),
    'wrong audience': () => tokenFor(lk3(), { audience: 'someone-else' }),
    'wrong issuer': () => tokenFor(lk3(), { issuer: 'evil' }),
    'no roles': () => tokenFor({ ...lk3(), roles: [] }),
    'unknown roles only': () => tokenFor({ ...lk3(), roles: ['SUPERUSER'] }),
  };

  it.each(Object.keys(BAD))('refuses %s with 401 UNAUTHENTICATED and no data', async (kind) => {
    const token = await BAD[kind]();
    const answer = await stack.query(token, QUERY);
    expect(answer.status).toBe(401);
    expect(answer.data).toBeUndefined();
    expect(answer.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('ignores identity headers a client sends along with its own token', async () => {
    const family = stack.world.families.find((f) => f.regionCode?.startsWith('3674') && !f.addressProtected)!;
    expect(family).toBeDefined();
    const query = `{ family(id: "${family.id}") { id } }`;
    // Claims that do see the family: a manager of its area (of Dinas Sosial), signed with the gateway's
    // own token key, so the header would be accepted if the gateway read it instead of the Authorization header.
    const forged = await tokenFor({ sub: 'x', agency: demoUser('tangsel-manager').agency, roles: ['AREA_MANAGER'], jur: 'ID', area: [family.regionCode!.slice(0, 4)] });
    const asBearer = await stack.query<{ family: { id: string } | null }>(forged, query);
    expect(asBearer.data!.family).toEqual({ id: family.id });
    const answer = await stack.query<{ family: { id: string } | null }>(demoUser('childpro-worker'), query, undefined, {
      'x-satupintu-identity': forged,
      'x-agency-id': 'anything',
    });
    // The ChildPRO worker (Hong Kong) may not see an Indonesian family, whatever the extra headers say.
    expect(answer.data!.family).toBeNull();
  });

  it('accepts a valid token', async () => {
    const answer = await stack.query<{ agencies: unknown[] }>(lk3(), QUERY);
    expect(answer.status).toBe(200);
    expect(answer.data!.agencies.length).toBeGreaterThan(20);
  });
});
