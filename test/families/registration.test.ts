import { makeNik } from '../../subgraphs/families/src/identifiers';
import { demoUser, Stack, startStack, TestClaims } from '../support/stack';
import { hkid, hongKongFamily, indonesianFamily, kk, MemberInput, nik, onlyError, REGISTER, registryCounts } from './registry-fixtures';

type Member = { id: string; nik: string | null; hkid: string | null; fullName: string; relationship: string; relationshipCode: number; version: number; dataQualityWarnings: string[] };
type Registered = {
  registerFamily: {
    family: { id: string; kkNumber: string | null; version: number; jurisdiction: string; address: Record<string, string | null>; members: Member[] } | null;
    duplicates: Array<{ memberIndex: number; score: number; nameSimilarity: number; reasons: string[]; person: { id: string; fullName: string } }>;
  };
};

describe('registerFamily through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const tangselHead = () => stack.world.families.find((f) => f.regionCode?.startsWith('3674') && !f.addressProtected)!.members[0];

  it('registers an Indonesian family with its members, card and memberships in one call', async () => {
    const input = indonesianFamily();
    const answer = await stack.query<Registered>(demoUser('lk3-counsellor'), REGISTER, { input });
    expect(answer.errors).toBeUndefined();
    const family = answer.data!.registerFamily.family!;
    expect(family).toMatchObject({ kkNumber: input.kkNumber, version: 1, jurisdiction: 'ID' });
    expect(family.address).toEqual({
      street: 'Jl. Raya Serpong No. 12',
      rtRw: '002/005',
      village: 'Ciater',
      district: 'Serpong',
      regency: 'Kota Tangerang Selatan',
      province: 'Banten',
      regionCode: '3674011001',
    });
    const given = input.members as MemberInput[];
    expect(family.members.map((m) => [m.nik, m.fullName, m.relationship, m.relationshipCode, m.dataQualityWarnings])).toEqual([
      [given[0].nik, given[0].fullName, 'HEAD', 1, []],
      [given[1].nik, given[1].fullName, 'WIFE', 3, []],
    ]);
    const history = await stack.query<{
      family: {
        kkNumberHistory: Array<{ kkNumber: string; validFrom: string; validTo: null }>;
        members: Array<{ memberships: Array<{ validFrom: string; validTo: null; relationship: string; family: { id: string } }> }>;
      };
    }>(demoUser('lk3-counsellor'), `query($id: ID!) { family(id: $id) { kkNumberHistory { kkNumber validFrom validTo } members { memberships { validFrom validTo relationship family { id } } } } }`, {
      id: family.id,
    });
    expect(history.data!.family.kkNumberHistory).toEqual([{ kkNumber: input.kkNumber, validFrom: '2021-06-14', validTo: null }]);
    // A member born after the card was issued joins it on the day of birth.
    const joined = given[0].birthDate! > '2021-06-14' ? given[0].birthDate : '2021-06-14';
    expect(history.data!.family.members[0].memberships).toEqual([{ validFrom: joined, validTo: null, relationship: 'HEAD', family: { id: family.id } }]);
  });

  it('accepts a NIK whose date and sex disagree with the record, and flags it on the person', async () => {
    const members = [
      { nik: nik('1979-08-17', 'MALE'), fullName: 'Agus Salim Harahap', sex: 'MALE', birthDate: '1979-08-18', relationship: 'HEAD' },
      { nik: nik('1990-05-01', 'MALE'), fullName: 'Dewi Anggraini Lubis', sex: 'FEMALE', birthDate: '1990-05-01', relationship: 'WIFE' },
    ];
    const answer = await stack.query<Registered>(demoUser('lk3-counsellor'), REGISTER, { input: indonesianFamily({ members }) });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.registerFamily.family!.members.map((m) => m.dataQualityWarnings)).toEqual([['NIK_BIRTH_DATE_MISMATCH'], ['NIK_SEX_MISMATCH']]);
    const byNik = await stack.query<{ personByNik: { fullName: string; birthDate: string; dataQualityWarnings: string[] } }>(
      demoUser('dukcapil-jember-officer'),
      `query($nik: String!) { personByNik(nik: $nik) { fullName birthDate dataQualityWarnings } }`,
      { nik: members[0].nik },
    );
    expect(byNik.data!.personByNik).toEqual({ fullName: 'Agus Salim Harahap', birthDate: '1979-08-18', dataQualityWarnings: ['NIK_BIRTH_DATE_MISMATCH'] });
  });

  it('registers a Hong Kong family with an HKID shown masked, and unmasked to a registry officer', async () => {
    const input = hongKongFamily();
    const holder = (input.members as MemberInput[])[0].hkid!;
    const answer = await stack.query<Registered>(demoUser('childpro-worker'), REGISTER, { input });
    expect(answer.errors).toBeUndefined();
    const family = answer.data!.registerFamily.family!;
    expect(family).toMatchObject({ kkNumber: null, jurisdiction: 'HK', address: { district: 'Sham Shui Po', regionCode: null, province: null } });
    expect(family.members.map((m) => [m.nik, m.hkid])).toEqual([
      [null, `${holder.slice(0, 4)}***(*)`],
      [null, null],
    ]);
    const officer: TestClaims = { ...demoUser('childpro-worker'), sub: 'hk-registry-officer', roles: ['AGENCY_STAFF', 'REGISTRY_OFFICER'] };
    const unmasked = await stack.query<{ family: { members: Array<{ hkid: string | null }> } }>(officer, `query($id: ID!) { family(id: $id) { members { hkid } } }`, { id: family.id });
    expect(unmasked.data!.family.members[0].hkid).toBe(holder);
  });

  it('refuses a NIK a living person already holds with CONFLICT naming that person, and writes nothing', async () => {
    const existing = tangselHead();
    const before = await registryCounts(stack);
    const input = indonesianFamily();
    const members = input.members as MemberInput[];
    const answer = await stack.query(demoUser('lk3-counsellor'), REGISTER, { input: { ...input, members: [members[0], { ...members[1], nik: existing.nik }] } });
    const error = onlyError(answer);
    const familyId = stack.world.families.find((f) => f.members.includes(existing))!.id;
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'members[1].nik', existingPersonId: existing.id, existingFamilyId: familyId });
    expect(error.message).toContain(existing.id);
    expect(error.message).not.toContain(existing.nik!);
    expect(await registryCounts(stack)).toEqual(before);
  });

  it('refuses a No. KK another family holds with CONFLICT naming the family', async () => {
    const existing = stack.world.families.find((f) => f.kkNumber)!;
    const before = await registryCounts(stack);
    const error = onlyError(await stack.query(demoUser('lk3-counsellor'), REGISTER, { input: indonesianFamily({ kkNumber: existing.kkNumber }) }));
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'kkNumber', existingFamilyId: existing.id });
    expect(await registryCounts(stack)).toEqual(before);
  });

  it('lets exactly one of two simultaneous registrations of one NIK win, ten times over', async () => {
    for (let pair = 0; pair < 10; pair++) {
      const shared = nik('1991-07-0' + (1 + (pair % 9)), 'FEMALE');
      const inputs = [0, 1].map(() => {
        const input = indonesianFamily();
        const members = input.members as MemberInput[];
        return { ...input, members: [members[0], { ...members[1], nik: shared, birthDate: `1991-07-0${1 + (pair % 9)}` }], proceedDespiteDuplicates: true };
      });
      const answers = await Promise.all(inputs.map((input, i) => stack.query<Registered>(demoUser(i === 0 ? 'lk3-counsellor' : 'lk3-system'), REGISTER, { input })));
      const won = answers.filter((a) => !a.errors && a.data?.registerFamily.family);
      const lost = answers.filter((a) => a.errors);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      const winner = won[0].data!.registerFamily.family!;
      expect(onlyError(lost[0]).extensions).toMatchObject({ code: 'CONFLICT', field: 'members[1].nik', existingPersonId: winner.members[1].id, existingFamilyId: winner.id });
      const holders = await stack.subgraphs.families.subgraph.db.query<{ n: string }>(`SELECT count(*) AS n FROM person WHERE nik = $1`, [shared]);
      expect(Number(holders[0].n)).toBe(1);
    }
  });

  it('lets exactly one of two simultaneous registrations of one No. KK win', async () => {
    const before = await registryCounts(stack);
    const shared = kk('2022-01-10');
    const answers = await Promise.all([0, 1].map(() => stack.query<Registered>(demoUser('lk3-counsellor'), REGISTER, { input: indonesianFamily({ kkNumber: shared }) })));
    const won = answers.filter((a) => !a.errors);
    expect(won).toHaveLength(1);
    const error = onlyError(answers.find((a) => a.errors)!);
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'kkNumber', existingFamilyId: won[0].data!.registerFamily.family!.id });
    expect(await registryCounts(stack)).toMatchObject({ family: before.family + 1, person: before.person + 2 });
  });

  it('holds a registration back when a strong duplicate exists, and registers when told to proceed', async () => {
    const existing = tangselHead();
    const twin = { nik: makeNik('367402', existing.birthDate, existing.sex, 9876), fullName: existing.fullName, sex: existing.sex, birthDate: existing.birthDate, relationship: 'HEAD' };
    const input = indonesianFamily({ members: [twin] });
    const before = await registryCounts(stack);
    const held = await stack.query<Registered>(demoUser('lk3-counsellor'), REGISTER, { input });
    expect(held.errors).toBeUndefined();
    expect(held.data!.registerFamily.family).toBeNull();
    const candidate = held.data!.registerFamily.duplicates.find((d) => d.person.id === existing.id)!;
    expect(candidate).toMatchObject({ memberIndex: 0, nameSimilarity: 1, person: { fullName: existing.fullName } });
    expect(candidate.score).toBeGreaterThanOrEqual(0.8);
    expect(candidate.score).toBeLessThan(1);
    expect(candidate.reasons).toEqual(expect.arrayContaining(['SAME_NAME', 'SAME_BIRTH_DATE']));
    expect(await registryCounts(stack)).toEqual(before);
    const proceeded = await stack.query<Registered>(demoUser('lk3-counsellor'), REGISTER, { input: { ...input, proceedDespiteDuplicates: true } });
    expect(proceeded.errors).toBeUndefined();
    expect(proceeded.data!.registerFamily.family!.members[0].fullName).toBe(existing.fullName);
    expect(proceeded.data!.registerFamily.duplicates.map((d) => d.person.id)).toContain(existing.id);
  });

  it('does not hold back a namesake born on another day', async () => {
    const existing = tangselHead();
    const namesake = { nik: nik('1970-01-01', existing.sex), fullName: existing.fullName, sex: existing.sex, birthDate: '1970-01-01', relationship: 'HEAD' };
    const answer = await stack.query<Registered>(demoUser('lk3-counsellor'), REGISTER, { input: indonesianFamily({ members: [namesake] }) });
    expect(answer.data!.registerFamily.family).not.toBeNull();
    const candidate = answer.data!.registerFamily.duplicates.find((d) => d.person.id === existing.id);
    expect(candidate?.score ?? 0).toBeLessThan(0.8);
  });

  it.each([
    ['an area manager', 'tangsel-manager', 'ID'],
    ['an auditor', 'auditor', 'ID'],
    ['a Hong Kong worker registering in Indonesia', 'childpro-worker', 'ID'],
  ])('refuses %s with FORBIDDEN and writes nothing', async (_who, user, jurisdiction) => {
    const before = await registryCounts(stack);
    const error = onlyError(await stack.query(demoUser(user), REGISTER, { input: indonesianFamily({ jurisdiction }) }));
    expect(error.extensions.code).toBe('FORBIDDEN');
    expect(await registryCounts(stack)).toEqual(before);
  });

  it('lets an agency system register', async () => {
    const answer = await stack.query<Registered>(demoUser('lk3-system'), REGISTER, { input: indonesianFamily() });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.registerFamily.family!.id).toEqual(expect.any(String));
  });

  it('refuses an HKID a living person holds in Hong Kong with CONFLICT', async () => {
    const first = hongKongFamily();
    await stack.query(demoUser('childpro-worker'), REGISTER, { input: first });
    const taken = (first.members as MemberInput[])[0].hkid!;
    const second = hongKongFamily();
    const members = second.members as MemberInput[];
    const error = onlyError(
      await stack.query(demoUser('childpro-worker'), REGISTER, {
        input: {
          ...second,
          members: [
            { ...members[0], hkid: taken.replace(/[()]/g, '') },
            { ...members[1], hkid: hkid() },
          ],
        },
      }),
    );
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'members[0].hkid', existingPersonId: expect.any(String) });
  });
});
