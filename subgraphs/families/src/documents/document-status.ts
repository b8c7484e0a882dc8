import type { FamilyDocumentStatus, PersonDocumentStatus } from '../generated/graphql';
import { parseIsoDate } from '../identifiers/calendar';

/**
 * Where a family or a person stands with their Indonesian civil documents, read from what the registry
 * holds rather than stored beside it, so that it can never disagree with the numbers: a family with a
 * current card is ISSUED, one without is PENDING_AT_DUKCAPIL from the day the desk applied for it and
 * NO_KK before; the same for a person and their NIK. Hong Kong has neither card nor NIK: null.
 */
export function familyDocumentStatus(family: { jurisdiction: 'ID' | 'HK'; kkNumber: string | null; kkAppliedOn: string | null }): FamilyDocumentStatus | null {
  if (family.jurisdiction !== 'ID') return null;
  if (family.kkNumber) return 'ISSUED';
  return family.kkAppliedOn ? 'PENDING_AT_DUKCAPIL' : 'NO_KK';
}

/** The same for a person, in the jurisdiction of their current family (null on no card). */
export function personDocumentStatus(person: { jurisdiction: 'ID' | 'HK' | null; nik: string | null; nikAppliedOn: string | null }): PersonDocumentStatus | null {
  if (person.jurisdiction !== 'ID') return null;
  if (person.nik) return 'ISSUED';
  return person.nikAppliedOn ? 'PENDING_AT_DUKCAPIL' : 'NO_NIK';
}

/**
 * The birth date a NIK gives a person whose recorded date was an estimate. A NIK carries the date as
 * DDMMYY, so its century is a guess; the guess nearest the estimate is taken (within 50 years of it),
 * never a date after today.
 */
export function nikBirthDateNear(nikBirthDate: string, estimate: string, today: string): string {
  const year = Number(nikBirthDate.slice(0, 4));
  const estimated = Number(estimate.slice(0, 4));
  const rest = nikBirthDate.slice(4);
  const candidates = [year - 100, year, year + 100]
    .map((y) => `${String(y).padStart(4, '0')}${rest}`)
    .filter((d) => d <= today && parseIsoDate(d) !== undefined)
    .sort((a, b) => Math.abs(Number(a.slice(0, 4)) - estimated) - Math.abs(Number(b.slice(0, 4)) - estimated));
  return candidates[0] ?? nikBirthDate;
}
