import { InputProblems } from '../../../kit';
import type { RecordDocumentApplicationInput, RecordIssuedDocumentsInput, Sex } from '../generated/graphql';
import { parseKk, parseNik } from '../identifiers';
import { checkId, checkPastDate } from '../input/field-checks';
import { CheckClock, checkNik } from '../input/member-input';
import type { PersonRow } from '../person/person.repository';
import { nikBirthDateNear } from './document-status';

/** What recordIssuedDocuments writes: the card, and each member's NIK with what it corrects. */
export interface IssuedDocuments {
  card: { kkNumber: string; issuedOn: string } | null;
  niks: IssuedNik[];
}

export interface IssuedNik {
  /** The input path of the member, to name a conflict. */
  field: string;
  personId: string;
  nik: string;
  /** The birth date to record: the NIK's in place of an estimate (or of none), else the one recorded. */
  birthDate: string | null;
  /** The sex to record: the NIK's in place of an unknown one, else the one recorded. */
  sex: Sex | null;
}

/** The family the documents are for, as recordIssuedDocuments sees it. */
export interface DocumentsFamily {
  jurisdiction: 'ID' | 'HK';
  kkNumber: string | null;
}

/**
 * Checks the documents Dispendukcapil issued to a family and throws BAD_USER_INPUT listing every
 * problem. A No. KK only for a family holding no card yet (a new card for a family that has one is
 * changeKkNumber, which keeps the old number in its history), issued on the date it carries. A NIK only
 * for a current, living member who has none (a NIK is corrected with updatePerson), each person and
 * each NIK once. The NIK's date replaces an approximate (or missing) birth date, its sex an unknown one:
 * the civil registry's record is better than the desk's estimate. A NIK that disagrees with an exact
 * recorded date or sex is accepted and flagged on the person (a NIK is not reissued when a record is
 * corrected), as everywhere in the registry.
 */
export function checkIssuedDocuments(input: RecordIssuedDocumentsInput, family: DocumentsFamily, members: readonly PersonRow[], clock: CheckClock): IssuedDocuments {
  const problems = new InputProblems();
  if (family.jurisdiction !== 'ID') {
    problems.add('familyId', 'DOCUMENT_STATUS_JURISDICTION', 'is a Hong Kong family: family cards and NIKs are Indonesian documents');
    problems.throwIfAny();
  }
  const card = checkCard(problems, input, family, clock);
  const given = input.members ?? [];
  if (card === null && given.length === 0 && input.kkNumber == null) problems.add('input', 'NO_CHANGES', 'must give the No. KK issued, or at least one member’s NIK');
  const byId = new Map(members.map((m) => [m.id, m]));
  const seenPersons = new Map<string, number>();
  const seenNiks = new Map<string, number>();
  const niks: IssuedNik[] = [];
  given.forEach((g, i) => {
    const path = `members[${i}]`;
    const personId = checkId(problems, `${path}.personId`, g.personId);
    const nik = checkNik(problems, `${path}.nik`, g.nik, clock);
    const earlierPerson = seenPersons.get(personId);
    if (earlierPerson !== undefined) problems.add(`${path}.personId`, 'PERSON_REPEATED', `repeats members[${earlierPerson}]; give each member once`);
    else seenPersons.set(personId, i);
    if (nik !== null) {
      const earlierNik = seenNiks.get(nik);
      if (earlierNik !== undefined) problems.add(`${path}.nik`, 'NIK_REPEATED', `repeats the nik of members[${earlierNik}]; each person has their own`);
      else seenNiks.set(nik, i);
    }
    const person = byId.get(personId);
    if (!person) {
      problems.add(`${path}.personId`, 'NOT_A_MEMBER', 'must be a current member of the family');
      return;
    }
    if (person.deceasedOn) problems.add(`${path}.personId`, 'PERSON_DECEASED', 'is recorded as deceased: a NIK is not issued to them');
    if (person.nik) problems.add(`${path}.personId`, 'NIK_ALREADY_ISSUED', 'holds a NIK already; a NIK is corrected with updatePerson');
    if (nik === null) return;
    const parsed = parseNik(nik, clock.now);
    if (!parsed.ok) return;
    const estimated = person.birthDate === null || person.birthDateApproximate;
    niks.push({
      field: path,
      personId: person.id,
      nik,
      birthDate: estimated ? nikBirthDateNear(parsed.value.birthDate, person.birthDate ?? parsed.value.birthDate, clock.today) : person.birthDate,
      sex: person.sex ?? parsed.value.sex,
    });
  });
  problems.throwIfAny();
  return { card, niks };
}

