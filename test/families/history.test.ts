import { demoUser, Stack, startStack } from '../support/stack';
import { indonesianFamily, kk, MemberInput, nik, onlyError, REGISTER, registryCounts } from './registry-fixtures';
import { clock } from '../../subgraphs/kit';

type Family = { id: string; kkNumber: string; version: number; members: Array<{ id: string; fullName: string; version: number; relationship: string }> };

const CHANGE_KK = `mutation($input: ChangeKkNumberInput!) {
  changeKkNumber(input: $input) { family { id kkNumber version kkNumberHistory { kkNumber validFrom validTo reason } } }
}`;
const BY_KK = `query($kk: String!) {
  familyByKk(kkNumber: $kk) { id kkNumber }
  kkNumberStatus(kkNumber: $kk) { kkNumber state currentKkNumber validFrom validTo reason family { id } }
}`;
const MOVE = `mutation($input: MoveFamilyMemberInput!) {
  moveFamilyMember(input: $input) {
    person { id version relationship family { id } memberships { relationship relationshipCode validFrom validTo family { id } } }
    fromFamily { id version members { id } }
    toFamily { id version members { id relationship } }
  }
}`;
const ADD = `mutation($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { person { id relationship memberships { validFrom } } family { id version members { id } } } }`;
const UPDATE_PERSON = `mutation($input: UpdatePersonInput!) {
  updatePerson(input: $input) { person { id version birthDate fullName dataQualityWarnings relationship memberships { relationship validFrom validTo } } }
}`;
const UPDATE_ADDRESS = `mutation($input: UpdateFamilyAddressInput!) { updateFamilyAddress(input: $input) { family { id version address { village district regionCode street } } } }`;
const PROTECT = `mutation($input: SetAddressProtectionInput!) { setAddressProtection(input: $input) { family { id version addressProtected } } }`;

