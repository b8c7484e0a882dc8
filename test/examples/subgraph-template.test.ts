import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLEnumType, isEnumType, isObjectType, parse } from 'graphql';
import { Client, Pool, QueryResultRow } from 'pg';
import { namedUuid } from '../../demo/random';
import { generateWorld } from '../../demo/world';
import { ACTIVITY_KINDS } from '../../examples/subgraph-template/activity-kind';
import { ActivityStore, Queryable } from '../../examples/subgraph-template/activity-store';
import { ActivitySeed, sampleActivities, SeededActivity, seedActivities } from '../../examples/subgraph-template/seed';
import { TEMPLATE_SDL_FILE, TEMPLATE_SUBGRAPH } from '../../examples/subgraph-template/server';
import { templateConfig } from '../../examples/subgraph-template/template-config';
import { Caller, INTERNAL_HEADER, signInternalToken } from '../../platform';
import { checkSubgraph, CheckRow } from '../../stack/conformance/check-subgraph';
import { freePort } from '../../stack/free-port';
import { composeSupergraph } from '../../stack/supergraph';
import { waitForHttp } from '../../stack/wait-for-http';
import { ProcessStack, startProcessStack } from '../support/process-stack';
import { demoUser, TestClaims, tokenFor } from '../support/stack';
import { createTestDatabase, launchBuilt, NodeProcess, sharedEnv } from './puspaga-processes';

interface Answer {
  status: number;
  requestId: string;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }> };
}

interface AttendanceAnswer {
  membersAttended: number;
  activity: { id: string; title: string; kind: string; heldOn: string; placeName: string; agency: { id: string; code: string } };
}

interface AuditRow {
  subject: string;
  staff_id: string | null;
  agency_id: string | null;
  family_ids: string[];
}

/** A day some days after another (YYYY-MM-DD). */
function daysAfter(day: string, days: number): string {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** The SDL describes every type, field and enum value, and its kinds are the store's. */
describe('examples/subgraph-template/template.graphql', () => {
  const sdl = readFileSync(TEMPLATE_SDL_FILE, 'utf8');
  const schema = buildSubgraphSchema(parse(sdl));

  it('describes every field and enum value, and every type it declares', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('_') || !new RegExp(`\\b(type|enum|scalar) ${type.name}\\b`).test(sdl)) continue;
      // An extension (`extend type Family`) has no description of its own: the owning subgraph's describes it.
      if (!type.description && type.name !== 'Query' && !new RegExp(`extend type ${type.name}\\b`).test(sdl)) missing.push(type.name);
      if (isObjectType(type)) for (const field of Object.values(type.getFields())) if (!field.name.startsWith('_') && !field.description) missing.push(`${type.name}.${field.name}`);
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
    expect(sdl).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+"/);
  });

  it('offers exactly the kinds of activity the store accepts', () => {
    const values = (schema.getType('CommunityActivityKind') as GraphQLEnumType).getValues().map((v) => v.name);
    expect(values.sort()).toEqual([...ACTIVITY_KINDS].sort());
  });
});