function checkCard(problems: InputProblems, input: RecordIssuedDocumentsInput, family: DocumentsFamily, clock: CheckClock): IssuedDocuments['card'] {
  if (input.kkNumber == null) {
    if (input.kkIssuedOn != null) problems.add('kkNumber', 'KK_REQUIRED', 'is required with kkIssuedOn (the date is the card’s)');
    return null;
  }
  if (family.kkNumber !== null) {
    problems.add('kkNumber', 'KK_ALREADY_ISSUED', 'is for a family without a card: this family holds one; a new card is recorded with changeKkNumber');
    return null;
  }
  const parsed = parseKk(input.kkNumber, clock.now);
  if (!parsed.ok) {
    problems.identifier('kkNumber', parsed);
    return null;
  }
  const issuedOn = input.kkIssuedOn ?? parsed.value.issueDate;
  checkPastDate(problems, 'kkIssuedOn', issuedOn, clock.today);
  if (issuedOn !== parsed.value.issueDate) {
    problems.add('kkIssuedOn', 'KK_ISSUED_ON_MISMATCH', `must be the issue date the No. KK carries (${parsed.value.issueDate}); one of the two is mistyped`);
  }
  return { kkNumber: parsed.value.kkNumber, issuedOn };
}

/** What recordDocumentApplication writes. */
export interface DocumentApplication {
  appliedOn: string;
  /** Whether the family card is applied for (the family holds none and had not applied yet). */
  card: boolean;
  personIds: string[];
}

/**
 * Checks a recorded application at Dispendukcapil: the listed members (by default every current member
 * without a NIK) must be current members without a NIK; there must be something to apply for.
 */
export function checkDocumentApplication(
  input: RecordDocumentApplicationInput,
  family: DocumentsFamily & { kkAppliedOn: string | null },
  members: readonly PersonRow[],
  clock: CheckClock,
): DocumentApplication {
  const problems = new InputProblems();
  if (family.jurisdiction !== 'ID') {
    problems.add('familyId', 'DOCUMENT_STATUS_JURISDICTION', 'is a Hong Kong family: family cards and NIKs are Indonesian documents');
    problems.throwIfAny();
  }
  const appliedOn = input.appliedOn ?? clock.today;
  checkPastDate(problems, 'appliedOn', appliedOn, clock.today);
  const byId = new Map(members.map((m) => [m.id, m]));
  const personIds = input.personIds
    ? input.personIds.map((id, i) => {
        const personId = checkId(problems, `personIds[${i}]`, id);
        const person = byId.get(personId);
        if (!person) problems.add(`personIds[${i}]`, 'NOT_A_MEMBER', 'must be a current member of the family');
        else if (person.nik) problems.add(`personIds[${i}]`, 'NIK_ALREADY_ISSUED', 'holds a NIK already');
        return personId;
      })
    : members.filter((m) => !m.nik && !m.deceasedOn).map((m) => m.id);
  const card = family.kkNumber === null;
  if (!card && personIds.length === 0) problems.add('input', 'DOCUMENTS_ALREADY_ISSUED', 'the family holds its card and every member listed holds a NIK: there is nothing to apply for');
  problems.throwIfAny();
  return { appliedOn, card, personIds: [...new Set(personIds)] };
}
