import { offsetMinutes } from '../../demo/local-time';
import type { AgencyKind } from '../../demo/reference/agency-types';
import type { WorldAgency } from '../../demo/world-types';
import { minutesOf } from './day-numbers';

/** The five places of the demo world: four Indonesian regencies/cities (Kemendagri code) and Hong Kong. */
export type { City } from '../../demo/case-conventions';
import type { City } from '../../demo/case-conventions';

/** How families spread over the places: the demo world's weights (demo/world.ts). */
export const CITY_WEIGHTS: ReadonlyArray<readonly [City, number]> = [
  ['3273', 0.22],
  ['3674', 0.24],
  ['3509', 0.22],
  ['5271', 0.14],
  ['HK', 0.18],
];

export function cityOfAgency(agency: WorldAgency): City {
  return agency.jurisdiction === 'HK' ? 'HK' : ((agency.regionCode ?? '').slice(0, 4) as City);
}

/** A weekly operating session, in minutes after local midnight. */
export interface SessionMinutes {
  id: string;
  dayOfWeek: number;
  opens: number;
  closes: number;
}

/** An agency with what the generator looks up over and over, precomputed. */
export interface IndexedAgency {
  agency: WorldAgency;
  city: City;
  /** UTC offset of the agency's zone (none of the demo zones has daylight saving). */
  offsetMinutes: number;
  sessions: SessionMinutes[];
}

/**
 * The demo agencies, indexed for the generator: which agencies a family of a place can deal with
 * (a village Puskesos desk only for its own village; a Hong Kong unit only for the districts it
 * serves), by kind, by id.
 */
export class AgencyIndex {
  readonly byId = new Map<string, IndexedAgency>();
  private readonly eligibleCache = new Map<string, IndexedAgency[]>();

  constructor(readonly agencies: readonly WorldAgency[]) {
    for (const agency of agencies) {
      this.byId.set(agency.id, {
        agency,
        city: cityOfAgency(agency),
        offsetMinutes: offsetMinutes(agency.timeZone, new Date('2026-06-01T00:00:00Z')),
        sessions: agency.sessions.map((s) => ({ id: s.id, dayOfWeek: s.dayOfWeek, opens: minutesOf(s.opens), closes: minutesOf(s.closes) })),
      });
    }
  }

  get(id: string): IndexedAgency {
    const found = this.byId.get(id);
    if (!found) throw new Error(`bench dataset: unknown agency ${id}`);
    return found;
  }

  /** The village codes that have their own Puskesos/SLRT desk. */
  deskVillages(city: City): string[] {
    return this.agencies.filter((a) => a.kind === 'SOCIAL_WELFARE_DESK' && cityOfAgency(a) === city).map((a) => a.regionCode!);
  }

  /** The agencies a family living at `place` (a 10-digit village code, or a Hong Kong district) deals with; at least two. */
  eligible(city: City, place: string): IndexedAgency[] {
    const key = `${city}|${place}`;
    let list = this.eligibleCache.get(key);
    if (!list) {
      const inCity = [...this.byId.values()].filter((a) => a.city === city);
      list = inCity.filter(({ agency }) => (city === 'HK' ? agency.areaServed.includes(place) : agency.kind !== 'SOCIAL_WELFARE_DESK' || agency.regionCode === place));
      if (list.length < 2) list = inCity;
      this.eligibleCache.set(key, list);
    }
    return list;
  }

  ofKind(list: readonly IndexedAgency[], kinds: readonly AgencyKind[]): IndexedAgency[] {
    return list.filter(({ agency }) => kinds.includes(agency.kind));
  }
}
