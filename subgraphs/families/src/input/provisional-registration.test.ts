import { GraphQLError } from 'graphql';
import type { FamilyMemberInput, RegisterFamilyInput } from '../generated/graphql';
import { makeHkid, makeKk, makeNik } from '../identifiers';
import { checkRegistration } from './registration-input';

const clock = { today: '2026-03-10', now: new Date('2026-03-10T05:00:00Z') };
/** Desa Kepanjen, Kecamatan Gumukmas, Kabupaten Jember: a village with a Puskesos desk. */
const KEPANJEN = '3509042001';
const mother: FamilyMemberInput = { documentStatus: 'NO_NIK', fullName: 'Siti Aminah', sex: 'FEMALE', birthDate: '1990-01-01', birthDateApproximate: true, relationship: 'HEAD' };
const child: FamilyMemberInput = { documentStatus: 'NO_NIK', fullName: 'Bayu', birthDate: '2015-07-01', birthDateApproximate: true, relationship: 'CHILD' };
const provisional = (over: Partial<RegisterFamilyInput> = {}): RegisterFamilyInput => ({
  documentStatus: 'NO_KK',
  address: { regionCode: KEPANJEN },
  members: [mother, child],
  ...over,
});

function problems(input: RegisterFamilyInput, jurisdiction: 'ID' | 'HK' = 'ID'): Array<{ field: string; rule: string }> {
  try {
    checkRegistration(input, jurisdiction, clock);
  } catch (err) {
    const ext = (err as GraphQLError).extensions as { field: string; rule: string; problems?: Array<{ field: string; rule: string }> };
    return (ext.problems ?? [ext]).map(({ field, rule }) => ({ field, rule }));
  }
  return [];
}

describe('checkRegistration of a household without documents', () => {
  it('accepts a family with no No. KK and persons with no NIK when the input says so', () => {
    const valid = checkRegistration(provisional(), 'ID', clock);
    expect(valid).toMatchObject({ kkNumber: null, kkIssuedOn: null, kkAppliedOn: null, address: { regionCode: KEPANJEN } });
    expect(valid.members.map((m) => [m.nik, m.documentStatus, m.sex, m.birthDate, m.birthDateApproximate, m.nikAppliedOn])).toEqual([
      [null, 'NO_NIK', 'FEMALE', '1990-01-01', true, null],
      [null, 'NO_NIK', null, '2015-07-01', true, null],
    ]);
  });

  it('dates the applications of a family and person registered as pending at Dispendukcapil today', () => {
    const valid = checkRegistration(provisional({ documentStatus: 'PENDING_AT_DUKCAPIL', members: [{ ...mother, documentStatus: 'PENDING_AT_DUKCAPIL' }] }), 'ID', clock);
    expect(valid.kkAppliedOn).toBe(clock.today);
    expect(valid.members[0]).toMatchObject({ documentStatus: 'PENDING_AT_DUKCAPIL', nikAppliedOn: clock.today });
  });

  it('accepts a member with a NIK in a household without a card, and a provisional member on a card', () => {
    const withNik = { nik: makeNik('350904', '1988-02-03', 'MALE', 7), fullName: 'Slamet Riyadi', sex: 'MALE' as const, birthDate: '1988-02-03', relationship: 'HUSBAND' as const };
    expect(problems(provisional({ members: [mother, withNik] }))).toEqual([]);
    expect(problems(provisional({ documentStatus: 'ISSUED', kkNumber: makeKk('350904', '2019-05-20', 3), members: [{ ...withNik, relationship: 'HEAD' }, child] }))).toEqual([]);
  });

  it('still requires the No. KK and the NIK when the input does not say they are missing', () => {
    expect(problems(provisional({ documentStatus: null }))).toEqual([{ field: 'kkNumber', rule: 'KK_REQUIRED' }]);
    expect(problems(provisional({ documentStatus: 'ISSUED' }))).toEqual([{ field: 'kkNumber', rule: 'KK_REQUIRED' }]);
    const { documentStatus: _status, birthDateApproximate: _approx, ...plain } = mother;
    expect(problems(provisional({ members: [plain] }))).toEqual([{ field: 'members[0].nik', rule: 'NIK_REQUIRED' }]);
  });

  it('refuses numbers given beside a status that says there are none', () => {
    const nik = makeNik('350904', '1990-01-01', 'FEMALE', 9);
    expect(problems(provisional({ kkNumber: makeKk('350904', '2019-05-20', 4), members: [{ ...mother, nik, birthDateApproximate: false }] }))).toEqual([
      { field: 'kkNumber', rule: 'KK_WITH_DOCUMENT_STATUS' },
      { field: 'members[0].nik', rule: 'NIK_WITH_DOCUMENT_STATUS' },
    ]);
  });

  it('needs a birth date for a person without a NIK, and the sex of everyone else', () => {
    expect(problems(provisional({ members: [{ ...mother, birthDate: null, birthDateApproximate: false }] }))).toEqual([{ field: 'members[0].birthDate', rule: 'BIRTH_DATE_REQUIRED' }]);
    const nik = makeNik('350904', '1990-01-01', 'FEMALE', 9);
    expect(problems(provisional({ members: [{ nik, fullName: 'Siti Aminah', birthDate: '1990-01-01', relationship: 'HEAD' }] }))).toEqual([{ field: 'members[0].sex', rule: 'SEX_REQUIRED' }]);
  });

  it('keeps an approximate birth date for persons without an identity number', () => {
    const nik = makeNik('350904', '1990-01-01', 'FEMALE', 9);
    expect(problems(provisional({ members: [{ nik, fullName: 'Siti Aminah', sex: 'FEMALE', birthDate: '1990-01-01', birthDateApproximate: true, relationship: 'HEAD' }] }))).toEqual([
      { field: 'members[0].birthDateApproximate', rule: 'BIRTH_DATE_APPROXIMATE_WITH_ID' },
    ]);
  });

  it('leaves Hong Kong as it was: no document status, sex required', () => {
    const hk: RegisterFamilyInput = {
      documentStatus: 'NO_KK',
      address: { hkDistrict: 'Sham Shui Po' },
      members: [{ documentStatus: 'NO_NIK', hkid: makeHkid('W', '123456'), fullName: 'Chan Tai Man', birthDate: '1980-01-01', relationship: 'HEAD' }],
    };
    expect(problems(hk, 'HK')).toEqual([
      { field: 'documentStatus', rule: 'DOCUMENT_STATUS_JURISDICTION' },
      { field: 'members[0].documentStatus', rule: 'DOCUMENT_STATUS_JURISDICTION' },
      { field: 'members[0].sex', rule: 'SEX_REQUIRED' },
    ]);
    const valid = checkRegistration({ ...hk, documentStatus: null, members: [{ ...hk.members[0], documentStatus: null, sex: 'MALE' }] }, 'HK', clock);
    expect(valid.members[0]).toMatchObject({ documentStatus: null, nikAppliedOn: null, birthDateApproximate: false });
  });
});
