import { isHkPlace } from './hk-places';

/**
 * Kemendagri region code prefixes: province (2 digits), regency or city (4), district (6), village
 * (10), as in Permendagri 72/2019. A prefix of any other length is not a region, and an empty one
 * would match every family.
 */
const REGION_PREFIX = /^(\d{2}|\d{4}|\d{6}|\d{10})$/;

/**
 * Why an area claim (a manager's `area`, or an agency's service area) is not acceptable for the
 * jurisdiction, or null when it is: Indonesian entries are region code prefixes, Hong Kong entries are
 * places a Hong Kong address may name (District Council districts spelt as the Government writes them,
 * or a service area within one, such as Tseung Kwan O).
 */
export function areaClaimProblem(jurisdiction: 'ID' | 'HK', area: unknown): string | null {
  if (!Array.isArray(area)) return 'is not a list';
  for (const entry of area) {
    if (typeof entry !== 'string' || entry.trim() === '') return 'has an empty entry';
    if (jurisdiction === 'ID' && !REGION_PREFIX.test(entry)) return `has "${entry.slice(0, 20)}", which is not a 2, 4, 6 or 10 digit Kemendagri region code`;
    if (jurisdiction === 'HK' && !isHkPlace(entry)) return `has "${entry.slice(0, 30)}", which is not a Hong Kong district or service area`;
  }
  return null;
}
