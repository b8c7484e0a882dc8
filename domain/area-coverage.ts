import { hkPlacesWithin } from './hk-places';

/**
 * The one containment rule of areas (a manager's area, an agency's service area) over the places
 * kept with records (a family's region: a Kemendagri code, or a Hong Kong place).
 *
 * - Indonesia: an entry is a region code prefix, and covers every code that starts with it, as
 *   Kemendagri codes nest (province, regency or city, district, village). An empty entry covers nothing.
 * - Hong Kong: an entry is a place (hk-places.ts) and covers itself and every place wholly inside it:
 *   "Sai Kung" covers "Tseung Kwan O"; "Kwai Chung" with "Tsing Yi" covers "Kwai Tsing". A place only
 *   partly inside is not covered ("Tseung Kwan O" does not cover "Sai Kung"): these rules decide who
 *   sees a family, so when it is not certain that a family lives inside an area, it does not.
 */

/** An Indonesian entry: digits only. Anything else names a place and matches only itself. */
const REGION_CODE = /^\d+$/;

/** Every entry an area stands for: its non-empty entries, plus every Hong Kong place wholly inside them. */
export function placesCovered(area: readonly string[]): string[] {
  const entries = area.filter((entry) => entry !== '');
  return [...new Set([...entries, ...hkPlacesWithin(entries)])];
}

/** Whether a record's region (a Kemendagri code or a Hong Kong place) lies in the area. */
export function areaCovers(area: readonly string[], region: string | null): boolean {
  if (!region) return false;
  return placesCovered(area).some((entry) => (REGION_CODE.test(entry) ? region.startsWith(entry) : entry === region));
}
