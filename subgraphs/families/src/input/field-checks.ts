import type { FamiliesRule } from '../families-error';
import { asUuid, InputProblems } from '../../../kit';

/** Letters of any script, combining marks, spaces and the punctuation names carry (Moh., Nur'aini, Siti-Aisyah). */
const NAME_CHARACTERS = /^[\p{L}\p{M} .,'’-]+$/u;
const EARLIEST_BIRTH_DATE = '1900-01-01';

/** Trims and collapses inner runs of spaces; null for a missing or blank value. */
export function cleanText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim().replace(/\s+/g, ' ');
  return text === '' ? null : text;
}

/** A full name as on the identity document: 1-100 characters, at least one letter, no digits or symbols. */
export function checkFullName(problems: InputProblems, field: string, value: string): string {
  const name = cleanText(value) ?? '';
  if (name === '') problems.add(field, 'NAME_EMPTY', 'must not be empty');
  else if (name.length > 100) problems.add(field, 'NAME_LENGTH', `must be at most 100 characters (got ${name.length})`);
  else if (!NAME_CHARACTERS.test(name) || !/\p{L}/u.test(name)) {
    problems.add(field, 'NAME_CHARACTERS', "must be letters, spaces and the punctuation of names (. , ' -) only");
  }
  return name;
}

/** Free text with a length limit (street, case reference, reason); null when blank unless required. */
export function checkText(problems: InputProblems, field: string, value: string | null | undefined, max: number, rule: 'CASE_REFERENCE' | 'STREET' | 'REASON', required = false): string | null {
  const text = cleanText(value);
  if (text === null) {
    if (required) problems.add(field, `${rule}_EMPTY` satisfies FamiliesRule, 'must not be empty');
    return null;
  }
  if (text.length > max) problems.add(field, `${rule}_LENGTH` satisfies FamiliesRule, `must be at most ${max} characters (got ${text.length})`);
  return text;
}

/** A date that has happened: not after `today` (YYYY-MM-DD in the jurisdiction's zone). */
export function checkPastDate(problems: InputProblems, field: string, date: string, today: string): void {
  if (date > today) problems.add(field, 'DATE_FUTURE', `must not be in the future (got ${date}, today is ${today})`);
}

/** A date of birth: not in the future and not before 1900. */
export function checkBirthDate(problems: InputProblems, field: string, date: string, today: string): void {
  checkPastDate(problems, field, date, today);
  if (date < EARLIEST_BIRTH_DATE) problems.add(field, 'BIRTH_DATE_RANGE', `must not be before ${EARLIEST_BIRTH_DATE} (got ${date})`);
}

/** A record id: a UUID, lower-cased; a malformed one is refused here rather than reaching SQL. */
export function checkId(problems: InputProblems, field: string, value: string): string {
  const id = asUuid(value.trim());
  if (!id) problems.add(field, 'ID_FORMAT', 'must be a record id (a UUID)');
  return id ?? value;
}
