/**
 * Kemendagri administrative regions. A code is digits only (the official notation puts dots between the
 * parts: 32.73.01.1001): 2 digits province, 4 regency or city (kabupaten/kota), 6 district (kecamatan),
 * 10 village (kelurahan or desa). A child's code always starts with its parent's.
 */
export type RegionLevel = 'PROVINCE' | 'REGENCY' | 'DISTRICT' | 'VILLAGE';

export interface Region {
  /** Digits only: 2 province, 4 regency/city, 6 district (kecamatan), 10 village (kelurahan/desa). */
  code: string;
  name: string;
  level: RegionLevel;
  /** The enclosing region's code; null for a province. */
  parentCode: string | null;
}

/** A village as stored in the region data files: [10-digit code, name]. */
export type VillageData = readonly [code: string, name: string];

export interface DistrictData {
  readonly code: string;
  readonly name: string;
  readonly villages: readonly VillageData[];
}

/** One regency or city with its districts and villages, the shape of the files in region-data/. */
export interface RegencyData {
  readonly code: string;
  readonly name: string;
  readonly districts: readonly DistrictData[];
}
