import { pad2, parseIsoDate } from './calendar';
import { assertRegionCode6, assertSerial, checkDukcapilSerial, resolveDukcapilDate, splitDukcapilNumber } from './dukcapil-number';
import { IdentifierResult, identifierError } from './identifier-error';

/**
 * No. KK, the 16-digit number of a Kartu Keluarga (family card). Same layout as a NIK but the date is
 * the card's issue date DDMMYY with no +40 (a card has no sex). A family's No. KK changes when it moves,
 * splits or loses its head, so it identifies a card, not the family (whose identity is its id).
 */
export interface ParsedKk {
  kkNumber: string;
  /** Digits 1-6: the kecamatan that issued the card. */
  regionCode: string;
  provinceCode: string;
  /** YYYY-MM-DD; the century is inferred (see resolveTwoDigitYear). */
  issueDate: string;
  serial: number;
}

const FIELD = 'kkNumber';

/**
 * Validates and reads a No. KK. Surrounding spaces are trimmed; nothing else is forgiven. Rules, in the
 * order checked: KK_DIGITS, KK_LENGTH, KK_PROVINCE, KK_REGENCY, KK_DAY, KK_MONTH, KK_DATE, KK_SERIAL.
 */
export function parseKk(input: string, today: Date = new Date()): IdentifierResult<ParsedKk> {
  const split = splitDukcapilNumber(input, FIELD, 'KK');
  if (!split.ok) return split;
  const parts = split.value;
  if (parts.dd < 1 || parts.dd > 31) {
    return identifierError(FIELD, 'KK_DAY', `${FIELD} digits 7-8 must be the day of issue, 01-31 (got ${pad2(parts.dd)})`);
  }
  const issueDate = resolveDukcapilDate(parts.dd, parts, today, FIELD, 'KK', 'issue date');
  if (!issueDate.ok) return issueDate;
  const serialError = checkDukcapilSerial(parts, FIELD, 'KK');
  if (serialError) return serialError;
  return {
    ok: true,
    value: {
      kkNumber: parts.digits,
      regionCode: parts.regionCode,
      provinceCode: parts.provinceCode,
      issueDate: issueDate.value,
      serial: parts.serial,
    },
  };
}

/** Builds a No. KK (for demo and test data). Throws RangeError on a bad argument; parseKk accepts the result. */
export function makeKk(regionCode6: string, issueDate: string, serial: number): string {
  assertRegionCode6(regionCode6, 'makeKk');
  const date = parseIsoDate(issueDate);
  if (!date) throw new RangeError('makeKk: issueDate must be a real YYYY-MM-DD date');
  assertSerial(serial, 'makeKk');
  return `${regionCode6}${pad2(date.day)}${pad2(date.month)}${pad2(date.year % 100)}${String(serial).padStart(4, '0')}`;
}
