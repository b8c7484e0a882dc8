import { GraphQLError } from 'graphql';
import type { RecordIssuedDocumentsInput } from '../generated/graphql';
import { makeKk, makeNik } from '../identifiers';
import type { PersonRow } from '../person/person.repository';
import { nikBirthDateNear, familyDocumentStatus, personDocumentStatus } from './document-status';
import { checkDocumentApplication, checkIssuedDocuments } from './issued-documents-input';

const clock = { today: '2026-03-10', now: new Date('2026-03-10T05:00:00Z') };
const FAMILY_ID = '00000000-0000-4000-8000-000000000001';
const person = (id: string, over: Partial<PersonRow> = {}): PersonRow => ({
  id,
  nik: null,
  hkid: null,
  fullName: 'Siti Aminah',
  sex: 'FEMALE',
  birthDate: '1990-01-01',
  birthDateApproximate: true,
  nikAppliedOn: null,
  deceasedOn: null,
  version: 1,
  familyId: FAMILY_ID,
  relationship: 1,
  jurisdiction: 'ID',
  ...over,
});
const MOTHER = '00000000-0000-4000-8000-0000000000a1';
const CHILD = '00000000-0000-4000-8000-0000000000a2';
const members = [person(MOTHER), person(CHILD, { fullName: 'Bayu', sex: null, birthDate: '2015-07-01', relationship: 4 })];
const provisional = { jurisdiction: 'ID' as const, kkNumber: null };
const input = (over: Partial<RecordIssuedDocumentsInput> = {}): RecordIssuedDocumentsInput => ({
  familyId: FAMILY_ID,
  expectedVersion: 1,
  kkNumber: makeKk('350904', '2026-03-02', 41),
  members: [{ personId: MOTHER, nik: makeNik('350904', '1989-06-14', 'FEMALE', 5) }],
  ...over,
});

function problems(run: () => unknown): Array<{ field: string; rule: string }> {
  try {
    run();
  } catch (err) {
    const ext = (err as GraphQLError).extensions as { field: string; rule: string; problems?: Array<{ field: string; rule: string }> };
    return (ext.problems ?? [ext]).map(({ field, rule }) => ({ field, rule }));
  }
  return [];
}

describe('checkIssuedDocuments', () => {
  it('takes the card dated as its number says, and the NIK’s birth date in place of an estimate', () => {
    const issued = checkIssuedDocuments(input(), provisional, members, clock);
    expect(issued.card).toEqual({ kkNumber: makeKk('350904', '2026-03-02', 41), issuedOn: '2026-03-02' });
    expect(issued.niks).toEqual([{ field: 'members[0]', personId: MOTHER, nik: makeNik('350904', '1989-06-14', 'FEMALE', 5), birthDate: '1989-06-14', sex: 'FEMALE' }]);
  });

  it('fills an unknown sex from the NIK, and keeps an exact recorded birth date that disagrees (flagged, not refused)', () => {
    const exact = [members[0], person(CHILD, { sex: null, birthDate: '2015-07-01', birthDateApproximate: false, relationship: 4 })];
    const nik = makeNik('350904', '2015-07-03', 'MALE', 6);
    const issued = checkIssuedDocuments(input({ kkNumber: null, members: [{ personId: CHILD, nik }] }), provisional, exact, clock);
    expect(issued.niks[0]).toMatchObject({ birthDate: '2015-07-01', sex: 'MALE' });
    expect(issued.card).toBeNull();
  });

  it('refuses what cannot be issued to these records, listing every problem', () => {
    const withNik = [person(MOTHER, { nik: makeNik('350904', '1990-01-01', 'FEMALE', 2) }), members[1]];
    const nik = makeNik('350904', '2015-07-01', 'MALE', 8);
    expect(
      problems(() =>
        checkIssuedDocuments(
          input({
            kkIssuedOn: '2026-03-03',
            members: [
              { personId: MOTHER, nik },
              { personId: CHILD, nik },
              { personId: CHILD, nik: '12345' },
              { personId: '00000000-0000-4000-8000-0000000000ff', nik: makeNik('350904', '2000-01-01', 'MALE', 9) },
            ],
          }),
          provisional,
          withNik,
          clock,
        ),
      ),
    ).toEqual([
      { field: 'kkIssuedOn', rule: 'KK_ISSUED_ON_MISMATCH' },
      { field: 'members[0].personId', rule: 'NIK_ALREADY_ISSUED' },
      { field: 'members[1].nik', rule: 'NIK_REPEATED' },
      { field: 'members[2].nik', rule: 'NIK_LENGTH' },
      { field: 'members[2].personId', rule: 'PERSON_REPEATED' },
      { field: 'members[3].personId', rule: 'NOT_A_MEMBER' },
    ]);
  });

  it('refuses a first card for a family that holds one, a Hong Kong family, and an empty record', () => {
    expect(problems(() => checkIssuedDocuments(input(), { jurisdiction: 'ID', kkNumber: makeKk('350904', '2019-01-01', 1) }, members, clock))).toEqual([
      { field: 'kkNumber', rule: 'KK_ALREADY_ISSUED' },
    ]);
    expect(problems(() => checkIssuedDocuments(input(), { jurisdiction: 'HK', kkNumber: null }, members, clock))).toEqual([{ field: 'familyId', rule: 'DOCUMENT_STATUS_JURISDICTION' }]);
    expect(problems(() => checkIssuedDocuments(input({ kkNumber: null, members: [] }), provisional, members, clock))).toEqual([{ field: 'input', rule: 'NO_CHANGES' }]);
  });
});

