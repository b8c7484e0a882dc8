import type { WorldFamily } from '../../demo/world-types';
import { demoUser, GraphQLAnswer, Stack, startStack } from '../support/stack';
import { indonesianFamily, REGISTER, registryCounts } from '../families/registry-fixtures';
import { CREATE_REFERRAL, referralInput, tangselFamily } from '../referrals/referral-fixtures';

const FAMILY = `query($id: ID!) { family(id: $id) { id kkNumber members { id nik fullName birthDate } } }`;
const ADDRESS = `query($id: ID!) { family(id: $id) { id address { street } } }`;
const BY_KK = `query($kk: String!) { familyByKk(kkNumber: $kk) { id } }`;
const BY_NIK = `query($nik: String!) { personByNik(nik: $nik) { id } }`;
const STATUS = `query($kk: String!) { kkNumberStatus(kkNumber: $kk) { state family { id } } }`;
const SEARCH = `query($name: String!) { families(filter: { name: $name }, first: 50) { totalCount edges { node { id } } } }`;
const PERSONS = `query($name: String!) { searchPersons(name: $name, first: 50) { id } }`;
const DUPLICATES = `query($id: ID!) { possibleDuplicates(familyId: $id) { score } }`;
const REQUEST = `mutation($input: RequestFamilyAccessInput!) { requestFamilyAccess(input: $input) { id status version requestingAgencyId family { id } } }`;
const REQUESTS = `{ familyAccessRequests { id status version reason requestingAgencyId family { id } } }`;
const DECIDE = `mutation($input: DecideFamilyAccessRequestInput!) { decideFamilyAccessRequest(input: $input) { id status family { id } } }`;

type Access = { id: string; status: string; version: number; reason?: string; requestingAgencyId: string | null; family: { id: string } | null };

