import { clock } from '../../../kit';
/** The zone a jurisdiction's dates are reckoned in; Indonesia spans three zones, WIB is the reference. */
const ZONE = { ID: 'Asia/Jakarta', HK: 'Asia/Hong_Kong' } as const;

/**
 * One formatter per zone, made once: `toLocaleDateString` with a time zone builds a new formatter on
 * every call (about 100 µs), and ages are computed for every member of every profile.
 */
const FORMATS = {
  ID: new Intl.DateTimeFormat('en-CA', { timeZone: ZONE.ID, year: 'numeric', month: '2-digit', day: '2-digit' }),
  HK: new Intl.DateTimeFormat('en-CA', { timeZone: ZONE.HK, year: 'numeric', month: '2-digit', day: '2-digit' }),
};

/** Today's date (YYYY-MM-DD) in a jurisdiction. */
export function todayIn(jurisdiction: 'ID' | 'HK' | null, now = clock.now()): string {
  return FORMATS[jurisdiction ?? 'ID'].format(now);
}

/** Age in whole years on `today` (YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export function ageOf(birthDate: string | null, jurisdiction: 'ID' | 'HK' | null, now = clock.now()): number | null {
  return birthDate ? ageOn(birthDate, todayIn(jurisdiction, now)) : null;
}

/** Under 18: a child in the sense of Indonesia's child protection law (UU 35/2014) and Hong Kong's. */
export function isChild(birthDate: string | null, jurisdiction: 'ID' | 'HK' | null, now = clock.now()): boolean {
  const age = ageOf(birthDate, jurisdiction, now);
  return age !== null && age < 18;
}