describe('checkDocumentApplication', () => {
  it('applies for the card and every member without a NIK by default, today', () => {
    const application = checkDocumentApplication({ familyId: FAMILY_ID, expectedVersion: 1 }, { ...provisional, kkAppliedOn: null }, members, clock);
    expect(application).toEqual({ appliedOn: clock.today, card: true, personIds: [MOTHER, CHILD] });
  });

  it('refuses when everything is issued already', () => {
    const issued = members.map((m, i) => ({ ...m, nik: makeNik('350904', '1990-01-01', 'FEMALE', 20 + i) }));
    expect(
      problems(() => checkDocumentApplication({ familyId: FAMILY_ID, expectedVersion: 1 }, { jurisdiction: 'ID', kkNumber: makeKk('350904', '2019-01-01', 1), kkAppliedOn: null }, issued, clock)),
    ).toEqual([{ field: 'input', rule: 'DOCUMENTS_ALREADY_ISSUED' }]);
  });
});

describe('document status', () => {
  it('is read from the numbers held and the application date', () => {
    expect(familyDocumentStatus({ jurisdiction: 'ID', kkNumber: null, kkAppliedOn: null })).toBe('NO_KK');
    expect(familyDocumentStatus({ jurisdiction: 'ID', kkNumber: null, kkAppliedOn: '2026-03-01' })).toBe('PENDING_AT_DUKCAPIL');
    expect(familyDocumentStatus({ jurisdiction: 'ID', kkNumber: '3509040203260041', kkAppliedOn: '2026-03-01' })).toBe('ISSUED');
    expect(familyDocumentStatus({ jurisdiction: 'HK', kkNumber: null, kkAppliedOn: null })).toBeNull();
    expect(personDocumentStatus({ jurisdiction: 'ID', nik: null, nikAppliedOn: null })).toBe('NO_NIK');
    expect(personDocumentStatus({ jurisdiction: 'ID', nik: null, nikAppliedOn: '2026-03-01' })).toBe('PENDING_AT_DUKCAPIL');
    expect(personDocumentStatus({ jurisdiction: 'ID', nik: '3509045406890005', nikAppliedOn: null })).toBe('ISSUED');
    expect(personDocumentStatus({ jurisdiction: null, nik: null, nikAppliedOn: null })).toBeNull();
  });

  it('takes the NIK’s century nearest the estimate, never after today', () => {
    expect(nikBirthDateNear('2025-06-14', '1925-01-01', '2026-03-10')).toBe('1925-06-14');
    expect(nikBirthDateNear('1989-06-14', '1990-01-01', '2026-03-10')).toBe('1989-06-14');
    expect(nikBirthDateNear('1925-06-14', '2024-01-01', '2026-03-10')).toBe('2025-06-14');
    expect(nikBirthDateNear('1926-06-14', '2026-03-01', '2026-03-10')).toBe('1926-06-14');
  });
});
