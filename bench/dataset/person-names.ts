import type { Random } from '../../demo/random';
import { NAMES, STREETS, HK_ESTATES } from '../../demo/reference/names';
import type { City } from './agency-index';

const POOLS = { '3273': NAMES.sundanese, '3674': NAMES.betawi, '3509': NAMES.madurese, '5271': NAMES.sasak } as const;

/**
 * A plausible name for someone of a place, as the demo world draws them (demo/world.ts):
 * the regional pool of the city (Jember mixes Madurese and Javanese names), or a Hong Kong name in
 * HKID order, surname first.
 */
export function personName(rng: Random, city: City, sex: 'MALE' | 'FEMALE', surname?: string): string {
  if (city === 'HK') {
    const given = rng.pick(sex === 'MALE' ? NAMES.hongKong.givenMale : NAMES.hongKong.givenFemale);
    return `${surname ?? rng.pick(NAMES.hongKong.surnames)} ${given}`;
  }
  const pool = city === '3509' && rng.chance(0.4) ? NAMES.javanese : POOLS[city];
  return rng.pick(sex === 'MALE' ? pool.male : pool.female);
}

export function hkSurname(rng: Random): string {
  return rng.pick(NAMES.hongKong.surnames);
}

export function streetOf(rng: Random, city: Exclude<City, 'HK'>): string {
  return `${rng.pick(STREETS[city])} No. ${rng.int(1, 180)}`;
}

export const HK_DISTRICTS_WITH_ESTATES: readonly string[] = Object.keys(HK_ESTATES);

export function hkEstate(rng: Random, district: string): string {
  return rng.pick(HK_ESTATES[district]);
}
