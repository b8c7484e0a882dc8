import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLEnumType, isEnumType, isObjectType, parse } from 'graphql';
import { Client } from 'pg';
import { generateWorld } from '../../demo/world';
import { puspagaCasesOf, seedPuspagaCases, SHOWCASE_FAMILY_ID } from '../../examples/puspaga/case-system/seed-cases';
import { CASE_STATUSES, OPEN_STATUSES, SERVICE_KINDS } from '../../examples/puspaga/case-system/case-vocabulary';
import { KIND_OF, STATUS_OF } from '../../examples/puspaga/adapter/case-mapping';
import { PUSPAGA_SDL_FILE } from '../../examples/puspaga/adapter/server';
import { INTERNAL_HEADER, signInternalToken } from '../../platform';
import { composeSupergraph } from '../../stack/supergraph';
import { freePort } from '../../stack/free-port';
import { waitForHttp } from '../../stack/wait-for-http';
import { ProcessStack, startProcessStack } from '../support/process-stack';
import { labelValues, parsePrometheusText, sumOf } from '../support/prometheus-text';
import { PROFILE_FIELDS } from '../support/profile-query';
import { demoUser, TestClaims, tokenFor } from '../support/stack';
import { createTestDatabase, launchBuilt, NodeProcess, sharedEnv } from './puspaga-processes';

const API_KEY = 'puspaga-test-key-0142';
const CASE_FIELDS = 'caseNumber status sourceStatus kind sourceKind openedOn closedOn counsellorName sessionsHeld';

interface Answer {
  status: number;
  requestId: string;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }> };
}

type CaseAnswer = Record<string, unknown> & { caseNumber: string; status: string; sourceStatus: string; kind: string; closedOn: string | null };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The SDL holds every word the adapter maps, and describes every type, field and enum value. */
describe('examples/puspaga/puspaga.graphql', () => {
  const sdl = readFileSync(PUSPAGA_SDL_FILE, 'utf8');
  const schema = buildSubgraphSchema(parse(sdl));

  it('describes every field and enum value, and every type it declares', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('_') || !new RegExp(`\\b(type|enum|scalar) ${type.name}\\b`).test(sdl)) continue;
      // An extension (`extend type Family`) has no description of its own: the owning subgraph's describes it.
      if (!type.description && !new RegExp(`extend type ${type.name}\\b`).test(sdl)) missing.push(type.name);
      if (isObjectType(type)) for (const field of Object.values(type.getFields())) if (!field.name.startsWith('_') && !field.description) missing.push(`${type.name}.${field.name}`);
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('maps every status and service kind of the case system to a value of its enums, with OTHER for the rest', () => {
    const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);
    expect(Object.keys(STATUS_OF).sort()).toEqual([...CASE_STATUSES].sort());
    expect(Object.keys(KIND_OF).sort()).toEqual([...SERVICE_KINDS].sort());
    expect([...Object.values(STATUS_OF), 'OTHER'].sort()).toEqual(values('PuspagaCaseStatus').sort());
    expect([...Object.values(KIND_OF), 'OTHER'].sort()).toEqual(values('PuspagaServiceKind').sort());
  });
});

