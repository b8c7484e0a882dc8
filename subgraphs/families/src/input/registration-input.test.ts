import { GraphQLError } from 'graphql';
import type { FamilyMemberInput, RegisterFamilyInput } from '../generated/graphql';
import { makeHkid, makeKk, makeNik } from '../identifiers';
import { checkRegistration } from './registration-input';

const clock = { today: '2026-03-10', now: new Date('2026-03-10T05:00:00Z') };
const VILLAGE = '3273011001';
const head: FamilyMemberInput = { nik: makeNik('327301', '1980-04-12', 'MALE', 1), fullName: 'Asep Saepudin', sex: 'MALE', birthDate: '1980-04-12', relationship: 'HEAD' };
const wife: FamilyMemberInput = { nik: makeNik('327301', '1983-09-02', 'FEMALE', 1), fullName: 'Euis Kurniasih', sex: 'FEMALE', birthDate: '1983-09-02', relationship: 'WIFE' };
const indonesian = (over: Partial<RegisterFamilyInput> = {}): RegisterFamilyInput => ({
  kkNumber: makeKk('327301', '2019-05-20', 12),
  address: { street: 'Jl. Sukasari No. 4', rtRw: '003/007', regionCode: VILLAGE },
  members: [head, wife],
  ...over,
});

function refusal(input: RegisterFamilyInput, jurisdiction: 'ID' | 'HK' = 'ID'): GraphQLError {
  try {
    checkRegistration(input, jurisdiction, clock);
  } catch (err) {
    return err as GraphQLError;
  }
  throw new Error('the registration was accepted');
}

describe('checkRegistration', () => {
  it('accepts an Indonesian family and reads the card’s issue date from the No. KK', () => {
    const valid = checkRegistration(indonesian(), 'ID', clock);
    expect(valid.kkIssuedOn).toBe('2019-05-20');
    expect(valid.address).toEqual({ street: 'Jl. Sukasari No. 4', rtRw: '003/007', regionCode: VILLAGE, hkDistrict: null });
    expect(valid.members.map((m) => m.relationship)).toEqual([1, 3]);
    expect(valid.members[0].warnings).toEqual([]);
  });

  it('accepts the dotted region notation and collapses spaces in names', () => {
    const valid = checkRegistration(indonesian({ address: { regionCode: '32.73.01.1001' }, members: [{ ...head, fullName: '  Asep   Saepudin ' }] }), 'ID', clock);
    expect(valid.address.regionCode).toBe(VILLAGE);
    expect(valid.members[0].fullName).toBe('Asep Saepudin');
  });

  it('accepts a NIK whose date and sex disagree with the record, and flags it', () => {
    const valid = checkRegistration(indonesian({ members: [{ ...head, birthDate: '1980-04-13', sex: 'FEMALE' }] }), 'ID', clock);
    expect(valid.members[0].warnings).toEqual(['NIK_BIRTH_DATE_MISMATCH', 'NIK_SEX_MISMATCH']);
  });

  it('names the member’s field and the rule of a malformed NIK', () => {
    const error = refusal(indonesian({ members: [head, { ...wife, nik: '3273017102830001' }] }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'members[1].nik', rule: 'NIK_DATE' });
    expect(error.message).toMatch(/^members\[1\]\.nik .*\(rule NIK_DATE\)$/);
  });

  it('requires a No. KK and NIKs in Indonesia and refuses HKIDs there', () => {
    const error = refusal(indonesian({ kkNumber: null, members: [{ ...head, nik: null, hkid: makeHkid('A', '123456') }] }));
    expect((error.extensions.problems as Array<{ rule: string }>).map((p) => p.rule)).toEqual(['KK_REQUIRED', 'NIK_REQUIRED', 'HKID_JURISDICTION']);
  });

  it('refuses an unknown village, a district code and a bad RT/RW', () => {
    expect(refusal(indonesian({ address: { regionCode: '3273019999' } })).extensions.rule).toBe('REGION_UNKNOWN');
    expect(refusal(indonesian({ address: { regionCode: '327301' } })).extensions.rule).toBe('REGION_FORMAT');
    expect(refusal(indonesian({ address: { regionCode: VILLAGE, rtRw: '3/7' } })).extensions.rule).toBe('RT_RW_FORMAT');
    expect(refusal(indonesian({ address: { regionCode: VILLAGE, rtRw: '000/007' } })).extensions.rule).toBe('RT_RW_FORMAT');
  });

  it('wants exactly one head and no NIK twice', () => {
    expect(refusal(indonesian({ members: [wife] })).extensions).toMatchObject({ field: 'members', rule: 'HEAD_COUNT' });
    expect(refusal(indonesian({ members: [head, { ...wife, nik: head.nik }] })).extensions).toMatchObject({ field: 'members[1].nik', rule: 'NIK_REPEATED' });
    expect(refusal(indonesian({ members: [] })).extensions.rule).toBe('MEMBERS_COUNT');
  });

  it('refuses a birth date in the future and a name with digits', () => {
    expect(refusal(indonesian({ members: [{ ...head, birthDate: '2026-03-11' }] })).extensions).toMatchObject({ field: 'members[0].birthDate', rule: 'DATE_FUTURE' });
    expect(refusal(indonesian({ members: [{ ...head, fullName: 'Asep 2' }] })).extensions).toMatchObject({ field: 'members[0].fullName', rule: 'NAME_CHARACTERS' });
  });

  it('accepts a Hong Kong family with HKIDs or none, and refuses Indonesian fields there', () => {
    const hk: RegisterFamilyInput = {
      caseReference: 'SWD/FCW/2026/00017',
      address: { street: 'Lei Cheng Uk Estate', hkDistrict: 'Sham Shui Po' },
      members: [
        { hkid: 'a1234563', fullName: 'Chan Tai Man', sex: 'MALE', birthDate: '1979-01-01', relationship: 'HEAD' },
        { fullName: 'Chan Siu Ming', sex: 'MALE', relationship: 'CHILD' },
      ],
    };
    const valid = checkRegistration(hk, 'HK', clock);
    expect(valid.members.map((m) => m.hkid)).toEqual([makeHkid('A', '123456'), null]);
    const error = refusal({ ...hk, kkNumber: indonesian().kkNumber, address: { regionCode: VILLAGE, hkDistrict: 'Kowloon' } }, 'HK');
    expect((error.extensions.problems as Array<{ rule: string }>).map((p) => p.rule)).toEqual(['KK_JURISDICTION', 'REGION_JURISDICTION', 'HK_DISTRICT_UNKNOWN']);
    expect(refusal({ ...hk, members: [{ ...hk.members[0], hkid: 'A123456(4)' }] }, 'HK').extensions).toMatchObject({ field: 'members[0].hkid', rule: 'HKID_CHECK_DIGIT' });
  });
});