describe('the template subgraph’s settings', () => {
  const keys = ['TEMPLATE_DATABASE_URL', 'TEMPLATE_AGENCY_ID', 'TEMPLATE_JURISDICTION'] as const;
  const saved = Object.fromEntries(keys.map((k) => [k, process.env[k]]));
  const set = (values: Partial<Record<(typeof keys)[number], string>>) => {
    for (const k of keys) delete process.env[k];
    Object.assign(process.env, values);
  };
  afterEach(() => {
    for (const k of keys) if (saved[k] === undefined) delete process.env[k];
    Object.assign(process.env, Object.fromEntries(Object.entries(saved).filter(([, v]) => v !== undefined)));
  });

  const agencyId = randomUUID();
  const databaseUrl = 'postgres://activities@127.0.0.1:5432/activities';

  it('reads the database, the agency and the jurisdiction, ID by default', () => {
    set({ TEMPLATE_DATABASE_URL: databaseUrl, TEMPLATE_AGENCY_ID: agencyId.toUpperCase() });
    expect(templateConfig()).toEqual({ databaseUrl, agencyId, jurisdiction: 'ID' });
    set({ TEMPLATE_DATABASE_URL: databaseUrl, TEMPLATE_AGENCY_ID: agencyId, TEMPLATE_JURISDICTION: 'HK' });
    expect(templateConfig().jurisdiction).toBe('HK');
  });

  it('names the variable that is missing or wrong', () => {
    set({ TEMPLATE_AGENCY_ID: agencyId });
    expect(() => templateConfig()).toThrow(/^TEMPLATE_DATABASE_URL must be set/);
    set({ TEMPLATE_DATABASE_URL: 'mysql://x@y/z', TEMPLATE_AGENCY_ID: agencyId });
    expect(() => templateConfig()).toThrow('TEMPLATE_DATABASE_URL must be a postgres:// or postgresql:// URL');
    set({ TEMPLATE_DATABASE_URL: databaseUrl });
    expect(() => templateConfig()).toThrow(/^TEMPLATE_AGENCY_ID must be set/);
    set({ TEMPLATE_DATABASE_URL: databaseUrl, TEMPLATE_AGENCY_ID: 'LK3-TANGSEL' });
    expect(() => templateConfig()).toThrow(/^TEMPLATE_AGENCY_ID must be a UUID/);
    set({ TEMPLATE_DATABASE_URL: databaseUrl, TEMPLATE_AGENCY_ID: agencyId, TEMPLATE_JURISDICTION: 'SG' });
    expect(() => templateConfig()).toThrow('TEMPLATE_JURISDICTION must be ID or HK, got "SG"');
  });
});

describe('the template subgraph’s store', () => {
  let databaseUrl: string;
  let pool: Pool;
  let statements: string[];
  let store: ActivityStore;
  const families = [randomUUID(), randomUUID(), randomUUID()];
  let seeded: SeededActivity[];

  beforeAll(async () => {
    databaseUrl = await createTestDatabase('template_store');
    seeded = await seedActivities(databaseUrl, [
      { title: 'Kelas B', kind: 'PARENTING_CLASS', heldOn: '2026-10-10', placeName: 'Aula', attendance: [{ familyId: families[0], membersAttended: 1 }] },
      {
        title: 'Kelas A',
        kind: 'SUPPORT_GROUP',
        heldOn: '2026-10-10',
        placeName: 'Aula',
        attendance: [
          { familyId: families[0], membersAttended: 2 },
          { familyId: families[2], membersAttended: 4 },
        ],
      },
      { title: 'Penyuluhan', kind: 'COMMUNITY_OUTREACH', heldOn: '2026-09-01', placeName: 'Balai Warga', attendance: [{ familyId: families[0], membersAttended: 3 }] },
    ]);
    pool = new Pool({ connectionString: databaseUrl, max: 2 });
    statements = [];
    // The store reads a real database; this only counts the statements it sends.
    const counting: Queryable = {
      query: <R extends QueryResultRow>(text: string, values?: unknown[]) => {
        statements.push(text);
        return pool.query<R>(text, values);
      },
    };
    store = new ActivityStore(counting);
  });
  afterAll(() => pool?.end());
  beforeEach(() => (statements = []));

  it('reads the attendance of many families in one statement, in the order asked, earliest activity first', async () => {
    const unknown = randomUUID();
    const lists = await store.attendanceOf([families[2], unknown, families[0], 'not-a-uuid', families[1], families[0].toUpperCase()]);
    expect(statements).toHaveLength(1);
    const titles = lists.map((l) => l.map((a) => `${a.activity.title}×${a.membersAttended}`));
    expect(titles).toEqual([['Kelas A×4'], [], ['Penyuluhan×3', 'Kelas A×2', 'Kelas B×1'], [], [], ['Penyuluhan×3', 'Kelas A×2', 'Kelas B×1']]);
    expect(lists[2][0].activity).toEqual({ id: seeded[2].id, title: 'Penyuluhan', kind: 'COMMUNITY_OUTREACH', heldOn: '2026-09-01', placeName: 'Balai Warga' });
  });

  it('reads many activities in one statement, in the order asked, null for the unknown', async () => {
    const found = await store.activitiesByIds([seeded[1].id, randomUUID(), seeded[0].id, '42', seeded[2].id]);
    expect(statements).toHaveLength(1);
    expect(found.map((a) => a?.title ?? null)).toEqual(['Kelas A', null, 'Kelas B', null, 'Penyuluhan']);
  });

  it('sends no statement for ids that cannot name a record', async () => {
    expect(await store.activitiesByIds(['not-a-uuid', ''])).toEqual([null, null]);
    expect(await store.attendanceOf(['x'])).toEqual([[]]);
    expect(statements).toEqual([]);
  });

  it('refuses a kind it does not know and an attendance of no one', async () => {
    const bad = (seed: Partial<ActivitySeed>) => seedActivities(databaseUrl, [{ title: 'X', kind: 'PARENTING_CLASS', heldOn: '2026-10-10', placeName: 'Aula', attendance: [], ...seed }]);
    await expect(bad({ kind: 'CHOIR' as never })).rejects.toThrow(/check constraint/);
    await expect(bad({ attendance: [{ familyId: families[1], membersAttended: 0 }] })).rejects.toThrow(/check constraint/);
  });
});

