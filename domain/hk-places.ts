import { HK_DISTRICTS } from './hk-districts';

/**
 * The Social Welfare Department's 11 administrative districts. SWD plans its services (and the
 * ChildPRO teams' boundaries) by these; each is one or two District Council districts.
 */
export const SWD_DISTRICTS: readonly string[] = Object.freeze([
  'Central, Western, Southern and Islands',
  'Eastern and Wan Chai',
  'Kwun Tong',
  'Wong Tai Sin and Sai Kung',
  'Kowloon City and Yau Tsim Mong',
  'Sham Shui Po',
  'Sha Tin',
  'Tai Po and North',
  'Yuen Long',
  'Tsuen Wan and Kwai Tsing',
  'Tuen Mun',
]);

/** The SWD administrative district of each District Council district. */
const SWD_DISTRICT_OF: Readonly<Record<string, string>> = Object.freeze({
  'Central and Western': 'Central, Western, Southern and Islands',
  Southern: 'Central, Western, Southern and Islands',
  Islands: 'Central, Western, Southern and Islands',
  Eastern: 'Eastern and Wan Chai',
  'Wan Chai': 'Eastern and Wan Chai',
  'Kwun Tong': 'Kwun Tong',
  'Wong Tai Sin': 'Wong Tai Sin and Sai Kung',
  'Sai Kung': 'Wong Tai Sin and Sai Kung',
  'Kowloon City': 'Kowloon City and Yau Tsim Mong',
  'Yau Tsim Mong': 'Kowloon City and Yau Tsim Mong',
  'Sham Shui Po': 'Sham Shui Po',
  'Sha Tin': 'Sha Tin',
  'Tai Po': 'Tai Po and North',
  North: 'Tai Po and North',
  'Yuen Long': 'Yuen Long',
  'Tsuen Wan': 'Tsuen Wan and Kwai Tsing',
  'Kwai Tsing': 'Tsuen Wan and Kwai Tsing',
  'Tuen Mun': 'Tuen Mun',
});

/**
 * The service areas within a District Council district that service teams name on their own (the
 * ChildPRO leaflet's "Tseung Kwan O", "Kwai Chung", "Tsing Yi"), each with the district containing it.
 * Tseung Kwan O is the new town of Sai Kung district; Kwai Chung and Tsing Yi together are Kwai Tsing.
 */
const SERVICE_AREA_DISTRICT: Readonly<Record<string, string>> = Object.freeze({
  'Tseung Kwan O': 'Sai Kung',
  'Kwai Chung': 'Kwai Tsing',
  'Tsing Yi': 'Kwai Tsing',
});

/**
 * District Council districts made up wholly of named service areas: whoever serves every part serves
 * the whole district. Sai Kung is not among them: Tseung Kwan O is only part of it, and the rest has no
 * name of its own here.
 */
const DIVIDED_DISTRICTS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'Kwai Tsing': Object.freeze(['Kwai Chung', 'Tsing Yi']),
});

/** A place a Hong Kong address or area may name. */
export interface HkPlace {
  name: string;
  /** A District Council district, or a service area within one. */
  kind: 'DISTRICT' | 'SERVICE_AREA';
  /** The District Council district it is, or lies in. */
  district: string;
  /** The SWD administrative district it lies in. */
  swdDistrict: string;
}

/** The service areas, in the order SERVICE_AREA_DISTRICT names them. */
export const HK_SERVICE_AREAS: readonly string[] = Object.freeze(Object.keys(SERVICE_AREA_DISTRICT));

/** Every place a Hong Kong address or area may name: the 18 districts, then the service areas. */
export const HK_PLACES: readonly string[] = Object.freeze([...HK_DISTRICTS, ...HK_SERVICE_AREAS]);

/** The place a name stands for, spelt exactly as HK_PLACES spells it, or null. */
export function hkPlace(name: string): HkPlace | null {
  if (HK_DISTRICTS.includes(name)) return { name, kind: 'DISTRICT', district: name, swdDistrict: SWD_DISTRICT_OF[name] };
  const district = Object.hasOwn(SERVICE_AREA_DISTRICT, name) ? SERVICE_AREA_DISTRICT[name] : undefined;
  return district ? { name, kind: 'SERVICE_AREA', district, swdDistrict: SWD_DISTRICT_OF[district] } : null;
}

/** True when `name` is exactly one of HK_PLACES. */
export function isHkPlace(name: string): boolean {
  return hkPlace(name) !== null;
}

/**
 * The Hong Kong places wholly inside an area that names `entries`: each place named, the service
 * areas within a district named, and a district whose every part is named. A place only partly
 * inside (Sai Kung, for an area naming Tseung Kwan O alone) is not: a family there may live outside it.
 */
export function hkPlacesWithin(entries: readonly string[]): string[] {
  const named = new Set(entries.filter(isHkPlace));
  return HK_PLACES.filter((place) => {
    if (named.has(place)) return true;
    const within = hkPlace(place)!;
    if (within.kind === 'SERVICE_AREA' && named.has(within.district)) return true;
    const parts = Object.hasOwn(DIVIDED_DISTRICTS, place) ? DIVIDED_DISTRICTS[place] : undefined;
    return parts !== undefined && parts.every((part) => named.has(part));
  });
}
