import { BadInputError, clock } from '../../../kit';
import { isHkPlace } from '../../../../domain/hk-places';
import { parseHkid, parseKk, parseNik } from '../identifiers';
import { IdentifierResult } from '../identifiers/identifier-error';

/** An exact identifier as a look-up takes it: refused with its rule when malformed, never answered null. */
function checked<T>(field: string, result: IdentifierResult<T>): T {
  if (!result.ok) throw new BadInputError(field, result.rule, result.message);
  return result.value;
}

export function lookupKk(field: string, value: string): string {
  return checked(field, parseKk(value.trim(), clock.now())).kkNumber;
}

export function lookupNik(field: string, value: string): string {
  return checked(field, parseNik(value.trim(), clock.now())).nik;
}

export function lookupHkid(field: string, value: string): string {
  return checked(field, parseHkid(value.trim())).hkid;
}

/** Longest case reference a family is registered with. */
const MAX_CASE_REFERENCE = 60;

/** A case reference as registration stores it (trimmed, inner spaces collapsed), 1 to 60 characters. */
export function lookupCaseReference(field: string, value: string): string {
  const text = value.trim().replace(/\s+/g, ' ');
  if (text === '') throw new BadInputError(field, 'CASE_REFERENCE_EMPTY', `${field} must not be empty (rule CASE_REFERENCE_EMPTY)`);
  if (text.length > MAX_CASE_REFERENCE) {
    throw new BadInputError(field, 'CASE_REFERENCE_LENGTH', `${field} must be at most ${MAX_CASE_REFERENCE} characters (rule CASE_REFERENCE_LENGTH)`);
  }
  return text;
}

/** A region filter: a Kemendagri code prefix (province 2, regency 4, district 6 or village 10 digits). */
export function regionFilter(field: string, value: string | null | undefined): string | null {
  const code = value?.trim() || null;
  if (code !== null && !/^(\d{2}|\d{4}|\d{6}|\d{10})$/.test(code)) {
    throw new BadInputError(field, 'REGION_CODE_FORMAT', `${field} must be a Kemendagri region code of 2, 4, 6 or 10 digits (rule REGION_CODE_FORMAT)`);
  }
  return code;
}

/** A district filter: a Hong Kong place (a district or a service area such as Tseung Kwan O), or an Indonesian 6-digit district code. */
export function districtFilter(field: string, value: string | null | undefined): string | null {
  const district = value?.trim() || null;
  if (district !== null && !isHkPlace(district) && !/^\d{6}$/.test(district)) {
    throw new BadInputError(field, 'DISTRICT_FORMAT', `${field} must be a Hong Kong district or service area, or a 6-digit Kemendagri district code (rule DISTRICT_FORMAT)`);
  }
  return district;
}