/** The registry is need to know: an agency sees and changes its service area's families and those it works with. */
describe('registry access is need to know', () => {
  let stack: Stack;
  let tangsel: WorldFamily;
  let guarded: WorldFamily;
  let jember: WorldFamily;

  beforeAll(async () => {
    stack = await startStack();
    const world = stack.world;
    const lk3 = world.agencies.find((a) => a.code === 'LK3-TANGSEL')!;
    const workedWith = new Set(world.episodes.filter((e) => e.agencyId === lk3.id).map((e) => e.familyId));
    tangsel = world.families.find((f) => f.regionCode?.startsWith('3674') && !f.addressProtected && workedWith.has(f.id) && f.members.length >= 2)!;
    guarded = world.families.find((f) => f.addressProtected)!;
    jember = world.families.find((f) => f.regionCode?.startsWith('3509042001') && !f.addressProtected)!;
    expect([tangsel, guarded, jember].every(Boolean)).toBe(true);
  });
  afterAll(() => stack.stop());

  /** Out-of-scope callers of a Tangerang Selatan family: a Jember village desk, a Mataram centre, Hong Kong, a manager of another area. */
  const STRANGERS = ['puskesos-operator', 'balai-harum-psychologist', 'childpro-worker', 'auditor', 'calendar-manager-id'];

  function writes(f: WorldFamily): Array<[string, string, Record<string, unknown>]> {
    const person = f.members[1];
    return [
      ['updatePerson', `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id } } }`, { personId: person.id, expectedVersion: 1, fullName: 'Nama Baru' }],
      [
        'updateFamilyAddress',
        `mutation($input: UpdateFamilyAddressInput!) { updateFamilyAddress(input: $input) { family { id } } }`,
        { familyId: f.id, expectedVersion: 1, address: { regionCode: '3509042001', street: 'Jl. Lain' } },
      ],
      [
        'moveFamilyMember',
        `mutation($input: MoveFamilyMemberInput!) { moveFamilyMember(input: $input) { person { id } } }`,
        { personId: person.id, expectedVersion: 1, toFamilyId: jember.id, relationship: 'OTHER' },
      ],
      [
        'changeKkNumber',
        `mutation($input: ChangeKkNumberInput!) { changeKkNumber(input: $input) { family { id } } }`,
        { familyId: f.id, expectedVersion: 1, newKkNumber: '3509041506210009', reason: 'pindah' },
      ],
      ['setAddressProtection', `mutation($input: SetAddressProtectionInput!) { setAddressProtection(input: $input) { family { id } } }`, { familyId: f.id, expectedVersion: 1, protected: false }],
      [
        'addFamilyMember',
        `mutation($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { person { id } } }`,
        { familyId: f.id, expectedVersion: 1, member: { fullName: 'Anak Baru', sex: 'MALE', relationship: 'CHILD' } },
      ],
    ];
  }

  it('refuses every read and write of an out-of-scope family by every stranger, and changes nothing', async () => {
    const before = await registryCounts(stack);
    let cases = 0;
    let allowed = 0;
    const leak = (answer: GraphQLAnswer<Record<string, unknown>>) => JSON.stringify(answer.data ?? null).includes(tangsel.id) || JSON.stringify(answer.data ?? null).includes(tangsel.members[0].id);
    for (const as of STRANGERS) {
      const reads: Array<[string, Record<string, unknown>]> = [
        [FAMILY, { id: tangsel.id }],
        [STATUS, { kk: tangsel.kkNumber }],
        [SEARCH, { name: tangsel.members[0].fullName }],
        [PERSONS, { name: tangsel.members[0].fullName }],
        [DUPLICATES, { id: tangsel.id }],
        [BY_KK, { kk: tangsel.kkNumber }],
        [BY_NIK, { nik: tangsel.members[0].nik }],
      ];
      for (const [q, variables] of reads) {
        cases++;
        const answer = await stack.query<Record<string, unknown>>(demoUser(as), q, variables);
        expect(answer.status).toBe(200);
        if (leak(answer)) allowed++;
      }
      for (const [name, q, input] of writes(tangsel)) {
        cases++;
        const answer = await stack.query<Record<string, unknown>>(demoUser(as), q, { input });
        const code = answer.errors?.[0]?.extensions?.code;
        expect({ as, name, code }).toEqual({ as, name, code: expect.stringMatching(/^(NOT_FOUND|FORBIDDEN|BAD_USER_INPUT)$/) });
        if (answer.data?.[name]) allowed++;
      }
    }
    // A manager reads the registry of their own area only, and never writes it.
    for (const [q, variables] of [
      [FAMILY, { id: jember.id }],
      [BY_KK, { kk: jember.kkNumber }],
      [SEARCH, { name: jember.members[0].fullName }],
    ] as const) {
      cases++;
      const answer = await stack.query<Record<string, unknown>>(demoUser('tangsel-manager'), q, variables);
      if (JSON.stringify(answer.data ?? null).includes(jember.id)) allowed++;
    }
    for (const [name, q, input] of writes(tangsel)) {
      cases++;
      const answer = await stack.query<Record<string, unknown>>(demoUser('tangsel-manager'), q, { input });
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      if (answer.data?.[name]) allowed++;
    }
    // A protected family is changed by its protecting agency only: the counsellor who works with it may not.
    for (const [name, q, input] of writes(guarded)) {
      cases++;
      const answer = await stack.query<Record<string, unknown>>(demoUser('lk3-counsellor'), q, { input });
      expect({ name, code: answer.errors?.[0]?.extensions?.code }).toEqual({ name, code: 'FORBIDDEN' });
      if (answer.data?.[name]) allowed++;
    }
    // A civil registry officer reads identity fields across the jurisdiction, but no address and no write.
    const officer = await stack.query<{ family: { members: Array<{ nik: string }> } }>(demoUser('dukcapil-jember-officer'), FAMILY, { id: tangsel.id });
    expect(officer.data!.family.members.map((m) => m.nik)).toEqual(expect.arrayContaining([tangsel.members[0].nik]));
    const address = await stack.query<{ family: { address: unknown } }>(demoUser('dukcapil-jember-officer'), ADDRESS, { id: tangsel.id });
    cases++;
    expect(address.data!.family.address).toBeNull();
    expect(address.errors![0].extensions!.code).toBe('FORBIDDEN');
    if (address.data!.family.address !== null) allowed++;
    for (const [name, q, input] of writes(tangsel)) {
      cases++;
      const answer = await stack.query<Record<string, unknown>>(demoUser('dukcapil-jember-officer'), q, { input });
      expect(answer.errors?.[0]?.extensions?.code).toMatch(/^(FORBIDDEN|BAD_USER_INPUT)$/);
      if (answer.data?.[name]) allowed++;
    }
    console.log(`registry reads and writes by out-of-scope callers: ${cases} cases, ${allowed} allowed`);
    expect(cases).toBeGreaterThanOrEqual(60);
    expect(allowed).toBe(0);
    expect(await registryCounts(stack)).toEqual(before);
  });

  it('answers an exact look-up outside the view with "registered" only, and lets the agency ask for access', async () => {
    const nik = await stack.query(demoUser('puskesos-operator'), BY_NIK, { nik: tangsel.members[0].nik });
    expect(nik.data!.personByNik).toBeNull();
    expect(nik.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'NEED_TO_KNOW', registered: true });
    const kk = await stack.query(demoUser('puskesos-operator'), BY_KK, { kk: tangsel.kkNumber });
    expect(kk.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'NEED_TO_KNOW', registered: true });
    // Nothing in the answer names an agency.
    const text = JSON.stringify([nik, kk]);
    for (const agency of stack.world.agencies) {
      expect(text).not.toContain(agency.name);
      expect(text).not.toContain(agency.code);
      expect(text).not.toContain(agency.id);
    }
    expect(text).not.toMatch(/LK3|UPTD|PPA|violence|shelter/i);
    // An unregistered number is simply null.
    const unknown = await stack.query(demoUser('puskesos-operator'), BY_NIK, { nik: `${tangsel.members[0].nik!.slice(0, 12)}9998` });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.personByNik).toBeNull();

    const asked = await stack.query<{ requestFamilyAccess: Access }>(demoUser('puskesos-operator'), REQUEST, {
      input: { nik: tangsel.members[0].nik, reason: 'The mother came to the desk asking for a new KK for the children.' },
    });
    expect(asked.errors).toBeUndefined();
    const request = asked.data!.requestFamilyAccess;
    expect(request).toMatchObject({ status: 'PENDING', requestingAgencyId: null, family: null });
    const again = await stack.query<{ requestFamilyAccess: Access }>(demoUser('puskesos-operator'), REQUEST, { input: { kkNumber: tangsel.kkNumber, reason: 'again' } });
    expect(again.data!.requestFamilyAccess.id).toBe(request.id);

    const puskesos = stack.world.agencies.find((a) => a.code === 'PUSKESOS-JBR-KEPANJEN')!;
    const inbox = await stack.query<{ familyAccessRequests: Access[] }>(demoUser('lk3-counsellor'), REQUESTS);
    const seen = inbox.data!.familyAccessRequests.find((r) => r.id === request.id)!;
    expect(seen).toMatchObject({ requestingAgencyId: puskesos.id, family: { id: tangsel.id } });
    // An agency that does not work with the family does not see the request.
    const stranger = await stack.query<{ familyAccessRequests: Access[] }>(demoUser('balai-harum-psychologist'), REQUESTS);
    expect(stranger.data!.familyAccessRequests.map((r) => r.id)).not.toContain(request.id);
    const wrongDecider = await stack.query(demoUser('balai-harum-psychologist'), DECIDE, { input: { requestId: request.id, expectedVersion: seen.version, grant: true } });
    expect(wrongDecider.errors![0].extensions!.code).toBe('NOT_FOUND');

    const granted = await stack.query<{ decideFamilyAccessRequest: Access }>(demoUser('lk3-counsellor'), DECIDE, { input: { requestId: request.id, expectedVersion: seen.version, grant: true } });
    expect(granted.errors).toBeUndefined();
    expect(granted.data!.decideFamilyAccessRequest.status).toBe('GRANTED');
    const stale = await stack.query(demoUser('lk3-counsellor'), DECIDE, { input: { requestId: request.id, expectedVersion: seen.version, grant: false } });
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    const now = await stack.query<{ family: { id: string } }>(demoUser('puskesos-operator'), FAMILY, { id: tangsel.id });
    expect(now.data!.family.id).toBe(tangsel.id);
  });

  it('refuses a malformed identifier in a look-up with its rule, instead of answering null', async () => {
    for (const [q, variables, field] of [
      [BY_NIK, { nik: '123' }, 'nik'],
      [BY_KK, { kk: '12' }, 'kkNumber'],
      [STATUS, { kk: '36740115052000AB' }, 'kkNumber'],
    ] as const) {
      const answer = await stack.query<Record<string, unknown>>(demoUser('lk3-counsellor'), q, variables);
      expect(Object.values(answer.data ?? {}).every((v) => v === null)).toBe(true);
      expect(answer.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, rule: expect.stringMatching(/^(NIK|KK)_[A-Z]+$/) });
    }
    const hkid = await stack.query(demoUser('childpro-worker'), REQUEST, { input: { hkid: 'A123456(4)', reason: 'intake' } });
    expect(hkid.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hkid', rule: 'HKID_CHECK_DIGIT' });
  });

  it('routes a request for a protected family to its protecting agency alone', async () => {
    const asked = await stack.query<{ requestFamilyAccess: Access }>(demoUser('puskesos-operator'), REQUEST, {
      input: { kkNumber: guarded.kkNumber, reason: 'A woman at the desk gave this card number.' },
    });
    expect(asked.errors).toBeUndefined();
    const id = asked.data!.requestFamilyAccess.id;
    const lk3 = await stack.query<{ familyAccessRequests: Access[] }>(demoUser('lk3-counsellor'), REQUESTS);
    expect(lk3.data!.familyAccessRequests.map((r) => r.id)).not.toContain(id);
    const uptd = await stack.query<{ familyAccessRequests: Access[] }>(demoUser('uptd-ppa-case-manager'), REQUESTS);
    expect(uptd.data!.familyAccessRequests.map((r) => r.id)).toContain(id);
  });

  it('shows a family to the agency a referral is sent to, wherever that agency is', async () => {
    const world = stack.world;
    const family = tangselFamily(world, 3);
    const balai = world.agencies.find((a) => a.code === 'BALAI-HARUM-MTR')!;
    const before = await stack.query(demoUser('balai-harum-psychologist'), FAMILY, { id: family.id });
    expect(before.data!.family).toBeNull();
    const sent = await stack.query(demoUser('lk3-counsellor'), CREATE_REFERRAL, { input: referralInput(world, family, { toAgencyId: balai.id, requestedServiceId: null }) });
    expect(sent.errors).toBeUndefined();
    const after = await stack.query<{ family: { id: string } }>(demoUser('balai-harum-psychologist'), FAMILY, { id: family.id });
    expect(after.data!.family.id).toBe(family.id);
  });

  it('keeps the agency that registered a family in its circle, wherever the family lives', async () => {
    const registered = await stack.query<{ registerFamily: { family: { id: string } } }>(demoUser('puskesos-operator'), REGISTER, { input: indonesianFamily() });
    expect(registered.errors).toBeUndefined();
    const id = registered.data!.registerFamily.family.id;
    // The registering desk in Jember, and the Tangerang Selatan agencies whose area the family lives in; not Mataram.
    for (const [as, sees] of [
      ['puskesos-operator', true],
      ['lk3-counsellor', true],
      ['balai-harum-psychologist', false],
    ] as const) {
      const answer = await stack.query<{ family: { id: string } | null }>(demoUser(as), FAMILY, { id });
      expect({ as, seen: answer.data!.family !== null }).toEqual({ as, seen: sees });
    }
  });
});
