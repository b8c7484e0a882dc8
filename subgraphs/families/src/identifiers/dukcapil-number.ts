import { isRealDate, isoDate, pad2, resolveTwoDigitYear } from './calendar';
import { IdentifierError, IdentifierResult, identifierError } from './identifier-error';
import { isKnownProvince } from './provinces';

/**
 * The layout the NIK and the No. KK share (Dukcapil, the civil registry): 16 digits =
 *   digits 1-6   Kemendagri code of the kecamatan of first issue (province 2, regency/city 2, district 2),
 *   digits 7-12  a date DDMMYY (birth date for a NIK, with 40 added to the day for women; issue date
 *                for a KK),
 *   digits 13-16 a serial from 0001.
 * This file checks the parts both have in common; nik.ts and kk.ts read the date their own way.
 */
export interface DukcapilParts {
  digits: string;
  regionCode: string;
  provinceCode: string;
  /** Digits 7-8, 9-10 and 11-12 as numbers, not yet checked. */
  dd: number;
  mm: number;
  yy: number;
  serial: number;
}

export type RulePrefix = 'NIK' | 'KK';

/** Digits only (ASCII 0-9: full-width digits or separators are refused), 16 of them, a real province, regency not 00. */
export function splitDukcapilNumber(input: string, field: string, prefix: RulePrefix): IdentifierResult<DukcapilParts> {
  const digits = typeof input === 'string' ? input.trim() : '';
  const stray = /[^0-9]/.exec(digits);
  if (stray) {
    return identifierError(field, `${prefix}_DIGITS`, `${field} must contain digits only (found '${stray[0]}')`);
  }
  if (digits.length !== 16) {
    return identifierError(field, `${prefix}_LENGTH`, `${field} must be 16 digits (got ${digits.length})`);
  }
  const provinceCode = digits.slice(0, 2);
  if (!isKnownProvince(provinceCode)) {
    return identifierError(field, `${prefix}_PROVINCE`, `${field} digits 1-2 must be a Kemendagri province code (got ${provinceCode})`);
  }
  if (digits.slice(2, 4) === '00') {
    return identifierError(field, `${prefix}_REGENCY`, `${field} digits 3-4 (regency or city code) must not be 00`);
  }
  return {
    ok: true,
    value: {
      digits,
      regionCode: digits.slice(0, 6),
      provinceCode,
      dd: Number(digits.slice(6, 8)),
      mm: Number(digits.slice(8, 10)),
      yy: Number(digits.slice(10, 12)),
      serial: Number(digits.slice(12, 16)),
    },
  };
}

/**
 * Month 01-12, then a day that exists in that month of the year inferred from YY (see
 * resolveTwoDigitYear). `day` is the calendar day (for a woman's NIK, already minus 40). Returns
 * YYYY-MM-DD. `what` names the date in messages ("birth date", "issue date").
 */
export function resolveDukcapilDate(day: number, parts: DukcapilParts, today: Date, field: string, prefix: RulePrefix, what: string): IdentifierResult<string> {
  if (parts.mm < 1 || parts.mm > 12) {
    return identifierError(field, `${prefix}_MONTH`, `${field} digits 9-10 must be a month 01-12 (got ${pad2(parts.mm)})`);
  }
  const year = resolveTwoDigitYear(parts.yy, parts.mm, day, today);
  if (!isRealDate(year, parts.mm, day)) {
    return identifierError(field, `${prefix}_DATE`, `${field} digits 7-12 must be a real ${what} (day ${pad2(day)} does not exist in ${pad2(parts.mm)}/${year})`);
  }
  return { ok: true, value: isoDate(year, parts.mm, day) };
}

/** Digits 13-16: a serial from 0001 to 9999. */
export function checkDukcapilSerial(parts: DukcapilParts, field: string, prefix: RulePrefix): IdentifierError | undefined {
  if (parts.serial >= 1) return undefined;
  return identifierError(field, `${prefix}_SERIAL`, `${field} digits 13-16 must be a serial from 0001 to 9999 (got 0000)`);
}

/**
 * Checks a 6-digit region code for make* helpers (which throw: a bad argument there is a bug in the
 * caller, not bad user input).
 */
export function assertRegionCode6(regionCode6: string, what: string): void {
  if (!/^[0-9]{6}$/.test(regionCode6)) throw new RangeError(`${what}: region code must be 6 digits`);
  if (!isKnownProvince(regionCode6.slice(0, 2))) throw new RangeError(`${what}: unknown province ${regionCode6.slice(0, 2)}`);
  if (regionCode6.slice(2, 4) === '00') throw new RangeError(`${what}: regency code must not be 00`);
}

/** Checks a serial for make* helpers. */
export function assertSerial(serial: number, what: string): void {
  if (!Number.isInteger(serial) || serial < 1 || serial > 9999) {
    throw new RangeError(`${what}: serial must be an integer from 1 to 9999`);
  }
}
