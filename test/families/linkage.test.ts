import { makeNik } from '../../subgraphs/families/src/identifiers';
import type { WorldFamily, WorldPerson } from '../../demo/world-types';
import { demoUser, Stack, startStack } from '../support/stack';
import { indonesianFamily, nextSerial, onlyError, REGISTER, registryCounts } from './registry-fixtures';

type Candidate = { score: number; nameSimilarity: number; reasons: string[]; memberIndex: number | null; member: { id: string } | null; person: { id: string; fullName: string } };
const DUPLICATES = `query($id: ID!) { possibleDuplicates(familyId: $id) { score nameSimilarity reasons memberIndex member { id } person { id fullName } } }`;
const PROTECT = `mutation($input: SetAddressProtectionInput!) { setAddressProtection(input: $input) { family { id version addressProtected } } }`;
type Registered = { registerFamily: { family: { id: string; version: number; members: Array<{ id: string; fullName: string }> } | null; duplicates: Candidate[] } };

/** Someone born on the same day with the same name, under a NIK of their own: a likely duplicate record. */
function twinOf(person: WorldPerson, relationship: string) {
  return { nik: makeNik('367402', person.birthDate, person.sex, nextSerial()), fullName: person.fullName, sex: person.sex, birthDate: person.birthDate, relationship };
}

