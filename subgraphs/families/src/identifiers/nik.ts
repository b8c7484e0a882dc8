import { pad2, parseIsoDate } from './calendar';
import { assertRegionCode6, assertSerial, checkDukcapilSerial, resolveDukcapilDate, splitDukcapilNumber } from './dukcapil-number';
import { IdentifierResult, identifierError } from './identifier-error';

/**
 * NIK, Nomor Induk Kependudukan, the 16-digit national identity number (UU 24/2013 on civil
 * administration; Dukcapil). Layout: region of first issue (6) + birth date DDMMYY (6) + serial (4).
 * NIK: day + 40 for women, so a woman born on the 5th has day 45; days 01-31 are men, 41-71 women.
 */
export type NikSex = 'MALE' | 'FEMALE';

export interface ParsedNik {
  nik: string;
  /** Digits 1-6: the kecamatan where the NIK was first issued (not where the person lives now). */
  regionCode: string;
  provinceCode: string;
  /** YYYY-MM-DD; the century is inferred (see resolveTwoDigitYear). */
  birthDate: string;
  sex: NikSex;
  serial: number;
}

const FIELD = 'nik';
const FEMALE_DAY_OFFSET = 40;

/**
 * Validates and reads a NIK. Surrounding spaces are trimmed; nothing else is forgiven (no dots, dashes
 * or inner spaces). Rules, in the order checked: NIK_DIGITS, NIK_LENGTH, NIK_PROVINCE, NIK_REGENCY,
 * NIK_DAY, NIK_MONTH, NIK_DATE, NIK_SERIAL. `today` decides the century of the two-digit year.
 */
export function parseNik(input: string, today: Date = new Date()): IdentifierResult<ParsedNik> {
  const split = splitDukcapilNumber(input, FIELD, 'NIK');
  if (!split.ok) return split;
  const parts = split.value;
  const female = parts.dd > FEMALE_DAY_OFFSET;
  const day = female ? parts.dd - FEMALE_DAY_OFFSET : parts.dd;
  if (day < 1 || day > 31) {
    return identifierError(FIELD, 'NIK_DAY', `${FIELD} digits 7-8 must be the day of birth, 01-31 for men or 41-71 for women (day + 40) (got ${pad2(parts.dd)})`);
  }
  const birthDate = resolveDukcapilDate(day, parts, today, FIELD, 'NIK', 'birth date');
  if (!birthDate.ok) return birthDate;
  const serialError = checkDukcapilSerial(parts, FIELD, 'NIK');
  if (serialError) return serialError;
  return {
    ok: true,
    value: {
      nik: parts.digits,
      regionCode: parts.regionCode,
      provinceCode: parts.provinceCode,
      birthDate: birthDate.value,
      sex: female ? 'FEMALE' : 'MALE',
      serial: parts.serial,
    },
  };
}

export type NikWarning = 'NIK_BIRTH_DATE_MISMATCH' | 'NIK_SEX_MISMATCH';

/**
 * Data-quality warnings for a well-formed NIK that disagrees with the person's record. They flag, they
 * do not refuse: a NIK is not reissued when a birth date or sex is corrected in the register
 * (it keeps the number of first issue). Birth dates are compared on day, month and two-digit year only, because the
 * NIK's century is inferred. A missing or unreadable recorded value raises no warning.
 */
export function nikWarnings(parsed: ParsedNik, recorded: { birthDate?: string | null; sex?: NikSex | null }): NikWarning[] {
  const warnings: NikWarning[] = [];
  const fromNik = parseIsoDate(parsed.birthDate);
  const onRecord = recorded.birthDate ? parseIsoDate(recorded.birthDate) : undefined;
  if (fromNik && onRecord && (fromNik.day !== onRecord.day || fromNik.month !== onRecord.month || fromNik.year % 100 !== onRecord.year % 100)) {
    warnings.push('NIK_BIRTH_DATE_MISMATCH');
  }
  if (recorded.sex && recorded.sex !== parsed.sex) warnings.push('NIK_SEX_MISMATCH');
  return warnings;
}

/**
 * Builds a NIK (for demo and test data). Throws RangeError on a bad argument. parseNik accepts the
 * result, and reads the same birth date back when that date lies within the 100 years up to `today`.
 */
export function makeNik(regionCode6: string, birthDate: string, sex: NikSex, serial: number): string {
  assertRegionCode6(regionCode6, 'makeNik');
  const date = parseIsoDate(birthDate);
  if (!date) throw new RangeError('makeNik: birthDate must be a real YYYY-MM-DD date');
  if (sex !== 'MALE' && sex !== 'FEMALE') throw new RangeError('makeNik: sex must be MALE or FEMALE');
  assertSerial(serial, 'makeNik');
  const day = sex === 'FEMALE' ? date.day + FEMALE_DAY_OFFSET : date.day;
  return `${regionCode6}${pad2(day)}${pad2(date.month)}${pad2(date.year % 100)}${String(serial).padStart(4, '0')}`;
}
