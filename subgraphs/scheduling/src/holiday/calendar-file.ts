import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { repoPath } from '../../../kit';

/** The kinds of day a jurisdiction's calendar closes offices on (besides days without a session). */
export type HolidayKind = 'PUBLIC_HOLIDAY' | 'COLLECTIVE_LEAVE';

/** A day on which offices of a jurisdiction are closed, with the legal instrument that says so. */
export interface PublicHoliday {
  jurisdiction: 'ID' | 'HK';
  /** YYYY-MM-DD, the jurisdiction's local calendar date. */
  date: string;
  /** Indonesian names in Indonesian, Hong Kong names in English as gazetted. */
  name: string;
  /** COLLECTIVE_LEAVE: Indonesian cuti bersama (government offices closed). */
  kind: HolidayKind;
  /** The legal source of this day. */
  source: string;
}

/**
 * One jurisdiction's public holidays for one calendar year, as a data file holds them
 * (`calendars/<jurisdiction>-<year>.json`): Indonesia from the joint decree of the Ministers of
 * Religious Affairs, Manpower and Administrative Reform (SKB 3 Menteri) on national holidays and
 * collective leave; Hong Kong from the General Holidays Ordinance (Cap. 149) and the gazetted list
 * (Sundays are general holidays there and are not listed).
 */
export interface CalendarYear {
  jurisdiction: 'ID' | 'HK';
  year: number;
  /** The legal source of the year's list, and where it was published. */
  source: string;
  days: PublicHoliday[];
}

/** The longest name or source a calendar day may carry. */
export const MAX_HOLIDAY_NAME = 200;
export const MAX_HOLIDAY_SOURCE = 1000;
/** The years a calendar may be kept for. */
export const CALENDAR_YEARS = { min: 2000, max: 2100 } as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a string is a real calendar date (YYYY-MM-DD). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Collective leave is an Indonesian institution; Hong Kong has general holidays only. */
export function kindAllowed(jurisdiction: 'ID' | 'HK', kind: HolidayKind): boolean {
  return kind === 'PUBLIC_HOLIDAY' || jurisdiction === 'ID';
}

const text = (value: unknown, max: number) => typeof value === 'string' && value.trim().length > 0 && value.trim().length <= max;

/**
 * Reads a calendar year from its JSON text, listing every problem (path and what is wrong) rather
 * than the first: a file with any problem is refused whole.
 */
export function parseCalendarYear(json: string): { ok: true; value: CalendarYear } | { ok: false; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    return { ok: false, problems: [`not JSON: ${(err as Error).message}`] };
  }
  const problems: string[] = [];
  const file = (raw ?? {}) as Record<string, unknown>;
  const jurisdiction = file.jurisdiction;
  if (jurisdiction !== 'ID' && jurisdiction !== 'HK') problems.push('jurisdiction: must be ID or HK');
  const year = file.year;
  if (!Number.isInteger(year) || (year as number) < CALENDAR_YEARS.min || (year as number) > CALENDAR_YEARS.max) {
    problems.push(`year: must be a whole year from ${CALENDAR_YEARS.min} to ${CALENDAR_YEARS.max}`);
  }
  if (!text(file.source, MAX_HOLIDAY_SOURCE)) problems.push(`source: must name the legal source (1 to ${MAX_HOLIDAY_SOURCE} characters)`);
  if (!Array.isArray(file.days) || file.days.length === 0) problems.push('days: must list the year’s days');
  const days: PublicHoliday[] = [];
  const seen = new Set<string>();
  (Array.isArray(file.days) ? file.days : []).forEach((entry: unknown, i: number) => {
    const day = (entry ?? {}) as Record<string, unknown>;
    const at = `days[${i}]`;
    if (!isCalendarDate(day.date)) problems.push(`${at}.date: must be a date YYYY-MM-DD`);
    else if (Number.isInteger(year) && !day.date.startsWith(`${year}-`)) problems.push(`${at}.date: ${day.date} is not in ${year}`);
    else if (seen.has(day.date)) problems.push(`${at}.date: ${day.date} is listed twice`);
    else seen.add(day.date);
    if (!text(day.name, MAX_HOLIDAY_NAME)) problems.push(`${at}.name: must be 1 to ${MAX_HOLIDAY_NAME} characters`);
    if (day.kind !== 'PUBLIC_HOLIDAY' && day.kind !== 'COLLECTIVE_LEAVE') problems.push(`${at}.kind: must be PUBLIC_HOLIDAY or COLLECTIVE_LEAVE`);
    else if ((jurisdiction === 'ID' || jurisdiction === 'HK') && !kindAllowed(jurisdiction, day.kind)) problems.push(`${at}.kind: ${jurisdiction} has no ${day.kind}`);
    if (day.source !== undefined && !text(day.source, MAX_HOLIDAY_SOURCE)) problems.push(`${at}.source: must be 1 to ${MAX_HOLIDAY_SOURCE} characters when given`);
    if (problems.length === 0) {
      days.push({
        jurisdiction: jurisdiction as 'ID' | 'HK',
        date: day.date as string,
        name: (day.name as string).trim(),
        kind: day.kind as HolidayKind,
        source: ((day.source as string | undefined) ?? (file.source as string)).trim(),
      });
    }
  });
  if (problems.length) return { ok: false, problems };
  days.sort((a, b) => a.date.localeCompare(b.date));
  return { ok: true, value: { jurisdiction: jurisdiction as 'ID' | 'HK', year: year as number, source: (file.source as string).trim(), days } };
}

/** Reads and checks a calendar file; throws naming the file and every problem. */
export function readCalendarFile(path: string): CalendarYear {
  const parsed = parseCalendarYear(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${basename(path)}: ${parsed.problems.join('; ')}`);
  return parsed.value;
}

/** Where the calendars that ship with SatuPintu are kept. */
export const CALENDAR_FOLDER = repoPath('subgraphs', 'scheduling', 'calendars');

/** A calendar that ships with SatuPintu, by file name (e.g. `ID-2027`). */
export function shippedCalendar(name: string): CalendarYear {
  return readCalendarFile(repoPath(CALENDAR_FOLDER, `${name}.json`));
}

/**
 * Every day of every calendar that ships with SatuPintu: what the demo world and the benchmark plan
 * around. The product itself reads the calendar from its database, where operators keep it current.
 */
export function shippedHolidays(): PublicHoliday[] {
  return readdirSync(CALENDAR_FOLDER)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => readCalendarFile(repoPath(CALENDAR_FOLDER, f)).days);
}
