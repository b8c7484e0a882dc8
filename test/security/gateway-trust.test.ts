import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { SignJWT, UnsecuredJWT } from 'jose';
import { Caller, signInternalToken, SUBGRAPH_NAMES, SubgraphName } from '../../subgraphs/kit';
import { AgencyServiceAreas } from '../../gateway/src/agency-service-areas';
import { Stack, startStack, tokenFor } from '../support/stack';
import { generateWorld } from '../../demo/world';
import { ProcessStack, startProcessStack } from '../support/process-stack';
import { CREATE_REFERRAL, createReferral, referralInput, tangselFamily, tangselParties } from '../referrals/referral-fixtures';

const someId = '00000000-0000-4000-8000-000000000001';
const ROOT: Record<SubgraphName, string> = {
  families: `{ family(id: "${someId}") { id } }`,
  services: `{ agencies { id name } }`,
  referrals: `{ referral(id: "${someId}") { id } }`,
  scheduling: `{ staff(id: "${someId}") { id } }`,
};
/** One ordinary mutation per subgraph; without variables it could never run, so a refusal before it is the rule's. */
const MUTATION: Record<SubgraphName, string> = {
  families: `mutation($i: RequestFamilyAccessInput!) { requestFamilyAccess(input: $i) { __typename } }`,
  services: `mutation($i: OpenServiceEpisodeInput!) { openServiceEpisode(input: $i) { __typename } }`,
  referrals: `mutation($i: CreateReferralInput!) { createReferral(input: $i) { __typename } }`,
  scheduling: `mutation($i: ScheduleAppointmentInput!) { scheduleAppointment(input: $i) { __typename } }`,
};
const ENTITIES = `{ _entities(representations: [{ __typename: "Family", id: "${someId}" }]) { __typename } }`;
const managerCaller: Caller = { subject: 'manager', staffId: null, agencyId: someId, roles: ['AREA_MANAGER'], jurisdiction: 'ID', area: ['3674'], serviceArea: [] };

async function post(url: string, query: string, headers: Record<string, string>) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { status: res.status, body: (await res.json()) as { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions: { code: string } }> } };
}

/**
 * The gateway is the only way in: each subgraph refuses `_entities`, `_service` and its root fields
 * unless the request carries a valid identity token the gateway signed, with its private key, for that
 * very subgraph.
 */
