/**
 * The 18 District Council districts of Hong Kong, spelt as the Government writes them. A Hong Kong
 * family's address and an agency's area are given in these, or in a service area within one of them
 * (hk-places.ts: the ChildPRO leaflet names Tseung Kwan O, Kwai Chung and Tsing Yi on their own).
 */
export const HK_DISTRICTS: readonly string[] = Object.freeze([
  'Central and Western',
  'Wan Chai',
  'Eastern',
  'Southern',
  'Yau Tsim Mong',
  'Sham Shui Po',
  'Kowloon City',
  'Wong Tai Sin',
  'Kwun Tong',
  'Kwai Tsing',
  'Tsuen Wan',
  'Tuen Mun',
  'Yuen Long',
  'North',
  'Tai Po',
  'Sha Tin',
  'Sai Kung',
  'Islands',
]);

/** True when `name` is exactly one of HK_DISTRICTS. */
export function isHkDistrict(name: string): boolean {
  return HK_DISTRICTS.includes(name);
}
