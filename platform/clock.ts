import { clockConfig, isProduction } from './config';

/**
 * The one clock of SatuPintu: every rule that asks what time or what day it is (a booking in the
 * past, an overdue referral, a child's age, today's date in an agency's zone, the demo world's anchor
 * day) asks this clock, never `Date.now()` or SQL `now()`. Identity tokens and the audit log keep the
 * real time: a clock setting never makes an expired token valid or backdates an audit row.
 *
 * Outside production the clock can be set, so that a test run or a demo lives on a chosen day:
 * - `SATUPINTU_CLOCK` is the time the clock shows when it is set: an instant with its offset
 *   (`2027-01-04T09:30:00+07:00`), or a date (`2027-01-04`), which means 10:00 in western Indonesia
 *   that day (03:00 UTC): the same date in Jakarta, Makassar and Hong Kong, and within office hours.
 * - `SATUPINTU_CLOCK_SET_AT` (milliseconds since 1970, real time) is when it was set; every process
 *   started from the same environment then shows the same time. Without it, the process's first read.
 * From there the clock runs at the real pace, so timeouts and durations behave as they do in life.
 * Production refuses the setting: the services refuse to start with it.
 */
export interface ClockSetting {
  /** What the clock shows at `setAt`, in milliseconds since 1970. */
  shows: number;
  /** The real instant it was set, in milliseconds since 1970. */
  setAt: number;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
/** A date-only setting starts at 10:00 UTC+7. */
const DATE_START_UTC = 'T03:00:00Z';

/** Reads a clock setting; null when the clock runs on real time. Throws on a value it cannot read. */
export function parseClockSetting(shows: string | undefined, setAt: string | undefined, realNow: number): ClockSetting | null {
  if (shows === undefined || shows === '') return null;
  const text = DATE_ONLY.test(shows) ? `${shows}${DATE_START_UTC}` : shows;
  // Date.parse rolls 30 February over into March; a date that does not exist is refused instead.
  const day = text.slice(0, 10);
  const midnight = new Date(`${day}T00:00:00Z`);
  const real = !Number.isNaN(midnight.getTime()) && midnight.toISOString().startsWith(day);
  const ms = INSTANT.test(text) && real ? Date.parse(text) : NaN;
  if (Number.isNaN(ms)) throw new Error(`SATUPINTU_CLOCK must be a date (2027-01-04) or an instant with its offset (2027-01-04T09:30:00+07:00), got "${shows}"`);
  const at = setAt === undefined || setAt === '' ? realNow : Number(setAt);
  if (!Number.isSafeInteger(at)) throw new Error(`SATUPINTU_CLOCK_SET_AT must be milliseconds since 1970, got "${setAt}"`);
  return { shows: ms, setAt: at };
}

/**
 * Pins a set clock in this process's environment (SATUPINTU_CLOCK_SET_AT), so that every process
 * started from it shows the same time as this one.
 */
export function pinClockSetting(): void {
  const { clock: set, setAt } = clockConfig();
  if (set && !setAt) process.env.SATUPINTU_CLOCK_SET_AT = String(Date.now());
  clockOffsetMs();
}

let offsetMs: number | null = null;

/**
 * How far the clock is from real time, in milliseconds (0 on real time). Read once per process; the
 * services call it when they start, so that a bad or forbidden setting stops them there.
 */
export function clockOffsetMs(): number {
  if (offsetMs === null) {
    const { clock: set, setAt } = clockConfig();
    const setting = parseClockSetting(set, setAt, Date.now());
    if (setting && isProduction()) throw new Error('SATUPINTU_CLOCK is refused with NODE_ENV=production: production runs on real time');
    offsetMs = setting ? setting.shows - setting.setAt : 0;
  }
  return offsetMs;
}

/** The calendar date of an instant in a time zone (YYYY-MM-DD). */
export function dateIn(instant: number | Date, timeZone: string): string {
  return formatterFor(timeZone).format(instant);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The clock every rule reads. */
export const clock = {
  /** Now, in milliseconds since 1970. */
  nowMs(): number {
    return Date.now() + clockOffsetMs();
  },
  /** Now. */
  now(): Date {
    return new Date(clock.nowMs());
  },
  /** Today's date in a time zone (YYYY-MM-DD), e.g. an agency's own. */
  today(timeZone: string): string {
    return dateIn(clock.nowMs(), timeZone);
  },
};

const DAY_MS = 86_400_000;

/** ISO 8601 day of week of a calendar date (YYYY-MM-DD): 1 Monday to 7 Sunday. */
export function isoDayOfWeek(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The calendar date `days` after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
