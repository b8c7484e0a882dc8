import { clock, InputProblems } from '../../../kit';
import type { FamilyMemberInput, PersonDocumentStatus, Sex } from '../generated/graphql';
import { nikWarnings, parseHkid, parseNik } from '../identifiers';
import type { NikWarning } from '../identifiers';
import { relationshipCode } from '../person/kk-relationship';
import { todayIn } from '../person/person-age';
import { checkBirthDate, checkFullName, cleanText } from './field-checks';

/** A member as it will be written: identifiers normalised, relationship as its SHDK code. */
export interface ValidMember {
  nik: string | null;
  hkid: string | null;
  fullName: string;
  /** Null only for a person registered without a NIK whose sex is not known. */
  sex: Sex | null;
  birthDate: string | null;
  birthDateApproximate: boolean;
  /** The NIK state of an Indonesian person (null in Hong Kong). */
  documentStatus: PersonDocumentStatus | null;
  /** The day the NIK application was submitted: today, for a person registered as PENDING_AT_DUKCAPIL. */
  nikAppliedOn: string | null;
  relationship: number;
  /** Data-quality flags: a well-formed NIK whose date or sex disagrees with the record is accepted and flagged. */
  warnings: NikWarning[];
}

/** The time a check runs at: `today` in the jurisdiction's zone, `now` for the NIK's century. */
export interface CheckClock {
  today: string;
  now: Date;
}

/**
 * Checks a NIK under a path and returns it normalised, or null when refused. A well-formed NIK whose
 * encoded birth date or sex disagrees with the record is accepted: a NIK is not reissued when a birth
 * date is corrected (refusing would lock out a person whose register entry was fixed); the disagreement
 * shows as a data-quality warning on the person.
 */
export function checkNik(problems: InputProblems, field: string, value: string, clock: CheckClock): string | null {
  const parsed = parseNik(value, clock.now);
  if (!parsed.ok) {
    problems.identifier(field, parsed);
    return null;
  }
  return parsed.value.nik;
}

/** Checks an HKID under a path and returns it normalised (A123456(3)), or null when refused. */
export function checkHkid(problems: InputProblems, field: string, value: string): string | null {
  const parsed = parseHkid(value);
  if (!parsed.ok) {
    problems.identifier(field, parsed);
    return null;
  }
  return parsed.value.hkid;
}

/**
 * Checks one member for a family of a jurisdiction: in Indonesia a NIK is required and an HKID refused;
 * in Hong Kong an HKID is optional and a NIK refused (the NIK is Indonesia's national number, the HKID
 * Hong Kong's; a Hong Kong case is known by its case reference).
 *
 * An Indonesian person without documents (a street child, someone never registered) is registered only
 * when the input says so (documentStatus NO_NIK or PENDING_AT_DUKCAPIL), so that a forgotten NIK is never
 * taken for a missing one: then no NIK, a birth date (an estimate, flagged approximate, is enough) so the
 * person can be told apart and matched, and the sex if known. An approximate birth date belongs to a
 * person without an identity number only: a NIK carries the registered date.
 */
export function checkMember(problems: InputProblems, path: string, input: FamilyMemberInput, jurisdiction: 'ID' | 'HK', clock: CheckClock): ValidMember {
  const fullName = checkFullName(problems, `${path}.fullName`, input.fullName);
  if (input.birthDate) checkBirthDate(problems, `${path}.birthDate`, input.birthDate, clock.today);
  const nikText = cleanText(input.nik);
  const hkidText = cleanText(input.hkid);
  const approximate = input.birthDateApproximate === true;
  let nik: string | null = null;
  let hkid: string | null = null;
  let documentStatus: PersonDocumentStatus | null = null;
  if (jurisdiction === 'ID') {
    documentStatus = input.documentStatus ?? 'ISSUED';
    if (documentStatus !== 'ISSUED') {
      if (nikText !== null) problems.add(`${path}.nik`, 'NIK_WITH_DOCUMENT_STATUS', `must be left out for a person registered as ${documentStatus}; record it with recordIssuedDocuments once issued`);
    } else if (nikText === null) {
      problems.add(`${path}.nik`, 'NIK_REQUIRED', 'is required for a member of an Indonesian family card, unless documentStatus says the person has none yet (NO_NIK or PENDING_AT_DUKCAPIL)');
    } else nik = checkNik(problems, `${path}.nik`, nikText, clock);
    if (hkidText !== null) problems.add(`${path}.hkid`, 'HKID_JURISDICTION', 'is for Hong Kong persons only; an Indonesian family member is identified by NIK');
  } else {
    if (input.documentStatus != null)
      problems.add(`${path}.documentStatus`, 'DOCUMENT_STATUS_JURISDICTION', 'is for Indonesian persons only (the NIK); a Hong Kong person is identified by HKID or none');
    if (nikText !== null) problems.add(`${path}.nik`, 'NIK_JURISDICTION', 'is for Indonesian persons only; a Hong Kong person is identified by HKID or none');
    if (hkidText !== null) hkid = checkHkid(problems, `${path}.hkid`, hkidText);
  }
  const withoutNik = documentStatus === 'NO_NIK' || documentStatus === 'PENDING_AT_DUKCAPIL';
  if (!withoutNik && !input.sex) problems.add(`${path}.sex`, 'SEX_REQUIRED', 'is required, except for a person registered without a NIK whose sex is not known');
  if ((withoutNik || approximate) && !input.birthDate) {
    problems.add(`${path}.birthDate`, 'BIRTH_DATE_REQUIRED', 'is required for a person registered without a NIK or with birthDateApproximate (an estimate is enough)');
  }
  if (approximate && (nikText !== null || hkidText !== null)) {
    problems.add(`${path}.birthDateApproximate`, 'BIRTH_DATE_APPROXIMATE_WITH_ID', 'is for a person without an identity number only: a NIK or HKID comes with the registered birth date');
  }
  const sex = input.sex ?? null;
  return {
    nik,
    hkid,
    fullName,
    sex,
    birthDate: input.birthDate ?? null,
    birthDateApproximate: approximate,
    documentStatus,
    nikAppliedOn: documentStatus === 'PENDING_AT_DUKCAPIL' ? clock.today : null,
    relationship: relationshipCode(input.relationship),
    warnings: nik ? warningsFor(nik, input.birthDate ?? null, sex, clock.now) : [],
  };
}

function warningsFor(nik: string, birthDate: string | null, sex: Sex | null, now: Date): NikWarning[] {
  const parsed = parseNik(nik, now);
  return parsed.ok ? nikWarnings(parsed.value, { birthDate, sex }) : [];
}

/** The clock of a write in a jurisdiction: dates are reckoned in its zone (person-age.ts). */
export function clockFor(jurisdiction: 'ID' | 'HK', now = clock.now()): CheckClock {
  return { today: todayIn(jurisdiction, now), now };
}
