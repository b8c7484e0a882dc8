import type { FamilyAddressInput } from '../generated/graphql';
import { findRegion } from '../identifiers';
import { isHkPlace } from '../../../../domain/hk-places';
import { checkText, cleanText } from './field-checks';
import { InputProblems } from '../../../kit';

/** An address as it will be written. */
export interface ValidAddress {
  street: string | null;
  rtRw: string | null;
  regionCode: string | null;
  hkDistrict: string | null;
}

/** RT/RW: two 3-digit unit numbers from 001 (rukun tetangga / rukun warga). */
const RT_RW = /^(\d{3})\/(\d{3})$/;

/**
 * Checks an address for a jurisdiction. Indonesia: the Kemendagri code of a village SatuPintu knows
 * (10 digits: province 2, regency 2, district 2, village 4; the dotted notation is accepted), and RT/RW
 * as NNN/NNN. Hong Kong: one of the 18 District Council districts, or a service area within one that
 * service teams name on their own (Tseung Kwan O in Sai Kung; Kwai Chung and Tsing Yi in Kwai Tsing),
 * so that the family is routed to the team serving it. Fields of the other jurisdiction are refused.
 */
export function checkAddress(problems: InputProblems, path: string, input: FamilyAddressInput, jurisdiction: 'ID' | 'HK'): ValidAddress {
  const street = checkText(problems, `${path}.street`, input.street, 200, 'STREET');
  const rtRwText = cleanText(input.rtRw);
  const regionText = cleanText(input.regionCode);
  const districtText = cleanText(input.hkDistrict);
  let regionCode: string | null = null;
  let rtRw: string | null = null;
  let hkDistrict: string | null = null;
  if (jurisdiction === 'ID') {
    if (districtText !== null) problems.add(`${path}.hkDistrict`, 'HK_DISTRICT_JURISDICTION', 'is for Hong Kong addresses only; give regionCode');
    regionCode = checkVillageCode(problems, `${path}.regionCode`, regionText);
    if (rtRwText !== null) {
      const units = RT_RW.exec(rtRwText);
      if (!units || units[1] === '000' || units[2] === '000') problems.add(`${path}.rtRw`, 'RT_RW_FORMAT', 'must be two 3-digit unit numbers from 001 as NNN/NNN, e.g. 003/007');
      else rtRw = rtRwText;
    }
  } else {
    if (regionText !== null) problems.add(`${path}.regionCode`, 'REGION_JURISDICTION', 'is for Indonesian addresses only; give hkDistrict');
    if (rtRwText !== null) problems.add(`${path}.rtRw`, 'RT_RW_JURISDICTION', 'is for Indonesian addresses only');
    if (districtText === null) problems.add(`${path}.hkDistrict`, 'HK_DISTRICT_REQUIRED', 'is required for a Hong Kong address');
    else if (!isHkPlace(districtText)) {
      problems.add(`${path}.hkDistrict`, 'HK_DISTRICT_UNKNOWN', 'must be one of the 18 Hong Kong districts, e.g. "Sham Shui Po", or Tseung Kwan O, Kwai Chung or Tsing Yi');
    } else hkDistrict = districtText;
  }
  return { street, rtRw, regionCode, hkDistrict };
}

/** A 10-digit Kemendagri village (kelurahan/desa) code among the regions SatuPintu knows. */
export function checkVillageCode(problems: InputProblems, field: string, value: string | null): string | null {
  if (value === null) {
    problems.add(field, 'REGION_REQUIRED', 'is required for an Indonesian address (the 10-digit village code)');
    return null;
  }
  const code = value.replace(/\./g, '');
  if (!/^\d{10}$/.test(code)) {
    problems.add(field, 'REGION_FORMAT', `must be a 10-digit Kemendagri village code, e.g. 3273011001 (got ${code.length} characters)`);
    return null;
  }
  const region = findRegion(code);
  if (!region || region.level !== 'VILLAGE') {
    problems.add(field, 'REGION_UNKNOWN', `must be a village code known to SatuPintu (${code} is not one)`);
    return null;
  }
  return code;
}
