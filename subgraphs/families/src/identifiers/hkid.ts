import { IdentifierResult, identifierError } from './identifier-error';

/**
 * Hong Kong Identity Card number: one or two letters, six digits and a check character 0-9 or A, which
 * is printed in brackets: A123456(3). The check character is a mod-11 sum over the eight positions
 * (a one-letter prefix is padded with a leading space), with weights 9 down to 2: space = 36,
 * A-Z = 10-35, a digit its value; check = 11 - (sum mod 11), where 11 is written 0 and 10 is written A.
 */
export interface ParsedHkid {
  /** Normalised: upper case, check character in brackets, e.g. "A123456(3)". */
  hkid: string;
  prefix: string;
  digits: string;
  checkDigit: string;
}

const FIELD = 'hkid';
const SPACE_VALUE = 36;
const LETTER_OFFSET = 55; // 'A'.charCodeAt(0) - 10

/** The check character for a prefix of 1-2 letters and 6 digits. Throws RangeError on a malformed argument. */
export function hkidCheckDigit(prefix: string, digits: string): string {
  const letters = prefix.toUpperCase();
  if (!/^[A-Z]{1,2}$/.test(letters)) throw new RangeError('hkidCheckDigit: prefix must be 1 or 2 letters');
  if (!/^[0-9]{6}$/.test(digits)) throw new RangeError('hkidCheckDigit: digits must be 6 digits');
  const values = [...(letters.length === 1 ? [SPACE_VALUE] : []), ...[...letters].map((letter) => letter.charCodeAt(0) - LETTER_OFFSET), ...[...digits].map(Number)];
  const sum = values.reduce((total, value, i) => total + value * (9 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 11) return '0';
  if (check === 10) return 'A';
  return String(check);
}

/** Builds a valid, normalised HKID (for demo and test data). Throws RangeError on a malformed argument. */
export function makeHkid(prefix: string, digits: string): string {
  return `${prefix.toUpperCase()}${digits}(${hkidCheckDigit(prefix, digits)})`;
}

/**
 * Validates and normalises an HKID. Accepted: surrounding spaces, lower-case letters, and the check
 * character with or without its brackets ("A123456(3)", "a1234563"). Rules, in the order checked:
 * HKID_FORMAT (a space, dash or other character that cannot be in an HKID), HKID_PREFIX (not 1-2
 * letters), HKID_DIGITS (not 6 digits), HKID_CHECK_CHAR (check character missing or not 0-9/A),
 * HKID_BRACKETS (unbalanced brackets), HKID_CHECK_DIGIT (wrong check character).
 */
export function parseHkid(input: string): IdentifierResult<ParsedHkid> {
  const text = typeof input === 'string' ? input.trim().toUpperCase() : '';
  const stray = /[^A-Z0-9()]/.exec(text);
  if (stray) {
    return identifierError(FIELD, 'HKID_FORMAT', `${FIELD} must be letters, digits and a check character, without spaces or separators (found '${stray[0]}')`);
  }
  const prefix = /^[A-Z]*/.exec(text)?.[0] ?? '';
  if (prefix.length < 1 || prefix.length > 2) {
    return identifierError(FIELD, 'HKID_PREFIX', `${FIELD} must start with 1 or 2 letters (got ${prefix.length})`);
  }
  const rest = text.slice(prefix.length);
  const run = /^[0-9]*/.exec(rest)?.[0] ?? '';
  const tail = rest.slice(run.length);
  let digits: string;
  let checkPart: string;
  if (run.length === 6) {
    digits = run;
    checkPart = tail;
  } else if (run.length === 7 && !tail.startsWith('(')) {
    // Without brackets a numeric check digit runs on from the six digits: "A1234563".
    digits = run.slice(0, 6);
    checkPart = run.slice(6) + tail;
  } else {
    return identifierError(FIELD, 'HKID_DIGITS', `${FIELD} must have 6 digits after the letters (got ${run.length})`);
  }
  const check = /^\(([0-9A])\)$|^([0-9A])$/.exec(checkPart);
  if (!check) {
    const found = checkPart.replace(/[()]/g, '');
    if (/^[0-9A]$/.test(found)) {
      return identifierError(FIELD, 'HKID_BRACKETS', `${FIELD} check character must be in one pair of brackets or none`);
    }
    return identifierError(FIELD, 'HKID_CHECK_CHAR', found === '' ? `${FIELD} must end with a check character 0-9 or A` : `${FIELD} must end with one check character 0-9 or A (got '${found}')`);
  }
  const checkDigit = check[1] ?? check[2] ?? '';
  if (hkidCheckDigit(prefix, digits) !== checkDigit) {
    return identifierError(FIELD, 'HKID_CHECK_DIGIT', `${FIELD} check character does not match the letters and digits`);
  }
  return { ok: true, value: { hkid: `${prefix}${digits}(${checkDigit})`, prefix, digits, checkDigit } };
}

/**
 * Masks an HKID for display to someone who may only recognise it: letters and the first 3 digits stay,
 * the rest becomes stars ("A123456(3)" -> "A123***(*)"). Anything not shaped like an HKID is masked
 * completely, so a typo never leaks the number.
 */
export function maskHkid(hkid: string): string {
  const shape = /^([A-Z]{1,2})([0-9]{3})[0-9]{3}(?:\([0-9A]\)|[0-9A])$/.exec(hkid.trim().toUpperCase());
  if (!shape) return '*******(*)';
  return `${shape[1]}${shape[2]}***(*)`;
}