/** PUSPAGA Kota Tangerang Selatan's existing case system joined to SatuPintu through its adapter subgraph, end to end through the gateway. */
describe('the PUSPAGA adapter subgraph', () => {
  const world = generateWorld({ anchorDate: process.env.SATUPINTU_TEST_ANCHOR! });
  const puspaga = world.agencies.find((a) => a.code === 'PUSPAGA-TANGSEL')!;
  const lk3Agency = world.agencies.find((a) => a.code === 'LK3-TANGSEL')!;
  const showcase = world.families.find((f) => f.id === SHOWCASE_FAMILY_ID)!;
  const seededCases = puspagaCasesOf(world);
  const counsellor = demoUser('puspaga-tangsel-counsellor');
  const lk3 = demoUser('lk3-counsellor');

  let caseDbUrl: string;
  let caseDb: Client;
  let casePort: number;
  let caseSystem: NodeProcess;
  let adapter: NodeProcess;
  let adapterUrl: string;
  let adapterMetricsPort: number;
  let stack: ProcessStack;
  const extra: NodeProcess[] = [];
  const fakes: Server[] = [];

  const caseSystemEnv = () => ({ ...sharedEnv(), PUSPAGA_CASES_DATABASE_URL: caseDbUrl, PUSPAGA_API_KEY: API_KEY });
  const adapterEnv = (caseSystemUrl: string, more: Record<string, string> = {}) => ({
    ...sharedEnv(),
    LOG_LEVEL: 'warn',
    PUSPAGA_CASE_SYSTEM_URL: caseSystemUrl,
    PUSPAGA_API_KEY: API_KEY,
    PUSPAGA_SATUPINTU_AGENCY_ID: puspaga.id,
    SATUPINTU_IDENTITY_PUBLIC_KEY: process.env.SATUPINTU_IDENTITY_PUBLIC_KEY!,
    ...more,
  });

  const query = async (as: TestClaims, text: string): Promise<Answer> => {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(as)}` },
      body: JSON.stringify({ query: text }),
    });
    return { status: res.status, requestId: res.headers.get('x-request-id')!, body: (await res.json()) as Answer['body'] };
  };

  /** `_entities` straight to an adapter, with an identity token the gateway would sign for this caller. */
  const entities = async (url: string, caller: Parameters<typeof signInternalToken>[0], familyIds: string[]) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [INTERNAL_HEADER]: await signInternalToken(caller, 'puspaga'), 'x-request-id': `direct-${Date.now()}` },
      body: JSON.stringify({
        query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Family { id puspagaCases { caseNumber status } } } }',
        variables: { r: familyIds.map((id) => ({ __typename: 'Family', id })) },
      }),
    });
    return { status: res.status, body: (await res.json()) as Answer['body'] };
  };

  const accessRows = async (requestId: string) =>
    (
      await caseDb.query<{ acting_staff_id: string; acting_agency_id: string; family_ids: string[] }>(
        'SELECT acting_staff_id, acting_agency_id, family_ids::text[] AS family_ids FROM access_log WHERE request_id = $1',
        [requestId],
      )
    ).rows;
  const accessCount = async () => Number((await caseDb.query<{ n: string }>('SELECT count(*) AS n FROM access_log')).rows[0].n);

  const startCaseSystem = async () => {
    caseSystem = launchBuilt('examples/puspaga/case-system/index.js', caseSystemEnv(), casePort);
    await waitForHttp(`http://127.0.0.1:${casePort}/health`, 30_000);
  };

  beforeAll(async () => {
    caseDbUrl = await createTestDatabase('puspaga_cases');
    await seedPuspagaCases(caseDbUrl, world);
    caseDb = new Client({ connectionString: caseDbUrl });
    await caseDb.connect();
    casePort = await freePort();
    await startCaseSystem();
    const adapterPort = await freePort();
    adapterUrl = `http://127.0.0.1:${adapterPort}/graphql`;
    adapterMetricsPort = await freePort();
    adapter = launchBuilt('examples/puspaga/adapter/index.js', adapterEnv(`http://127.0.0.1:${casePort}`, { METRICS_PORT: String(adapterMetricsPort) }), adapterPort);
    await waitForHttp(`http://127.0.0.1:${adapterPort}/health/ready`, 30_000);
    const composition = composeSupergraph({ extra: [{ name: 'puspaga', url: adapterUrl, typeDefs: parse(readFileSync(PUSPAGA_SDL_FILE, 'utf8')) }] });
    expect(composition.errors).toEqual([]);
    const supergraphFile = join(mkdtempSync(join(tmpdir(), 'satupintu-puspaga-')), 'supergraph.graphql');
    writeFileSync(supergraphFile, composition.supergraphSdl!);
    stack = await startProcessStack({ gatewayEnv: { GATEWAY_SUPERGRAPH_FILE: supergraphFile, PUSPAGA_URL: adapterUrl } });
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
    await Promise.all([adapter, caseSystem, ...extra].filter(Boolean).map((p) => p.stop()));
    await Promise.all(fakes.map((s) => new Promise((resolve) => (s.closeAllConnections(), s.close(resolve)))));
    await caseDb?.end();
  });

  it('seeds the case system from the demo world once: seeding again adds nothing', async () => {
    const count = async () => Number((await caseDb.query<{ n: string }>('SELECT count(*) AS n FROM counselling_case')).rows[0].n);
    expect(await count()).toBe(seededCases.length);
    await seedPuspagaCases(caseDbUrl, world);
    expect(await count()).toBe(seededCases.length);
    expect(seededCases.filter((c) => c.familyId === SHOWCASE_FAMILY_ID).length).toBeGreaterThanOrEqual(2);
  });

  it('shows the PUSPAGA-TANGSEL counsellor the showcase family’s PUSPAGA cases, statuses and kinds mapped, and logs the read', async () => {
    const answer = await query(counsellor, `{ familyByKk(kkNumber: "${showcase.kkNumber}") { id members { fullName } puspagaCases { ${CASE_FIELDS} } } }`);
    expect(answer.body.errors).toBeUndefined();
    const family = answer.body.data!.familyByKk as { id: string; members: unknown[]; puspagaCases: CaseAnswer[] };
    expect(family.members).toHaveLength(showcase.members.length);
    const episode = world.episodes.find((e) => e.familyId === showcase.id && e.agencyId === puspaga.id)!;
    expect(family.puspagaCases).toHaveLength(seededCases.filter((c) => c.familyId === showcase.id).length);
    for (const c of family.puspagaCases) expect(c.caseNumber).toMatch(/^PSP\/TGS\/\d{4}\/\d{4}$/);
    expect(family.puspagaCases).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ status: 'WAITING', sourceStatus: 'MENUNGGU', kind: 'PARENTING_CLASS', sourceKind: 'KELAS_PENGASUHAN', openedOn: episode.openedOn, closedOn: null, sessionsHeld: 0 }),
        expect.objectContaining({ status: 'COMPLETED', sourceStatus: 'SELESAI', kind: 'PSYCHOLOGIST_CONSULTATION', closedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }),
      ]),
    );
    // The case system's access log is the audit: one row, naming the staff member, the agency and the gateway's request id.
    expect(answer.requestId).toBeTruthy();
    expect(await accessRows(answer.requestId)).toEqual([{ acting_staff_id: counsellor.staff, acting_agency_id: puspaga.id, family_ids: [showcase.id] }]);
  });

  it('gives staff of another agency an empty list, without asking the case system', async () => {
    const before = await accessCount();
    const answer = await query(lk3, `{ familyByKk(kkNumber: "${showcase.kkNumber}") { id members { fullName } puspagaCases { caseNumber } } }`);
    expect(answer.body.errors).toBeUndefined();
    expect((answer.body.data!.familyByKk as { members: unknown[]; puspagaCases: unknown[] }).members.length).toBeGreaterThan(0);
    expect((answer.body.data!.familyByKk as { puspagaCases: unknown[] }).puspagaCases).toEqual([]);
    expect(await accessRows(answer.requestId)).toEqual([]);
    expect(await accessCount()).toBe(before);
  });

  it('gives nothing to a caller of the right agency in another jurisdiction, or without a staff member', async () => {
    const caller = { subject: counsellor.staff!, staffId: counsellor.staff!, agencyId: puspaga.id, roles: ['AGENCY_STAFF' as const], area: [], serviceArea: [] };
    const hk = await entities(adapterUrl, { ...caller, jurisdiction: 'HK' }, [showcase.id]);
    expect(hk.body.errors).toBeUndefined();
    expect(hk.body.data!._entities).toEqual([{ id: showcase.id, puspagaCases: [] }]);
    const system = await entities(adapterUrl, { ...caller, subject: 'client:puspaga-system', staffId: null, roles: ['AGENCY_SYSTEM'], jurisdiction: 'ID' }, [showcase.id]);
    expect(system.body.data!._entities).toEqual([{ id: showcase.id, puspagaCases: [] }]);
    const own = await entities(adapterUrl, { ...caller, jurisdiction: 'ID' }, [showcase.id]);
    expect((own.body.data!._entities as Array<{ puspagaCases: unknown[] }>)[0].puspagaCases.length).toBeGreaterThan(0);
  });

  it('asks the case system once for the profiles of a page of families', async () => {
    const before = await accessCount();
    const answer = await query(counsellor, '{ families(filter: { regionCode: "3674" }, first: 40) { edges { node { id members { fullName } puspagaCases { caseNumber status } } } } }');
    expect(answer.body.errors).toBeUndefined();
    const families = (answer.body.data!.families as { edges: Array<{ node: { id: string; puspagaCases: unknown[] } }> }).edges.map((e) => e.node);
    expect(families.length).toBeGreaterThanOrEqual(10);
    for (const family of families) expect(family.puspagaCases).toHaveLength(seededCases.filter((c) => c.familyId === family.id).length);
    expect(families.filter((f) => f.puspagaCases.length > 0).length).toBeGreaterThan(0);
    expect(await accessCount()).toBe(before + 1);
    const rows = await accessRows(answer.requestId);
    expect(rows).toHaveLength(1);
    expect([...rows[0].family_ids].sort()).toEqual(families.map((f) => f.id).sort());
  });

  it('answers a status or kind the case system has that SatuPintu does not know as OTHER, and logs it', async () => {
    const familyId = seededCases.find((c) => c.familyId !== SHOWCASE_FAMILY_ID)!.familyId;
    const { rows } = await caseDb.query<{ family_register_no: string }>('SELECT family_register_no FROM family_link WHERE satupintu_family_id = $1', [familyId]);
    await caseDb.query(
      `INSERT INTO counselling_case (register_no, family_register_no, status, service_kind, opened_on, closed_on, counsellor_name, sessions_held)
       VALUES ('PSP/TGS/2019/0007', $1, 'DITANGGUHKAN', 'PENDAMPINGAN_SEKOLAH', '2019-03-04', NULL, 'Konselor Lama', 2)`,
      [rows[0].family_register_no],
    );
    const answer = await query(counsellor, `{ family(id: "${familyId}") { puspagaCases { ${CASE_FIELDS} } } }`);
    expect(answer.body.errors).toBeUndefined();
    expect((answer.body.data!.family as { puspagaCases: CaseAnswer[] }).puspagaCases).toContainEqual(
      expect.objectContaining({ caseNumber: 'PSP/TGS/2019/0007', status: 'OTHER', sourceStatus: 'DITANGGUHKAN', kind: 'OTHER', sourceKind: 'PENDAMPINGAN_SEKOLAH', openedOn: '2019-03-04' }),
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(adapter.logs.some((l) => l.includes('unknown value from the PUSPAGA case system') && l.includes('DITANGGUHKAN'))).toBe(true);
  });

  it('shows PUSPAGA-TANGSEL’s caseload to its staff only, and an empty list for other agencies', async () => {
    const open = new Map<string, number>();
    for (const c of seededCases) if (OPEN_STATUSES.includes(c.status)) open.set(c.kind, (open.get(c.kind) ?? 0) + 1);
    const text = `{ puspaga: agency(id: "${puspaga.id}") { code puspagaCaseload { kind sourceKind openCases } } lk3: agency(id: "${lk3Agency.id}") { code puspagaCaseload { kind } } }`;
    const own = await query(counsellor, text);
    expect(own.body.errors).toBeUndefined();
    const caseload = (own.body.data!.puspaga as { puspagaCaseload: Array<{ sourceKind: string; openCases: number }> }).puspagaCaseload;
    expect(Object.fromEntries(caseload.map((r) => [r.sourceKind, r.openCases]))).toEqual(Object.fromEntries(open));
    expect((own.body.data!.lk3 as { puspagaCaseload: unknown[] }).puspagaCaseload).toEqual([]);
    const other = await query(lk3, text);
    expect(other.body.errors).toBeUndefined();
    expect((other.body.data!.puspaga as { puspagaCaseload: unknown[] }).puspagaCaseload).toEqual([]);
  });

  it('refuses a request without an identity token with 401', async () => {
    const res = await fetch(adapterUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ _service { sdl } }' }) });
    expect(res.status).toBe(401);
    const body = (await res.json()) as Answer['body'];
    expect(body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(body.data ?? null).toBeNull();
  });

  it('serves its own metrics on its metrics port: requests by root field, a refused one as other', async () => {
    expect((await fetch(adapterUrl.replace(/\/graphql$/, '/metrics'))).status).toBe(404);
    const samples = parsePrometheusText(await (await fetch(`http://127.0.0.1:${adapterMetricsPort}/metrics`)).text());
    expect(sumOf(samples, 'satupintu_requests_total', { service: 'puspaga', operation: '_entities', outcome: 'ok' })).toBeGreaterThan(0);
    expect(sumOf(samples, 'satupintu_requests_total', { service: 'puspaga', operation: 'other', outcome: 'refused' })).toBeGreaterThan(0);
    expect(labelValues(samples, 'satupintu_requests_total', 'service')).toEqual(['puspaga']);
  });

  it('has the case system refuse calls without its API key (401) or the acting headers (400)', async () => {
    const base = `http://127.0.0.1:${casePort}/api/v1/cases?family=${showcase.id}`;
    const acting = { 'x-acting-staff': counsellor.staff!, 'x-acting-agency': puspaga.id, 'x-request-id': 'check-1' };
    expect((await fetch(base, { headers: acting })).status).toBe(401);
    expect((await fetch(base, { headers: { ...acting, 'x-api-key': 'wrong' } })).status).toBe(401);
    const before = await accessCount();
    for (const missing of Object.keys(acting)) {
      const headers: Record<string, string> = { 'x-api-key': API_KEY, ...acting };
      delete headers[missing];
      const res = await fetch(base, { headers });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toContain(missing);
    }
    expect((await fetch(`http://127.0.0.1:${casePort}/api/v1/cases?family=not-a-uuid`, { headers: { 'x-api-key': API_KEY, ...acting } })).status).toBe(400);
    expect(await accessCount()).toBe(before);
    expect((await fetch(`http://127.0.0.1:${casePort}/health`)).status).toBe(200);
  });

  it('measures the latency the adapter adds to the family profile', async () => {
    const plain = `query Profile { familyByKk(kkNumber: "${showcase.kkNumber}") { ${PROFILE_FIELDS} } }`;
    const withCases = `query ProfileWithPuspaga { familyByKk(kkNumber: "${showcase.kkNumber}") { ${PROFILE_FIELDS} puspagaCases { ${CASE_FIELDS} } } }`;
    const timed = async (text: string) => {
      const started = performance.now();
      const answer = await query(counsellor, text);
      const ms = performance.now() - started;
      expect(answer.body.errors).toBeUndefined();
      return ms;
    };
    for (let i = 0; i < 5; i++) await Promise.all([timed(plain), timed(withCases)]);
    const without: number[] = [];
    const withPuspaga: number[] = [];
    for (let i = 0; i < 30; i++) {
      without.push(await timed(plain));
      withPuspaga.push(await timed(withCases));
    }
    const added = median(withPuspaga) - median(without);
    console.log(`PUSPAGA adapter latency: profile median ${median(without).toFixed(1)} ms without puspagaCases, ${median(withPuspaga).toFixed(1)} ms with (${added.toFixed(1)} ms added), 30 each`);
    // The adapter's call runs beside the other subgraphs' fetches, bounded by the case system's timeout.
    expect(added).toBeLessThan(1500);
  }, 120_000);

  it('answers SOURCE_UNAVAILABLE within the timeout when the case system hangs or answers 5xx, and stays ready', async () => {
    let mode: 'hang' | 'fail' = 'hang';
    const fake = createServer((req, res) => {
      if (mode === 'fail') {
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end('{"error":"maintenance"}');
      }
      // In hang mode the request is never answered.
    });
    fakes.push(fake);
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    const port = await freePort();
    const slowAdapter = launchBuilt('examples/puspaga/adapter/index.js', adapterEnv(`http://127.0.0.1:${(fake.address() as AddressInfo).port}`, { PUSPAGA_CASE_SYSTEM_TIMEOUT_MS: '300' }), port);
    extra.push(slowAdapter);
    await waitForHttp(`http://127.0.0.1:${port}/health/live`, 30_000);
    const url = `http://127.0.0.1:${port}/graphql`;
    const caller = { subject: counsellor.staff!, staffId: counsellor.staff!, agencyId: puspaga.id, roles: ['AGENCY_STAFF' as const], jurisdiction: 'ID' as const, area: [], serviceArea: [] };
    for (const m of ['hang', 'fail'] as const) {
      mode = m;
      const started = Date.now();
      const { status, body } = await entities(url, caller, [showcase.id]);
      expect(Date.now() - started).toBeLessThan(1500);
      expect(status).toBe(200);
      expect(body.data!._entities).toEqual([{ id: showcase.id, puspagaCases: null }]);
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: "PUSPAGA Kota Tangerang Selatan's case system is unavailable",
          path: ['_entities', 0, 'puspagaCases'],
          extensions: expect.objectContaining({ code: 'SOURCE_UNAVAILABLE' }),
        }),
      ]);
      expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|http:|ECONN|TimeoutError|stack/);
    }
    mode = 'hang';
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ checks: { caseSystem: 'unreachable' } });
  }, 60_000);

  it('still answers the profile with puspagaCases null and SOURCE_UNAVAILABLE when the case system is stopped', async () => {
    expect(await caseSystem.stop()).toBe(0); // it stops cleanly on SIGTERM
    const answer = await query(counsellor, `{ familyByKk(kkNumber: "${showcase.kkNumber}") { id members { fullName } serviceEpisodes { id } puspagaCases { caseNumber } } }`);
    expect(answer.status).toBe(200);
    const family = answer.body.data!.familyByKk as { members: unknown[]; serviceEpisodes: unknown[]; puspagaCases: null };
    expect(family.members).toHaveLength(showcase.members.length);
    expect(family.serviceEpisodes.length).toBeGreaterThan(0);
    expect(family.puspagaCases).toBeNull();
    expect(answer.body.errors).toEqual([expect.objectContaining({ path: ['familyByKk', 'puspagaCases'], extensions: expect.objectContaining({ code: 'SOURCE_UNAVAILABLE' }) })]);
    expect(answer.body.errors![0].message).toContain('PUSPAGA');
    expect(JSON.stringify(answer.body.errors)).not.toMatch(/127\.0\.0\.1|http:|ECONNREFUSED|fetch failed/);
    const ready = await fetch(adapterUrl.replace('/graphql', '/health/ready'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, checks: { caseSystem: 'unreachable' } });
    // Back again, the cases come back on the next request.
    await startCaseSystem();
    const again = await query(counsellor, `{ familyByKk(kkNumber: "${showcase.kkNumber}") { puspagaCases { caseNumber } } }`);
    expect(again.body.errors).toBeUndefined();
    expect((again.body.data!.familyByKk as { puspagaCases: unknown[] }).puspagaCases.length).toBeGreaterThan(0);
  }, 60_000);
});
