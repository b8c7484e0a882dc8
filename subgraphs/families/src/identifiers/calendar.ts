/**
 * Calendar arithmetic the NIK and No. KK need: their dates are DDMMYY with a two-digit year, so the
 * century has to be inferred, and the date must exist (no 31 February; 29 February only in leap years).
 * Pure integer arithmetic, no Date parsing, so the server's time zone cannot shift a day.
 */

/** Gregorian rule: every 4th year is a leap year, except centuries, except every 400th year (2000 was). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/** True when year-month-day is a day that exists on the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * The four-digit year of a DDMMYY date: the latest century in which the date is not after `today`
 * (compared on `today`'s UTC calendar date). A NIK's birth date and a KK's issue date lie in the past,
 * so with today 2025-06-01: "010124" is 2024, "010625" is 2025 (today), "020625" is 1925, "311299" is 1999.
 */
export function resolveTwoDigitYear(yy: number, month: number, day: number, today: Date): number {
  const todayYear = today.getUTCFullYear();
  let year = todayYear - (todayYear % 100) + yy;
  const todayKey = todayYear * 10000 + (today.getUTCMonth() + 1) * 100 + today.getUTCDate();
  if (year * 10000 + month * 100 + day > todayKey) year -= 100;
  return year;
}

/** YYYY-MM-DD. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Reads the date part of an ISO 8601 string (YYYY-MM-DD, optionally followed by a time), or undefined
 * when it is not one or names a day that does not exist.
 */
export function parseIsoDate(value: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