/** The template, run as its own process with its own database, checked and joined to SatuPintu through the gateway. */
describe('the community-activities subgraph', () => {
  const world = generateWorld({ anchorDate: process.env.SATUPINTU_TEST_ANCHOR! });
  const lk3Agency = world.agencies.find((a) => a.code === 'LK3-TANGSEL')!;
  const hasan = world.families.find((f) => f.id === namedUuid('showcase/tangsel-hasan'))!;
  const neighbours = world.families.filter((f) => f.id !== hasan.id && (f.regionCode ?? '').startsWith('3674') && !f.addressProtected).slice(0, 3);
  const lk3 = demoUser('lk3-counsellor');
  const uptd = demoUser('uptd-ppa-case-manager');
  const anchor = process.env.SATUPINTU_TEST_ANCHOR!;

  let databaseUrl: string;
  let db: Client;
  let seeded: SeededActivity[];
  let template: NodeProcess;
  let url: string;
  let stack: ProcessStack;
  const others: NodeProcess[] = [];

  const templateEnv = (dbUrl: string) => ({
    ...sharedEnv(),
    LOG_LEVEL: 'warn',
    TEMPLATE_DATABASE_URL: dbUrl,
    TEMPLATE_AGENCY_ID: lk3Agency.id,
    SATUPINTU_IDENTITY_PUBLIC_KEY: process.env.SATUPINTU_IDENTITY_PUBLIC_KEY!,
  });

  const query = async (as: TestClaims, text: string): Promise<Answer> => {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(as)}` },
      body: JSON.stringify({ query: text }),
    });
    return { status: res.status, requestId: res.headers.get('x-request-id')!, body: (await res.json()) as Answer['body'] };
  };

  /** `_entities` straight to the subgraph, with the identity token the gateway would sign for this caller. */
  const entities = async (caller: Caller, familyIds: string[]) => {
    const requestId = `direct-${randomUUID()}`;
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [INTERNAL_HEADER]: await signInternalToken(caller, TEMPLATE_SUBGRAPH), 'x-request-id': requestId },
      body: JSON.stringify({
        query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Family { id communityActivities { membersAttended activity { title } } } } }',
        variables: { r: familyIds.map((id) => ({ __typename: 'Family', id })) },
      }),
    });
    return { status: res.status, requestId, text: await res.text() };
  };

  const auditRows = async (requestId: string) =>
    (await db.query<AuditRow>('SELECT subject, staff_id, agency_id, family_ids::text[] AS family_ids FROM audit_log WHERE request_id = $1', [requestId])).rows;
  const auditCount = async () => Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM audit_log')).rows[0].n);

  const lk3Caller: Caller = { subject: lk3.sub, staffId: lk3.staff!, agencyId: lk3Agency.id, roles: ['AGENCY_STAFF'], jurisdiction: 'ID', area: [], serviceArea: [] };
  const ATTENDANCE = 'communityActivities { membersAttended activity { id title kind heldOn placeName agency { id code } } }';

  beforeAll(async () => {
    databaseUrl = await createTestDatabase('community_activities');
    const earlier: ActivitySeed = {
      title: 'Kelas Ayah Hebat',
      kind: 'PARENTING_CLASS',
      heldOn: daysAfter(anchor, -30),
      placeName: 'Aula Kelurahan Pondok Aren',
      attendance: [{ familyId: hasan.id, membersAttended: 1 }],
    };
    const outreach: ActivitySeed = {
      title: 'Penyuluhan Gizi Keluarga',
      kind: 'COMMUNITY_OUTREACH',
      heldOn: daysAfter(anchor, -10),
      placeName: 'Balai Warga RW 02',
      attendance: neighbours.map((f, i) => ({ familyId: f.id, membersAttended: i + 1 })),
    };
    // The earlier class goes in last, so that the answer's order is the store's, not the insertion's.
    seeded = await seedActivities(databaseUrl, [...sampleActivities(hasan.id, daysAfter(anchor, -14)), outreach, earlier]);
    db = new Client({ connectionString: databaseUrl });
    await db.connect();
    const port = await freePort();
    url = `http://127.0.0.1:${port}/graphql`;
    template = launchBuilt('examples/subgraph-template/index.js', templateEnv(databaseUrl), port);
    await waitForHttp(`http://127.0.0.1:${port}/health/ready`, 30_000);
    const composition = composeSupergraph({ extra: [{ name: TEMPLATE_SUBGRAPH, url, typeDefs: parse(readFileSync(TEMPLATE_SDL_FILE, 'utf8')) }] });
    expect(composition.errors).toEqual([]);
    const supergraphFile = join(mkdtempSync(join(tmpdir(), 'satupintu-template-')), 'supergraph.graphql');
    writeFileSync(supergraphFile, composition.supergraphSdl!);
    stack = await startProcessStack({ gatewayEnv: { GATEWAY_SUPERGRAPH_FILE: supergraphFile, COMMUNITY_ACTIVITIES_URL: url } });
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
    await Promise.all([template, ...others].filter(Boolean).map((p) => p.stop()));
    await db?.end();
  });

  it('passes the conformance check on every row', async () => {
    const rows: CheckRow[] = await checkSubgraph({
      name: TEMPLATE_SUBGRAPH,
      url,
      typeDefs: parse(readFileSync(TEMPLATE_SDL_FILE, 'utf8')),
      known: [
        { typename: 'CommunityActivity', id: seeded[0].id },
        { typename: 'Family', id: hasan.id },
      ],
      agencyId: lk3Agency.id,
    });
    const table = Object.fromEntries(rows.map((r) => [r.name, `${r.status} ${r.detail}`]));
    expect(table).toEqual(Object.fromEntries(rows.map((r) => [r.name, r.name === 'response time' ? expect.stringMatching(/^(PASS|WARN) /) : expect.stringMatching(/^PASS /)])));
    expect(table['_entities batch']).toMatch(/^PASS 6 representations of (CommunityActivity, Family \(not owned\)|Family \(not owned\), CommunityActivity), 2 known: .*\(4 objects, 2 null\)$/);
  }, 120_000);

  it('shows the owning agency’s counsellor the family’s attendance in its profile, earliest first, and audits the read', async () => {
    const answer = await query(lk3, `{ family(id: "${hasan.id}") { id members { fullName } ${ATTENDANCE} } }`);
    expect(answer.body.errors).toBeUndefined();
    const family = answer.body.data!.family as { members: unknown[]; communityActivities: AttendanceAnswer[] };
    expect(family.members).toHaveLength(hasan.members.length);
    const [classes, outreach, , , earlier] = seeded;
    const agency = { id: lk3Agency.id, code: 'LK3-TANGSEL' };
    const shown = (a: SeededActivity, membersAttended: number) => ({ membersAttended, activity: { id: a.id, title: a.title, kind: a.kind, heldOn: a.heldOn, placeName: a.placeName, agency } });
    expect(family.communityActivities).toEqual([shown(earlier, 1), shown(classes, 2), shown(outreach, 3)]);
    expect(answer.requestId).toBeTruthy();
    expect(await auditRows(answer.requestId)).toEqual([{ subject: lk3.sub, staff_id: lk3.staff, agency_id: lk3Agency.id, family_ids: [hasan.id] }]);
  });

  it('gives a caller of another agency an empty list, and reads nothing', async () => {
    const before = await auditCount();
    const answer = await query(uptd, `{ family(id: "${hasan.id}") { id ${ATTENDANCE} } }`);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data!.family).toEqual({ id: hasan.id, communityActivities: [] });
    expect(await auditRows(answer.requestId)).toEqual([]);
    expect(await auditCount()).toBe(before);
  });

  it('gives nothing to the right agency under the other jurisdiction, or to a role that does not act for it', async () => {
    const hk = await entities({ ...lk3Caller, jurisdiction: 'HK' }, [hasan.id]);
    expect(JSON.parse(hk.text)).toEqual({ data: { _entities: [{ id: hasan.id, communityActivities: [] }] } });
    const manager = await entities({ ...lk3Caller, roles: ['AREA_MANAGER'] }, [hasan.id]);
    expect(JSON.parse(manager.text)).toEqual({ data: { _entities: [{ id: hasan.id, communityActivities: [] }] } });
    const system = await entities({ ...lk3Caller, subject: 'client:lk3-system', staffId: null, roles: ['AGENCY_SYSTEM'] }, [hasan.id]);
    expect((JSON.parse(system.text) as Answer['body']).data!._entities).toEqual([{ id: hasan.id, communityActivities: expect.arrayContaining([expect.objectContaining({ membersAttended: 2 })]) }]);
    expect(await auditRows(system.requestId)).toEqual([{ subject: 'client:lk3-system', staff_id: null, agency_id: lk3Agency.id, family_ids: [hasan.id] }]);
    expect(await auditRows(hk.requestId)).toEqual([]);
  });

  it('answers an activity by id to its agency, null to others and for an unknown id, and refuses an id that is not a UUID', async () => {
    const text = (id: string) => `{ communityActivity(id: "${id}") { id title kind heldOn placeName agency { code } } }`;
    const own = await query(lk3, text(seeded[0].id));
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data!.communityActivity).toEqual({
      id: seeded[0].id,
      title: seeded[0].title,
      kind: 'PARENTING_CLASS',
      heldOn: seeded[0].heldOn,
      placeName: seeded[0].placeName,
      agency: { code: 'LK3-TANGSEL' },
    });
    const unknown = await query(lk3, text(randomUUID()));
    expect(unknown.body.errors).toBeUndefined();
    expect(unknown.body.data!.communityActivity).toBeNull();
    const other = await query(uptd, text(seeded[0].id));
    expect(other.body).toEqual(unknown.body);
    const bad = await query(lk3, text('not-a-uuid'));
    expect(bad.body.data!.communityActivity).toBeNull();
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: ['communityActivity'], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'id', rule: 'ID_FORMAT' }) })]);
  });

  it('reads a page of families in one batch, with one audit row naming them all', async () => {
    const before = await auditCount();
    const answer = await query(lk3, '{ families(filter: { regionCode: "3674" }, first: 40) { edges { node { id communityActivities { membersAttended activity { id } } } } } }');
    expect(answer.body.errors).toBeUndefined();
    const page = (answer.body.data!.families as { edges: Array<{ node: { id: string; communityActivities: Array<{ membersAttended: number; activity: { id: string } }> } }> }).edges.map((e) => e.node);
    expect(page.length).toBeGreaterThanOrEqual(10);
    const attended = (familyId: string) => seeded.flatMap((a) => a.attendance.filter((x) => x.familyId === familyId).map((x) => ({ membersAttended: x.membersAttended, activity: { id: a.id } })));
    for (const family of page) expect(family.communityActivities).toEqual(expect.arrayContaining(attended(family.id)));
    for (const family of page) expect(family.communityActivities).toHaveLength(attended(family.id).length);
    expect(page.filter((f) => f.communityActivities.length > 0).length).toBeGreaterThan(0);
    expect(await auditCount()).toBe(before + 1);
    const rows = await auditRows(answer.requestId);
    expect(rows).toHaveLength(1);
    expect([...rows[0].family_ids].sort()).toEqual(page.map((f) => f.id).sort());
  });

  it('fails the answer, without showing the attendance or the database’s words, when its audit row cannot be written', async () => {
    await db.query('ALTER TABLE audit_log RENAME TO audit_log_away');
    try {
      const direct = await entities(lk3Caller, [hasan.id]);
      expect(direct.status).toBe(500);
      const body = JSON.parse(direct.text) as Answer['body'];
      expect(body.data ?? null).toBeNull();
      expect(body.errors).toEqual([expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
      expect(direct.text).not.toMatch(/audit_log|INSERT|relation|Kelas|stack/);
      const through = await query(lk3, `{ family(id: "${hasan.id}") { id ${ATTENDANCE} } }`);
      expect((through.body.data!.family as { communityActivities: unknown }).communityActivities ?? null).toBeNull();
      expect(through.body.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(through.body)).not.toMatch(/audit_log|INSERT|relation|Kelas Pengasuhan/);
    } finally {
      await db.query('ALTER TABLE audit_log_away RENAME TO audit_log');
    }
    const again = await query(lk3, `{ family(id: "${hasan.id}") { ${ATTENDANCE} } }`);
    expect(again.body.errors).toBeUndefined();
    expect(await auditRows(again.requestId)).toHaveLength(1);
  });

  it('refuses a request without an identity token with 401', async () => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ _service { sdl } }' }) });
    expect(res.status).toBe(401);
    expect(((await res.json()) as Answer['body']).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('creates its tables at start, is ready only while its database answers, and stops cleanly', async () => {
    const ownUrl = await createTestDatabase('community_activities_ready');
    const port = await freePort();
    const second = launchBuilt('examples/subgraph-template/index.js', templateEnv(ownUrl), port);
    others.push(second);
    await waitForHttp(`http://127.0.0.1:${port}/health/ready`, 30_000);
    const check = new Client({ connectionString: ownUrl });
    await check.connect();
    const tables = (await check.query<{ t: string }>("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")).rows.map((r) => r.t);
    await check.end();
    expect(tables).toEqual(['activity_attendance', 'audit_log', 'community_activity']);
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
    expect(await ready.json()).toEqual({ ready: true, checks: { database: 'reachable' } });
    const name = new URL(ownUrl).pathname.slice(1);
    const admin = new Client({ connectionString: process.env.SATUPINTU_TEST_ADMIN_URL });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
    const gone = await fetch(`http://127.0.0.1:${port}/health/ready`);
    expect(gone.status).toBe(503);
    expect(await gone.json()).toEqual({ ready: false, checks: { database: 'unreachable' } });
    expect(await second.stop()).toBe(0);
  });

  it('does not start without its settings, and names what is missing', async () => {
    const { TEMPLATE_AGENCY_ID: _agency, ...env } = templateEnv(databaseUrl);
    const broken = launchBuilt('examples/subgraph-template/index.js', env, await freePort());
    others.push(broken);
    expect(await broken.exited).toBe(1);
    expect(broken.logs.join('\n')).toContain('TEMPLATE_AGENCY_ID must be set');
  });
});
