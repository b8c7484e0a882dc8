import { demoUser, Stack, startStack, TestClaims } from '../support/stack';
import { hongKongFamily, indonesianFamily, onlyError, REGISTER, registryCounts, VILLAGE } from './registry-fixtures';

/** One malformed identifier: where it goes, and the field and rule the refusal must name. */
interface Case {
  name: string;
  as: string;
  query: string;
  variables: (stack: Stack) => Record<string, unknown>;
  field: string;
  rule: string;
}

const UPDATE_PERSON = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id } } }`;
const ADD_MEMBER = `mutation($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { person { id } } }`;
const CHANGE_KK = `mutation($input: ChangeKkNumberInput!) { changeKkNumber(input: $input) { family { id } } }`;

/** A demo family of Kota Tangerang Selatan (the LK3 counsellor's jurisdiction) and its head. */
function tangselFamily(stack: Stack) {
  return stack.world.families.find((f) => f.regionCode?.startsWith('3674') && !f.addressProtected)!;
}
/** A Hong Kong family in the districts the demo ChildPRO worker's team serves. */
function hkFamily(stack: Stack) {
  const team = stack.world.agencies.find((a) => a.code === 'CHILDPRO-3')!;
  return stack.world.families.find((f) => f.jurisdiction === 'HK' && team.areaServed.includes(f.hkDistrict!))!;
}

const withNik = (value: string) => (): Record<string, unknown> => {
  const input = indonesianFamily();
  const members = input.members as Array<Record<string, unknown>>;
  return { input: { ...input, members: [members[0], { ...members[1], nik: value }] } };
};
const withKk = (value: string) => (): Record<string, unknown> => ({ input: indonesianFamily({ kkNumber: value }) });
const withHkid = (value: string) => (): Record<string, unknown> => {
  const input = hongKongFamily();
  const members = input.members as Array<Record<string, unknown>>;
  return { input: { ...input, members: [{ ...members[0], hkid: value }, members[1]] } };
};
const withRegion = (value: string) => (): Record<string, unknown> => ({ input: indonesianFamily({ address: { street: 'Jl. Melati 3', regionCode: value } }) });

const nikCase = (name: string, value: string, rule: string): Case => ({ name: `NIK ${name}`, as: 'lk3-counsellor', query: REGISTER, variables: withNik(value), field: 'members[1].nik', rule });
const kkCase = (name: string, value: string, rule: string): Case => ({ name: `No. KK ${name}`, as: 'lk3-counsellor', query: REGISTER, variables: withKk(value), field: 'kkNumber', rule });
const hkidCase = (name: string, value: string, rule: string): Case => ({ name: `HKID ${name}`, as: 'childpro-worker', query: REGISTER, variables: withHkid(value), field: 'members[0].hkid', rule });
const regionCase = (name: string, value: string, rule: string): Case => ({
  name: `region code ${name}`,
  as: 'lk3-counsellor',
  query: REGISTER,
  variables: withRegion(value),
  field: 'address.regionCode',
  rule,
});

const CASES: Case[] = [
  nikCase('of 15 digits', '367401120380001', 'NIK_LENGTH'),
  nikCase('of 17 digits', '36740112038000011', 'NIK_LENGTH'),
  nikCase('with a letter O for a zero', '3674O11203800001', 'NIK_DIGITS'),
  nikCase('with dots', '3674.0112.0380.0001', 'NIK_DIGITS'),
  nikCase('with an inner space', '3674 011203800001', 'NIK_DIGITS'),
  nikCase('in full-width digits', '３６７４０１１２０３８０００１', 'NIK_DIGITS'),
  nikCase('of province 00', '0074011203800001', 'NIK_PROVINCE'),
  nikCase('of province 39 (none)', '3974011203800001', 'NIK_PROVINCE'),
  nikCase('of regency 00', '3600011203800001', 'NIK_REGENCY'),
  nikCase('of day 00', '3674010003800001', 'NIK_DAY'),
  nikCase('of day 32', '3674013203800001', 'NIK_DAY'),
  nikCase('of day 40 (neither a man’s nor a woman’s)', '3674014003800001', 'NIK_DAY'),
  nikCase('of day 72 (a woman’s 32nd)', '3674017203800001', 'NIK_DAY'),
  nikCase('of month 00', '3674011200800001', 'NIK_MONTH'),
  nikCase('of month 13', '3674011213800001', 'NIK_MONTH'),
  nikCase('of 31 February', '3674013102800001', 'NIK_DATE'),
  nikCase('of 29 February in a common year', '3674012902810001', 'NIK_DATE'),
  nikCase('of a woman born 31 April', '3674017104800001', 'NIK_DATE'),
  nikCase('of serial 0000', '3674011203800000', 'NIK_SERIAL'),
  nikCase('left empty', '', 'NIK_REQUIRED'),
  kkCase('of 14 digits', '36740115052000', 'KK_LENGTH'),
  kkCase('with a letter', '367401150520000A', 'KK_DIGITS'),
  kkCase('of province 99', '9974011505200001', 'KK_PROVINCE'),
  kkCase('of regency 00', '3600011505200001', 'KK_REGENCY'),
  kkCase('of day 32', '3674013205200001', 'KK_DAY'),
  kkCase('of day 45 (a card has no +40)', '3674014505200001', 'KK_DAY'),
  kkCase('of month 13', '3674011513200001', 'KK_MONTH'),
  kkCase('of 31 June', '3674013106200001', 'KK_DATE'),
  kkCase('of serial 0000', '3674011505200000', 'KK_SERIAL'),
  hkidCase('with a wrong check digit', 'A123456(4)', 'HKID_CHECK_DIGIT'),
  hkidCase('with three letters', 'ABC123456(3)', 'HKID_PREFIX'),
  hkidCase('without letters', '123456(3)', 'HKID_PREFIX'),
  hkidCase('with five digits', 'A12345(6)', 'HKID_DIGITS'),
  hkidCase('with a dash', 'A123-456(3)', 'HKID_FORMAT'),
  hkidCase('with an unclosed bracket', 'A123456(3', 'HKID_BRACKETS'),
  hkidCase('with an empty check character', 'A123456()', 'HKID_CHECK_CHAR'),
  regionCase('of 9 digits', '367401100', 'REGION_FORMAT'),
  regionCase('of a district, not a village', '367401', 'REGION_FORMAT'),
  regionCase('with a letter', '36740110O1', 'REGION_FORMAT'),
  regionCase('of an unknown village', '3674019999', 'REGION_UNKNOWN'),
  {
    name: 'HK district not among the 18',
    as: 'childpro-worker',
    query: REGISTER,
    field: 'address.hkDistrict',
    rule: 'HK_DISTRICT_UNKNOWN',
    variables: () => ({ input: hongKongFamily({ address: { hkDistrict: 'Kowloon' } }) }),
  },
  {
    name: 'new No. KK of serial 0000 (changeKkNumber)',
    as: 'lk3-counsellor',
    query: CHANGE_KK,
    field: 'newKkNumber',
    rule: 'KK_SERIAL',
    variables: (stack) => ({ input: { familyId: tangselFamily(stack).id, expectedVersion: 1, newKkNumber: '3674011505200000', reason: 'moved' } }),
  },
  {
    name: 'corrected NIK of 31 February (updatePerson)',
    as: 'lk3-counsellor',
    query: UPDATE_PERSON,
    field: 'nik',
    rule: 'NIK_DATE',
    variables: (stack) => ({ input: { personId: tangselFamily(stack).members[0].id, expectedVersion: 1, nik: '3674013102800001' } }),
  },
  {
    name: 'corrected HKID with a wrong check digit (updatePerson)',
    as: 'childpro-worker',
    query: UPDATE_PERSON,
    field: 'hkid',
    rule: 'HKID_CHECK_DIGIT',
    variables: (stack) => ({ input: { personId: hkFamily(stack).members[0].id, expectedVersion: 1, hkid: 'A123456(4)' } }),
  },
  {
    name: 'new member’s NIK of regency 00 (addFamilyMember)',
    as: 'lk3-counsellor',
    query: ADD_MEMBER,
    field: 'member.nik',
    rule: 'NIK_REGENCY',
    variables: (stack) => ({
      input: {
        familyId: tangselFamily(stack).id,
        expectedVersion: 1,
        member: { nik: '3600011203800001', fullName: 'Rudi Hartanto', sex: 'MALE', birthDate: '1980-03-12', relationship: 'OTHER_RELATIVE' },
      },
    }),
  },
];

describe('identifiers are validated at the door', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  it('covers at least 30 malformed identifiers', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('refuses a %s with BAD_USER_INPUT naming the field and the rule, and writes nothing', async (_name, c) => {
    const before = await registryCounts(stack);
    const answer = await stack.query(demoUser(c.as) as TestClaims, c.query, c.variables(stack));
    const error = onlyError(answer);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: c.field, rule: c.rule });
    expect(error.message).toContain(c.field);
    expect(error.message).toContain(c.rule);
    expect(answer.data).toBeNull();
    expect(await registryCounts(stack)).toEqual(before);
  });

  it('lists every problem of one registration, and still writes nothing', async () => {
    const before = await registryCounts(stack);
    const input = indonesianFamily({ kkNumber: '3674011505200000', address: { regionCode: VILLAGE, rtRw: '2/5' } });
    const members = input.members as Array<Record<string, unknown>>;
    const answer = await stack.query(demoUser('lk3-counsellor'), REGISTER, { input: { ...input, members: [{ ...members[0], nik: '3674013102800001' }, members[1]] } });
    const error = onlyError(answer);
    expect((error.extensions.problems as Array<{ field: string; rule: string }>).map((p) => `${p.field}:${p.rule}`)).toEqual([
      'kkNumber:KK_SERIAL',
      'address.rtRw:RT_RW_FORMAT',
      'members[0].nik:NIK_DATE',
    ]);
    expect(await registryCounts(stack)).toEqual(before);
  });

  it('accepts the same registration once the identifiers are right', async () => {
    const before = await registryCounts(stack);
    const answer = await stack.query<{ registerFamily: { family: { id: string } } }>(demoUser('lk3-counsellor'), REGISTER, { input: indonesianFamily() });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.registerFamily.family.id).toEqual(expect.any(String));
    const after = await registryCounts(stack);
    expect(after).toMatchObject({ family: before.family + 1, family_card: before.family_card + 1, person: before.person + 2, membership: before.membership + 2 });
  });
});
