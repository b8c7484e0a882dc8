import { schedulingError } from '../scheduling-error';

/** The longest span `holidays` answers: a year, a leap year included. */
export const MAX_HOLIDAY_RANGE_DAYS = 366;

const DAY_MS = 86_400_000;

/**
 * Checks a holidays query's dates (already well-formed YYYY-MM-DD by the Date scalar) before any SQL
 * runs: `from` not after `to`, and at most a year apart so that one call cannot ask for every row.
 */
export function checkHolidayRange(from: string, to: string): void {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
  if (days < 0) throw schedulingError('DATE_RANGE', 'to must not be before from', {}, 'to');
  if (days > MAX_HOLIDAY_RANGE_DAYS) {
    throw schedulingError('DATE_RANGE', `from and to must be at most ${MAX_HOLIDAY_RANGE_DAYS} days apart`, {}, 'to');
  }
}