describe('subgraphs refuse requests that did not come through the gateway', () => {
  let stack: Stack;
  let kid: string;
  beforeAll(async () => {
    stack = await startStack();
    const real = await signInternalToken(managerCaller, 'families');
    kid = (JSON.parse(Buffer.from(real.split('.')[0], 'base64url').toString()) as { kid: string }).kid;
  });
  afterAll(() => stack.stop());

  const OPERATIONS = (name: SubgraphName): Record<string, string> => ({
    _entities: ENTITIES,
    _service: `{ _service { sdl } }`,
    root: ROOT[name],
  });

  const claims = { staff: null, agency: someId, roles: ['AREA_MANAGER'], jur: 'ID', area: ['3674'], svc: [] };
  const now = () => Math.floor(Date.now() / 1000);
  const gatewayKey = () => createPrivateKey(process.env.SATUPINTU_IDENTITY_PRIVATE_KEY!);
  const sign = (key: Parameters<SignJWT['sign']>[0], alg: string, audience: string, options: { exp?: number; iat?: number; extra?: Record<string, unknown> } = {}) =>
    new SignJWT({ ...claims, ...options.extra })
      .setProtectedHeader({ alg, kid })
      .setIssuer('satupintu-gateway')
      .setAudience(audience)
      .setSubject('intruder')
      .setJti('intruder-1')
      .setIssuedAt(options.iat ?? now())
      .setExpirationTime(options.exp ?? now() + 10)
      .sign(key);
  const identity = (token: string) => ({ 'x-satupintu-identity': token });

  const CREDENTIALS: Record<string, (name: SubgraphName) => Promise<Record<string, string>>> = {
    'no credential': async () => ({}),
    'a token signed with a fresh key': async (name) => identity(await sign(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey, 'ES256', name)),
    'HS256 made with the public key': async (name) => identity(await sign(new TextEncoder().encode(process.env.SATUPINTU_IDENTITY_PUBLIC_KEY!), 'HS256', name)),
    'alg none': async (name) => identity(new UnsecuredJWT(claims).setIssuer('satupintu-gateway').setAudience(name).setSubject('intruder').setJti('x').setIssuedAt().setExpirationTime('10s').encode()),
    expired: async (name) => identity(await sign(gatewayKey(), 'ES256', name, { iat: now() - 20, exp: now() - 5 })),
    'wrong audience': async (name) =>
      identity(
        await sign(
          gatewayKey(),
          'ES256',
          SUBGRAPH_NAMES.find((n) => n !== name)!,
        ),
      ),
    'an empty area claim': async (name) => identity(await sign(gatewayKey(), 'ES256', name, { extra: { area: [''] } })),
    'a malformed area claim': async (name) => identity(await sign(gatewayKey(), 'ES256', name, { extra: { area: ['36'.repeat(4) + '9'] } })),
    'client-forged identity headers': async () => ({
      'x-satupintu-identity': JSON.stringify(claims),
      'x-user-id': 'manager',
      'x-agency-id': someId,
      'x-roles': 'AREA_MANAGER',
    }),
  };

  const cases = SUBGRAPH_NAMES.flatMap((name) => Object.keys(CREDENTIALS).flatMap((credential) => Object.keys(OPERATIONS(name)).map((op) => [name, credential, op] as const)));

  it.each(cases)('%s refuses %s on %s', async (name, credential, op) => {
    const { status, body } = await post(stack.subgraphs[name].url, OPERATIONS(name)[op], await CREDENTIALS[credential](name));
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('the same token with the gateway key is accepted, so each refusal above is about its one defect', async () => {
    for (const name of SUBGRAPH_NAMES) {
      const { status, body } = await post(stack.subgraphs[name].url, `{ _service { sdl } }`, identity(await sign(gatewayKey(), 'ES256', name)));
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
    }
  });

  it('counts: every subgraph x credential x operation', () => {
    expect(cases).toHaveLength(4 * 9 * 3);
  });

  describe('a peer token (with `via`) opens only the internal fields', () => {
    const peerOf = (name: SubgraphName) => SUBGRAPH_NAMES.find((n) => n !== name)!;

    it.each(SUBGRAPH_NAMES.flatMap((name) => (['an ordinary query', 'an ordinary mutation'] as const).map((kind) => [name, kind] as const)))(
      '%s refuses %s made with a peer token',
      async (name, kind) => {
        const token = await signInternalToken(managerCaller, name, peerOf(name));
        const { status, body } = await post(stack.subgraphs[name].url, kind === 'an ordinary query' ? ROOT[name] : MUTATION[name], identity(token));
        expect(status).toBe(403);
        expect(body.data ?? undefined).toBeUndefined();
        expect(body.errors![0].extensions.code).toBe('FORBIDDEN');
      },
    );

    it.each(SUBGRAPH_NAMES)('%s refuses an ordinary field hidden in a fragment beside _entities', async (name) => {
      const token = await signInternalToken(managerCaller, name, peerOf(name));
      const query = `query { _entities(representations: []) { __typename } ...F } fragment F on Query { ${ROOT[name].slice(2, -2)} }`;
      const { status, body } = await post(stack.subgraphs[name].url, query, identity(token));
      expect(status).toBe(403);
      expect(body.errors![0].extensions.code).toBe('FORBIDDEN');
    });

    it.each(SUBGRAPH_NAMES)('%s answers _entities to a peer token', async (name) => {
      const token = await signInternalToken(managerCaller, name, peerOf(name));
      const { status, body } = await post(stack.subgraphs[name].url, `{ _entities(representations: []) { __typename } }`, identity(token));
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({ _entities: [] });
    });

    it('a gateway token (no via) still answers ordinary queries', async () => {
      const { status, body } = await post(stack.subgraphs.services.url, ROOT.services, identity(await signInternalToken(managerCaller, 'services')));
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
    });
  });

  describe('writes that check references with peers', () => {
    it('createReferral works end to end through the gateway (referrals asks families and services with granted tokens)', async () => {
      const parties = tangselParties(stack.world);
      const referral = await createReferral(stack, parties, referralInput(stack.world, tangselFamily(stack.world, 3)));
      expect(referral).toMatchObject({ status: 'SUBMITTED' });
    });

    it('a mutation sent straight to a subgraph (no granted peer tokens) fails clearly and writes nothing', async () => {
      const parties = tangselParties(stack.world);
      const sender = parties.sender;
      const caller: Caller = { subject: sender.sub, staffId: sender.staff ?? null, agencyId: sender.agency ?? null, roles: ['AGENCY_STAFF'], jurisdiction: 'ID', area: [], serviceArea: [] };
      const [{ n: before }] = await stack.subgraphs.referrals.subgraph.db.query<{ n: number }>('SELECT count(*)::int AS n FROM referral');
      const res = await fetch(stack.subgraphs.referrals.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-satupintu-identity': await signInternalToken(caller, 'referrals') },
        body: JSON.stringify({ query: CREATE_REFERRAL, variables: { input: referralInput(stack.world, tangselFamily(stack.world, 4)) } }),
      });
      const body = (await res.json()) as { errors?: Array<{ message: string; extensions: { code: string } }> };
      expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('nothing was written') });
      const [{ n: after }] = await stack.subgraphs.referrals.subgraph.db.query<{ n: number }>('SELECT count(*)::int AS n FROM referral');
      expect(after).toBe(before);
    });
  });

  describe("the caller's agency service area", () => {
    it('is looked up from services (Agency.areaServed)', async () => {
      const lk3 = stack.world.agencies.find((a) => a.code === 'LK3-TANGSEL')!;
      const areas = new AgencyServiceAreas({ servicesUrl: stack.subgraphs.services.url });
      expect(await areas.of({ ...managerCaller, roles: ['AGENCY_STAFF'], area: [], agencyId: lk3.id })).toEqual(lk3.areaServed);
      expect(await areas.of({ ...managerCaller, agencyId: null })).toEqual([]);
    });

    it('is asked once per agency (a cache hit makes no call), and is empty when services cannot answer', async () => {
      let calls = 0;
      let answer: () => [number, unknown] = () => [200, { data: { _entities: [{ areaServed: ['3674', ''] }] } }];
      const fake: Server = createServer((req, res) => {
        calls++;
        req.resume();
        req.on('end', () => {
          const [status, body] = answer();
          res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
        });
      });
      await new Promise<void>((r) => fake.listen(0, '127.0.0.1', r));
      try {
        const url = `http://127.0.0.1:${(fake.address() as AddressInfo).port}/graphql`;
        const areas = new AgencyServiceAreas({ servicesUrl: url, failureTtlMs: 0 });
        const caller = { ...managerCaller, agencyId: 'agency-a' };
        // An entry that is not an area (empty) is dropped.
        expect(await areas.complete(caller)).toMatchObject({ serviceArea: ['3674'] });
        expect(await areas.of(caller)).toEqual(['3674']);
        expect(calls).toBe(1);
        answer = () => [500, { errors: [{ message: 'down' }] }];
        expect(await areas.of({ ...caller, agencyId: 'agency-b' })).toEqual([]);
        expect(calls).toBe(2);
        expect(await areas.of(caller)).toEqual(['3674']);
        expect(calls).toBe(2);
      } finally {
        await new Promise((r) => fake.close(r));
      }
    });
  });
});