describe('record linkage and the safety flag through the gateway', () => {
  let stack: Stack;
  let familyA: WorldFamily;
  let husband: WorldPerson;
  let wife: WorldPerson;

  beforeAll(async () => {
    stack = await startStack();
    familyA = stack.world.families.find((f) => f.regionCode?.startsWith('3674') && !f.addressProtected && f.members[0].sex === 'MALE' && f.members.some((m) => m.relationship === 3))!;
    husband = familyA.members[0];
    wife = familyA.members.find((m) => m.relationship === 3)!;
  });
  afterAll(() => stack.stop());

  async function duplicatesOf(familyId: string, as = 'lk3-counsellor'): Promise<Candidate[]> {
    const answer = await stack.query<{ possibleDuplicates: Candidate[] }>(demoUser(as), DUPLICATES, { id: familyId });
    expect(answer.errors).toBeUndefined();
    return answer.data!.possibleDuplicates;
  }

  it('never suggests a protected person to the family of the alleged perpetrator, and still to others', async () => {
    // The wife flees; a shelter registers her household again under a second record.
    const shelter = await stack.query<Registered>(demoUser('uptd-ppa-case-manager'), REGISTER, {
      input: indonesianFamily({ address: { regionCode: '3674021001' }, members: [twinOf(wife, 'HEAD')], proceedDespiteDuplicates: true }),
    });
    expect(shelter.errors).toBeUndefined();
    const familyB = shelter.data!.registerFamily.family!;
    const wifeAgain = familyB.members[0];
    const suggested = (await duplicatesOf(familyA.id)).find((c) => c.person.id === wifeAgain.id)!;
    expect(suggested).toMatchObject({ member: { id: wife.id }, memberIndex: null, nameSimilarity: 1 });
    expect(suggested.reasons).toEqual(expect.arrayContaining(['SAME_NAME', 'SAME_BIRTH_DATE']));
    expect(suggested.score).toBeGreaterThanOrEqual(0.8);

    const protectedAnswer = await stack.query<{ setAddressProtection: { family: { addressProtected: boolean } } }>(demoUser('uptd-ppa-case-manager'), PROTECT, {
      input: { familyId: familyB.id, expectedVersion: familyB.version, protected: true, allegedPerpetratorPersonIds: [husband.id] },
    });
    expect(protectedAnswer.errors).toBeUndefined();
    expect(protectedAnswer.data!.setAddressProtection.family.addressProtected).toBe(true);
    const links = await stack.subgraphs.families.subgraph.db.query<{ restricted_person_id: string | null; restricted_family_id: string | null }>(
      `SELECT restricted_person_id, restricted_family_id FROM person_safety_link WHERE protected_person_id = $1 ORDER BY restricted_person_id NULLS LAST`,
      [wifeAgain.id],
    );
    expect(links).toEqual([
      { restricted_person_id: husband.id, restricted_family_id: null },
      { restricted_person_id: null, restricted_family_id: familyA.id },
    ]);

    for (const as of ['lk3-counsellor', 'uptd-ppa-case-manager', 'tangsel-manager']) {
      expect((await duplicatesOf(familyA.id, as)).map((c) => c.person.id)).not.toContain(wifeAgain.id);
    }
    // The shelter's side may still link her to her old record.
    expect((await duplicatesOf(familyB.id, 'uptd-ppa-case-manager')).map((c) => c.person.id)).toContain(wife.id);

    // A new registration naming the alleged perpetrator (under another NIK) is not pointed at her either.
    const again = await stack.query<Registered>(demoUser('lk3-counsellor'), REGISTER, {
      input: indonesianFamily({ members: [twinOf(husband, 'HEAD'), { ...twinOf(wife, 'WIFE') }] }),
    });
    expect(again.data!.registerFamily.family).toBeNull();
    const ids = again.data!.registerFamily.duplicates.map((c) => c.person.id);
    expect(ids).toContain(husband.id);
    expect(ids).not.toContain(wifeAgain.id);
  });

  it('scores an identical NIK 1 whatever else differs, and holds the registration back until told to proceed', async () => {
    const family = stack.world.families.find((f) => f.regionCode?.startsWith('3674') && f !== familyA && !f.addressProtected)!;
    const person = family.members[0];
    const died = await stack.query(demoUser('lk3-counsellor'), `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { deceasedOn } } }`, {
      input: { personId: person.id, expectedVersion: 1, deceasedOn: '2025-12-01' },
    });
    expect(died.errors).toBeUndefined();
    const reuse = { nik: person.nik, fullName: 'Completely Different Name', sex: person.sex, birthDate: '1999-09-09', relationship: 'HEAD' };
    const input = indonesianFamily({ members: [reuse] });
    const before = await registryCounts(stack);
    const held = await stack.query<Registered>(demoUser('lk3-counsellor'), REGISTER, { input });
    expect(held.data!.registerFamily.family).toBeNull();
    expect(held.data!.registerFamily.duplicates[0]).toMatchObject({ score: 1, memberIndex: 0, person: { id: person.id } });
    expect(held.data!.registerFamily.duplicates[0].reasons).toContain('SAME_NIK');
    expect(await registryCounts(stack)).toEqual(before);
    const proceeded = await stack.query<Registered>(demoUser('lk3-counsellor'), REGISTER, { input: { ...input, proceedDespiteDuplicates: true } });
    expect(proceeded.errors).toBeUndefined();
    expect(proceeded.data!.registerFamily.family).not.toBeNull();
  });

  it('does not report namesakes of a common name born on other days as strong', async () => {
    const candidates = await duplicatesOf(stack.world.families.find((f) => f.regionCode?.startsWith('3509'))!.id, 'dukcapil-jember-officer');
    const namesakes = candidates.filter((x) => !x.reasons.includes('SAME_BIRTH_DATE') && !x.reasons.includes('SAME_NIK'));
    // Without namesakes in the answer the loops below would check nothing.
    expect(namesakes.length).toBeGreaterThan(0);
    for (const c of namesakes) expect(c.score).toBeLessThan(0.8);
    for (const c of candidates) expect(c.score).toBeGreaterThanOrEqual(0.5);
  });

  it('refuses bad protection input and answers NOT_FOUND for a family the caller may not see', async () => {
    const registered = await stack.query<Registered>(demoUser('lk3-counsellor'), REGISTER, { input: indonesianFamily() });
    const family = registered.data!.registerFamily.family!;
    const [head, spouse] = family.members;
    const both = onlyError(
      await stack.query(demoUser('lk3-counsellor'), PROTECT, {
        input: { familyId: family.id, expectedVersion: family.version, protected: true, protectedPersonIds: [spouse.id], allegedPerpetratorPersonIds: [spouse.id] },
      }),
    );
    expect(both.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'allegedPerpetratorPersonIds[0]', rule: 'PERPETRATOR_PROTECTED' });
    const unknown = onlyError(
      await stack.query(demoUser('lk3-counsellor'), PROTECT, {
        input: { familyId: family.id, expectedVersion: family.version, protected: true, allegedPerpetratorPersonIds: ['00000000-0000-4000-8000-000000000000'] },
      }),
    );
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'allegedPerpetratorPersonIds[0]', rule: 'PERSON_UNKNOWN' });
    const outsider = onlyError(
      await stack.query(demoUser('lk3-counsellor'), PROTECT, { input: { familyId: family.id, expectedVersion: family.version, protected: true, protectedPersonIds: [husband.id] } }),
    );
    expect(outsider.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'protectedPersonIds[0]', rule: 'NOT_A_MEMBER' });
    const lifted = onlyError(
      await stack.query(demoUser('lk3-counsellor'), PROTECT, { input: { familyId: family.id, expectedVersion: family.version, protected: false, allegedPerpetratorPersonIds: [head.id] } }),
    );
    expect(lifted.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'PERPETRATORS_WITHOUT_PROTECTION' });
    const foreign = onlyError(await stack.query(demoUser('childpro-worker'), DUPLICATES, { id: family.id }));
    expect(foreign.extensions.code).toBe('NOT_FOUND');
    expect((await stack.query(demoUser('auditor'), DUPLICATES, { id: family.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
