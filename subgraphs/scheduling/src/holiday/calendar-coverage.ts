/**
 * Which years of a jurisdiction's holiday calendar are known. A year that was never loaded is
 * unknown, not holiday-free: the holidays query refuses it, and availability and bookings in it still
 * work but say so (CALENDAR_NOT_LOADED). Pure functions.
 */

/** A caveat on an answer that is right only as far as SatuPintu knows. */
export interface SchedulingWarning {
  code: 'CALENDAR_NOT_LOADED';
  message: string;
  jurisdiction: 'ID' | 'HK';
  year: number;
}

/** The loaded years, as `ID-2027` keys. */
export type LoadedYears = ReadonlySet<string>;

export const yearKey = (jurisdiction: 'ID' | 'HK', year: number) => `${jurisdiction}-${year}`;

/** The years a range of dates (YYYY-MM-DD, inclusive) touches. */
export function yearsOf(from: string, to: string): number[] {
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(y);
  return years;
}

/** The years of a range whose calendar is not loaded. */
export function missingYears(loaded: LoadedYears, jurisdiction: 'ID' | 'HK', from: string, to: string): number[] {
  return yearsOf(from, to).filter((y) => !loaded.has(yearKey(jurisdiction, y)));
}

/** One warning per jurisdiction and year of the ranges whose calendar is not loaded. */
export function calendarWarnings(loaded: LoadedYears, ranges: ReadonlyArray<{ jurisdiction: 'ID' | 'HK'; from: string; to: string }>): SchedulingWarning[] {
  const warnings = new Map<string, SchedulingWarning>();
  for (const { jurisdiction, from, to } of ranges) {
    for (const year of missingYears(loaded, jurisdiction, from, to)) {
      warnings.set(yearKey(jurisdiction, year), {
        code: 'CALENDAR_NOT_LOADED',
        jurisdiction,
        year,
        message: `the ${jurisdiction} public holidays of ${year} are not loaded: days in ${year} are treated as working days unless the agency closed them`,
      });
    }
  }
  return [...warnings.values()].sort((a, b) => a.jurisdiction.localeCompare(b.jurisdiction) || a.year - b.year);
}

/** How many days before the end of the last loaded year readiness turns to `warn`. */
export const CALENDAR_WARN_DAYS = 60;

/** The calendar check of /health/ready for each jurisdiction: the last loaded year, and `warn` near its end. */
export function calendarReadiness(loaded: LoadedYears, todayOf: (jurisdiction: 'ID' | 'HK') => string): { status: 'ok' | 'warn'; jurisdictions: Record<string, unknown> } {
  let status: 'ok' | 'warn' = 'ok';
  const jurisdictions: Record<string, unknown> = {};
  for (const jurisdiction of ['ID', 'HK'] as const) {
    const today = todayOf(jurisdiction);
    const years = [...loaded].filter((k) => k.startsWith(`${jurisdiction}-`)).map((k) => Number(k.slice(3)));
    // The calendar runs without a gap from this year on, as far as it is loaded.
    let last = Number(today.slice(0, 4)) - 1;
    while (years.includes(last + 1)) last++;
    const daysLeft = Math.round((Date.parse(`${last}-12-31T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
    const warn = daysLeft < CALENDAR_WARN_DAYS;
    if (warn) status = 'warn';
    jurisdictions[jurisdiction] = {
      status: warn ? 'warn' : 'ok',
      loadedThrough: daysLeft >= 0 ? `${last}-12-31` : null,
      ...(warn ? { message: `load the ${jurisdiction} public holidays of ${last + 1}: the calendar ${daysLeft >= 0 ? `ends in ${daysLeft} days` : 'for this year is not loaded'}` } : {}),
    };
  }
  return { status, jurisdictions };
}
