/**
 * Calendar arithmetic in an agency's IANA time zone, with Intl supplying the zone rules (so no date
 * library is needed and offset changes are followed). Times are epoch milliseconds; dates are local
 * calendar dates 'YYYY-MM-DD'; times of day are minutes after local midnight. Pure functions.
 */

import { addDays, isoDayOfWeek } from '../../../../platform/clock';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** An instant's wall clock in a zone. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Building an Intl formatter is costly; there are few zones, so one is kept per zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock of an instant in a zone. */
export function wallClockOf(instant: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const { type, value } of formatterFor(timeZone).formatToParts(instant)) parts[type] = Number(value);
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/** The offset an instant's wall clock shows, in minutes: the wall time read as UTC, minus the instant. */
export function offsetOfWallClock(instant: number, wall: WallClock): number {
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((wallAsUtc - Math.floor(instant / 1000) * 1000) / MINUTE_MS);
}

/** The zone's offset from UTC at an instant, in minutes (Asia/Makassar: 480). */
export function offsetMinutesAt(instant: number, timeZone: string): number {
  return offsetOfWallClock(instant, wallClockOf(instant, timeZone));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The local calendar date of an instant in a zone. */
export function localDateOf(instant: number, timeZone: string): string {
  const w = wallClockOf(instant, timeZone);
  return `${String(w.year).padStart(4, '0')}-${pad(w.month)}-${pad(w.day)}`;
}

/** Results of zonedInstant, which availability asks for the same sessions of many staff. */
const instants = new Map<string, number>();

/**
 * The instant a local date and time of day happen in a zone. Two passes find the offset in force at
 * that wall time; a wall time that happens twice resolves to the first, one skipped by a
 * daylight-saving jump to the instant after the jump.
 */
export function zonedInstant(date: string, minutesOfDay: number, timeZone: string): number {
  const key = `${timeZone}|${date}|${minutesOfDay}`;
  const cached = instants.get(key);
  if (cached !== undefined) return cached;
  const naive = Date.parse(`${date}T00:00:00Z`) + minutesOfDay * MINUTE_MS;
  let instant = naive - offsetMinutesAt(naive, timeZone) * MINUTE_MS;
  const second = naive - offsetMinutesAt(instant, timeZone) * MINUTE_MS;
  if (second !== instant) {
    // Near a change of offset: of the instants that show this wall time, the first; when none does
    // (a gap), the later candidate, which lies after the gap.
    const showing = [instant, second].filter((t) => t + offsetMinutesAt(t, timeZone) * MINUTE_MS === naive);
    instant = showing.length ? Math.min(...showing) : Math.max(instant, second);
  }
  if (instants.size >= 50_000) instants.clear();
  instants.set(key, instant);
  return instant;
}

/** Calendar-date arithmetic is the platform clock's (one definition for subgraphs and demo). */
export { addDays, isoDayOfWeek };

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Every date from `from` to `to`, both included. */
export function datesFrom(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/** Minutes after midnight of an 'HH:MM' time of day. */
export function minutesOfClock(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}