describe('secrets reach only the gateway (process stack, as npm start runs it)', () => {
  let stack: ProcessStack;
  beforeAll(async () => {
    stack = await startProcessStack();
  }, 90_000);
  afterAll(() => stack?.stop());

  const environOf = (pid: number) =>
    Object.fromEntries(
      readFileSync(`/proc/${pid}/environ`, 'utf8')
        .split('\0')
        .filter(Boolean)
        .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
    );

  it.each(SUBGRAPH_NAMES)('the %s process holds no end-user key, no identity private key and no other database', (name) => {
    const environ = environOf(stack.services[name].child.pid!);
    const text = Object.values(environ).join('\n');
    for (const key of ['SATUPINTU_JWT_SECRET', 'SATUPINTU_JWKS_URL', 'SATUPINTU_IDENTITY_PRIVATE_KEY', 'SATUPINTU_INTERNAL_SECRET']) expect(environ[key]).toBeUndefined();
    expect(text).not.toContain(process.env.SATUPINTU_JWT_SECRET!);
    expect(text).not.toContain('PRIVATE KEY');
    expect(environ.SATUPINTU_IDENTITY_PUBLIC_KEY).toContain('PUBLIC KEY');
    expect(Object.keys(environ).filter((k) => k.endsWith('_DATABASE_URL'))).toEqual([`${name.toUpperCase()}_DATABASE_URL`]);
  });

  it('the gateway process holds both, and nothing for the databases', () => {
    const environ = environOf(stack.services.gateway.child.pid!);
    expect(environ.SATUPINTU_JWT_SECRET).toBe(process.env.SATUPINTU_JWT_SECRET);
    expect(environ.SATUPINTU_IDENTITY_PRIVATE_KEY).toContain('PRIVATE KEY');
    expect(Object.keys(environ).filter((k) => k.endsWith('_DATABASE_URL'))).toEqual([]);
  });

  it('a write that needs a peer works through the gateway across processes', async () => {
    const world = generateWorld({ anchorDate: process.env.SATUPINTU_TEST_ANCHOR! });
    const parties = tangselParties(world);
    const input = referralInput(world, tangselFamily(world, 5));
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(parties.sender)}` },
      body: JSON.stringify({ query: CREATE_REFERRAL, variables: { input } }),
    });
    const body = (await res.json()) as { data?: { createReferral: { referral: { status: string } } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data!.createReferral.referral.status).toBe('SUBMITTED');
  });
});