describe('family history through the gateway', () => {
  let stack: Stack;
  const today = () => clock.today('Asia/Jakarta');

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  async function register(as = 'lk3-counsellor', over: Record<string, unknown> = {}): Promise<Family> {
    const answer = await stack.query<{ registerFamily: { family: Family } }>(demoUser(as), REGISTER, { input: indonesianFamily(over) });
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data!.registerFamily.family;
  }

  it('changes the No. KK and finds the same family by the old and the new number', async () => {
    const family = await register();
    const newNumber = kk('2025-02-03');
    const changed = await stack.query<{ changeKkNumber: { family: { id: string; kkNumber: string; version: number; kkNumberHistory: unknown[] } } }>(demoUser('lk3-counsellor'), CHANGE_KK, {
      input: { familyId: family.id, expectedVersion: family.version, newKkNumber: newNumber, reason: 'moved to Kelurahan Lengkong Gudang', validFrom: '2025-02-03' },
    });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.changeKkNumber.family).toEqual({
      id: family.id,
      kkNumber: newNumber,
      version: family.version + 1,
      kkNumberHistory: [
        { kkNumber: newNumber, validFrom: '2025-02-03', validTo: null, reason: null },
        { kkNumber: family.kkNumber, validFrom: '2021-06-14', validTo: '2025-02-03', reason: 'moved to Kelurahan Lengkong Gudang' },
      ],
    });
    // The agency of the family's area, and a civil registry officer elsewhere (identity fields across the jurisdiction).
    for (const as of ['lk3-counsellor', 'dukcapil-jember-officer']) {
      const byOld = await stack.query<{ familyByKk: { id: string; kkNumber: string }; kkNumberStatus: Record<string, unknown> }>(demoUser(as), BY_KK, { kk: family.kkNumber });
      expect(byOld.data!.familyByKk).toEqual({ id: family.id, kkNumber: newNumber });
      expect(byOld.data!.kkNumberStatus).toEqual({
        kkNumber: family.kkNumber,
        state: 'SUPERSEDED',
        currentKkNumber: newNumber,
        validFrom: '2021-06-14',
        validTo: '2025-02-03',
        reason: 'moved to Kelurahan Lengkong Gudang',
        family: { id: family.id },
      });
      const byNew = await stack.query<{ familyByKk: { id: string }; kkNumberStatus: Record<string, unknown> }>(demoUser(as), BY_KK, { kk: newNumber });
      expect(byNew.data!.familyByKk.id).toBe(family.id);
      expect(byNew.data!.kkNumberStatus).toMatchObject({ state: 'CURRENT', currentKkNumber: newNumber, validTo: null });
    }
  });

  it('answers null for a number no family held', async () => {
    const answer = await stack.query<{ familyByKk: null; kkNumberStatus: null }>(demoUser('lk3-counsellor'), BY_KK, { kk: kk() });
    expect(answer.data).toEqual({ familyByKk: null, kkNumberStatus: null });
  });

  it('refuses a stale version, a number another family held, the same number and a date before the current card', async () => {
    const family = await register();
    const other = stack.world.families.find((f) => f.kkNumber)!;
    const before = await registryCounts(stack);
    const stale = onlyError(await stack.query(demoUser('lk3-counsellor'), CHANGE_KK, { input: { familyId: family.id, expectedVersion: family.version + 5, newKkNumber: kk(), reason: 'split' } }));
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: family.version });
    const taken = onlyError(
      await stack.query(demoUser('lk3-counsellor'), CHANGE_KK, { input: { familyId: family.id, expectedVersion: family.version, newKkNumber: other.kkNumber, reason: 'split' } }),
    );
    expect(taken.extensions).toMatchObject({ code: 'CONFLICT', field: 'newKkNumber', existingFamilyId: other.id });
    const same = onlyError(
      await stack.query(demoUser('lk3-counsellor'), CHANGE_KK, { input: { familyId: family.id, expectedVersion: family.version, newKkNumber: family.kkNumber, reason: 'split' } }),
    );
    expect(same.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newKkNumber', rule: 'KK_UNCHANGED' });
    const early = onlyError(
      await stack.query(demoUser('lk3-counsellor'), CHANGE_KK, { input: { familyId: family.id, expectedVersion: family.version, newKkNumber: kk(), reason: 'split', validFrom: '2020-01-01' } }),
    );
    expect(early.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validFrom', rule: 'VALID_FROM_ORDER' });
    expect(await registryCounts(stack)).toEqual(before);
  });

  it('lets one of two simultaneous changes of the same version win', async () => {
    const family = await register();
    const answers = await Promise.all(
      [0, 1].map(() => stack.query(demoUser('lk3-counsellor'), CHANGE_KK, { input: { familyId: family.id, expectedVersion: family.version, newKkNumber: kk(), reason: 'head deceased' } })),
    );
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    expect(onlyError(answers.find((a) => a.errors)!).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: family.version + 1 });
  });

  it('moves a member to another family card: the old membership closes, the new one opens, both dated', async () => {
    const from = await register();
    const to = await register();
    const wife = from.members.find((m) => m.relationship === 'WIFE')!;
    const movedOn = today();
    const answer = await stack.query<{
      moveFamilyMember: { person: { id: string; version: number; relationship: string; family: { id: string }; memberships: unknown[] }; fromFamily: Family; toFamily: Family };
    }>(demoUser('lk3-counsellor'), MOVE, { input: { personId: wife.id, expectedVersion: wife.version, toFamilyId: to.id, relationship: 'OTHER_RELATIVE' } });
    expect(answer.errors).toBeUndefined();
    const moved = answer.data!.moveFamilyMember;
    expect(moved.person).toMatchObject({ id: wife.id, version: wife.version + 1, relationship: 'OTHER_RELATIVE', family: { id: to.id } });
    expect(moved.person.memberships).toEqual([
      { relationship: 'OTHER_RELATIVE', relationshipCode: 9, validFrom: movedOn, validTo: null, family: { id: to.id } },
      { relationship: 'WIFE', relationshipCode: 3, validFrom: expect.any(String), validTo: movedOn, family: { id: from.id } },
    ]);
    expect(moved.fromFamily.members.map((m) => m.id)).not.toContain(wife.id);
    expect(moved.toFamily.members.map((m) => m.id)).toContain(wife.id);
    expect(moved.fromFamily.version).toBe(from.version + 1);
    expect(moved.toFamily.version).toBe(to.version + 1);
  });

  it('refuses a second head on a card with CONFLICT naming the head, and a stale version', async () => {
    const from = await register();
    const to = await register();
    const wife = from.members.find((m) => m.relationship === 'WIFE')!;
    const before = await registryCounts(stack);
    const head = onlyError(await stack.query(demoUser('lk3-counsellor'), MOVE, { input: { personId: wife.id, expectedVersion: wife.version, toFamilyId: to.id, relationship: 'HEAD' } }));
    expect(head.extensions).toMatchObject({ code: 'CONFLICT', existingPersonId: to.members[0].id, existingFamilyId: to.id });
    const stale = onlyError(await stack.query(demoUser('lk3-counsellor'), MOVE, { input: { personId: wife.id, expectedVersion: wife.version + 1, toFamilyId: to.id, relationship: 'WIFE' } }));
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: wife.version });
    const same = onlyError(await stack.query(demoUser('lk3-counsellor'), MOVE, { input: { personId: wife.id, expectedVersion: wife.version, toFamilyId: from.id, relationship: 'WIFE' } }));
    expect(same.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toFamilyId', rule: 'SAME_FAMILY' });
    expect(await registryCounts(stack)).toEqual(before);
  });

  it('adds a member, bumping the family version, and refuses a stale version or a held NIK', async () => {
    const family = await register();
    const child = { nik: nik('2019-04-21', 'FEMALE'), fullName: 'Keisha Aurelia', sex: 'FEMALE', birthDate: '2019-04-21', relationship: 'CHILD' };
    const added = await stack.query<{ addFamilyMember: { person: { id: string; relationship: string; memberships: Array<{ validFrom: string }> }; family: Family } }>(demoUser('lk3-counsellor'), ADD, {
      input: { familyId: family.id, expectedVersion: family.version, member: child, validFrom: '2019-05-01' },
    });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addFamilyMember.person).toMatchObject({ relationship: 'CHILD', memberships: [{ validFrom: '2019-05-01' }] });
    expect(added.data!.addFamilyMember.family).toMatchObject({ version: family.version + 1 });
    expect(added.data!.addFamilyMember.family.members).toHaveLength(3);
    const stale = onlyError(
      await stack.query(demoUser('lk3-counsellor'), ADD, { input: { familyId: family.id, expectedVersion: family.version, member: { ...child, nik: nik('2019-04-21', 'FEMALE') } } }),
    );
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: family.version + 1 });
    const held = onlyError(await stack.query(demoUser('lk3-counsellor'), ADD, { input: { familyId: family.id, expectedVersion: family.version + 1, member: child } }));
    expect(held.extensions).toMatchObject({ code: 'CONFLICT', field: 'member.nik', existingPersonId: added.data!.addFamilyMember.person.id, existingFamilyId: family.id });
  });

  it('corrects a birth date, flagging the NIK that now disagrees, and keeps the relationship history', async () => {
    const family = await register();
    const head = family.members[0];
    const corrected = await stack.query<{ updatePerson: { person: { version: number; birthDate: string; dataQualityWarnings: string[] } } }>(demoUser('lk3-counsellor'), UPDATE_PERSON, {
      input: { personId: head.id, expectedVersion: head.version, birthDate: '1958-12-31' },
    });
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.updatePerson.person).toMatchObject({ version: head.version + 1, birthDate: '1958-12-31', dataQualityWarnings: ['NIK_BIRTH_DATE_MISMATCH'] });
    const wife = family.members[1];
    const relation = await stack.query<{ updatePerson: { person: { relationship: string; memberships: Array<{ relationship: string; validTo: string | null }> } } }>(
      demoUser('lk3-counsellor'),
      UPDATE_PERSON,
      { input: { personId: wife.id, expectedVersion: wife.version, relationship: 'OTHER' } },
    );
    expect(relation.data!.updatePerson.person.relationship).toBe('OTHER');
    expect(relation.data!.updatePerson.person.memberships.map((m) => [m.relationship, m.validTo])).toEqual([
      ['OTHER', null],
      ['WIFE', today()],
    ]);
    const stale = onlyError(await stack.query(demoUser('lk3-counsellor'), UPDATE_PERSON, { input: { personId: head.id, expectedVersion: head.version, fullName: 'Someone Else' } }));
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: head.version + 1 });
  });

  it('changes an address, and keeps other agencies from changing or reading a protected one', async () => {
    const family = await register();
    const moved = await stack.query<{ updateFamilyAddress: { family: { version: number; address: Record<string, string> } } }>(demoUser('lk3-counsellor'), UPDATE_ADDRESS, {
      input: { familyId: family.id, expectedVersion: family.version, address: { street: 'Gg. Mawar 7', regionCode: '3674011004' } },
    });
    expect(moved.data!.updateFamilyAddress.family).toEqual({
      id: family.id,
      version: family.version + 1,
      address: { village: 'Lengkong Gudang', district: 'Serpong', regionCode: '3674011004', street: 'Gg. Mawar 7' },
    });
    const protectedBy = await stack.query<{ setAddressProtection: { family: { version: number; addressProtected: boolean } } }>(demoUser('uptd-ppa-case-manager'), PROTECT, {
      input: { familyId: family.id, expectedVersion: family.version + 1, protected: true },
    });
    expect(protectedBy.data!.setAddressProtection.family).toEqual({ id: family.id, version: family.version + 2, addressProtected: true });
    const read = await stack.query<{ family: { address: null } }>(demoUser('lk3-counsellor'), `query($id: ID!) { family(id: $id) { id address { street } } }`, { id: family.id });
    expect(read.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const own = await stack.query<{ family: { address: { street: string } } }>(demoUser('uptd-ppa-case-manager'), `query($id: ID!) { family(id: $id) { address { street } } }`, { id: family.id });
    expect(own.data!.family.address.street).toBe('Gg. Mawar 7');
    const change = onlyError(
      await stack.query(demoUser('lk3-counsellor'), UPDATE_ADDRESS, { input: { familyId: family.id, expectedVersion: family.version + 2, address: { regionCode: '3674011001' } } }),
    );
    expect(change.extensions.code).toBe('FORBIDDEN');
    const lift = onlyError(await stack.query(demoUser('lk3-counsellor'), PROTECT, { input: { familyId: family.id, expectedVersion: family.version + 2, protected: false } }));
    expect(lift.extensions.code).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for a family that does not exist or is in another jurisdiction, FORBIDDEN to a read-only manager', async () => {
    const family = await register();
    const missing = onlyError(
      await stack.query(demoUser('lk3-counsellor'), CHANGE_KK, { input: { familyId: '00000000-0000-4000-8000-000000000000', expectedVersion: 1, newKkNumber: kk(), reason: 'x' } }),
    );
    expect(missing.extensions.code).toBe('NOT_FOUND');
    const foreign = onlyError(await stack.query(demoUser('childpro-worker'), CHANGE_KK, { input: { familyId: family.id, expectedVersion: 1, newKkNumber: kk(), reason: 'x' } }));
    expect(foreign.extensions.code).toBe('NOT_FOUND');
    expect(foreign.message).toContain('not found or no access');
    const manager = onlyError(await stack.query(demoUser('tangsel-manager'), CHANGE_KK, { input: { familyId: family.id, expectedVersion: 1, newKkNumber: kk(), reason: 'x' } }));
    expect(manager.extensions.code).toBe('FORBIDDEN');
  });

  it('keeps a member born after the card from joining it before birth', async () => {
    const base = indonesianFamily();
    const members = base.members as MemberInput[];
    const baby = { nik: nik('2023-01-09', 'MALE'), fullName: 'Rafael Adiputra', sex: 'MALE', birthDate: '2023-01-09', relationship: 'CHILD' };
    const family = await register('lk3-counsellor', { members: [...members, baby] });
    const answer = await stack.query<{ family: { members: Array<{ fullName: string; memberships: Array<{ validFrom: string }> }> } }>(
      demoUser('lk3-counsellor'),
      `query($id: ID!) { family(id: $id) { members { fullName memberships { validFrom } } } }`,
      { id: family.id },
    );
    expect(answer.data!.family.members.find((m) => m.fullName === 'Rafael Adiputra')!.memberships).toEqual([{ validFrom: '2023-01-09' }]);
  });
});
