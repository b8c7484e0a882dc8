import { KABUPATEN_JEMBER } from './region-data/kabupaten-jember';
import { KOTA_BANDUNG } from './region-data/kota-bandung';
import { KOTA_MATARAM } from './region-data/kota-mataram';
import { KOTA_TANGERANG_SELATAN } from './region-data/kota-tangerang-selatan';
import { PROVINCE_CODES } from './provinces';
import type { RegencyData, Region } from './region-types';

export { HK_DISTRICTS, isHkDistrict } from '../../../../domain/hk-districts';
export { PROVINCE_CODES, isKnownProvince } from './provinces';
export type { Region, RegionLevel } from './region-types';

/**
 * The regions SatuPintu's Indonesian agencies serve, in full down to the village: Kota Bandung (PUSPAGA),
 * Kota Tangerang Selatan (LK3), Kabupaten Jember (Puskesos/SLRT) and Kota Mataram (Balai Harum), with
 * their provinces. Other provinces are known only by code (PROVINCE_CODES), which is all NIK and No. KK
 * validation needs.
 */
const REGENCIES: readonly RegencyData[] = [KOTA_BANDUNG, KABUPATEN_JEMBER, KOTA_TANGERANG_SELATAN, KOTA_MATARAM];

function buildRegions(): Region[] {
  const regions: Region[] = [];
  const provincesAdded = new Set<string>();
  for (const regency of REGENCIES) {
    const provinceCode = regency.code.slice(0, 2);
    if (!provincesAdded.has(provinceCode)) {
      provincesAdded.add(provinceCode);
      regions.push({ code: provinceCode, name: PROVINCE_CODES.get(provinceCode) ?? '', level: 'PROVINCE', parentCode: null });
    }
    regions.push({ code: regency.code, name: regency.name, level: 'REGENCY', parentCode: provinceCode });
    for (const district of regency.districts) {
      regions.push({ code: district.code, name: district.name, level: 'DISTRICT', parentCode: regency.code });
      for (const [code, name] of district.villages) {
        regions.push({ code, name, level: 'VILLAGE', parentCode: district.code });
      }
    }
  }
  return regions.map((region) => Object.freeze(region));
}

/** Every known region, each province followed by its regency, then each district followed by its villages. */
export const KNOWN_REGIONS: readonly Region[] = Object.freeze(buildRegions());

const BY_CODE: ReadonlyMap<string, Region> = new Map(KNOWN_REGIONS.map((region) => [region.code, region]));

/** Accepts the dotted official notation too ("32.73.01" is "327301"). */
function normaliseCode(code: string): string {
  return code.trim().replace(/\./g, '');
}

/** The region with this code, or undefined when it is not among KNOWN_REGIONS. */
export function findRegion(code: string): Region | undefined {
  return BY_CODE.get(normaliseCode(code));
}

/**
 * The region and its ancestors, province first: regionPath('3273011001') is Jawa Barat, Kota Bandung,
 * Sukasari, Sukarasa. Empty when the code is not known.
 */
export function regionPath(code: string): Region[] {
  const path: Region[] = [];
  for (let region = findRegion(code); region; region = region.parentCode ? BY_CODE.get(region.parentCode) : undefined) {
    path.unshift(region);
  }
  return path;
}
