/**
 * Calendar days as integers (days since 1970-01-01, UTC), so that the generator's date arithmetic on
 * millions of rows is integer arithmetic; ISO strings are made once per day and cached.
 */
const MS_PER_DAY = 86_400_000;
const isoCache = new Map<number, string>();

export function dayOf(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY);
}

export function isoOfDay(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}

const HH_MM = Array.from({ length: 1440 }, (_, m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);

/** An instant on a whole minute as an ISO timestamp (what toISOString gives, without its cost on a million rows). */
export function isoOfMinuteMs(ms: number): string {
  const day = Math.floor(ms / MS_PER_DAY);
  return `${isoOfDay(day)}T${HH_MM[Math.floor((ms - day * MS_PER_DAY) / 60_000)]}:00Z`;
}

/** ISO day of week, 1 Monday .. 7 Sunday (1970-01-01 was a Thursday). */
export function dayOfWeek(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The instant `minutes` after midnight of `day` in a zone `offsetMinutes` east of UTC, in milliseconds. */
export function localMinuteToUtcMs(day: number, minutes: number, offsetMinutes: number): number {
  return day * MS_PER_DAY + (minutes - offsetMinutes) * 60_000;
}

/** 'HH:MM' as minutes after midnight. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

export { MS_PER_DAY };
