import { sessionIntervalsOn, WeeklySession } from './day-calendar';
import { addDays, localDateOf } from './zoned-time';

/** The most working days a deadline may count. */
export const MAX_WORKING_DAYS = 60;
/** How many calendar days a count of MAX_WORKING_DAYS may need at most (a one-session week, holidays). */
export const WORKING_DAY_HORIZON_DAYS = 7 * MAX_WORKING_DAYS + 60;

/**
 * The deadline of something due within `workingDays` of an agency's working days from `from`: the
 * close of the agency's last session on the last of those days. Days are counted in the agency's
 * zone from the day after `from` (the day something arrives is not a full working day); a working day
 * has a session and is not in `closedDates` (public holidays, collective leave, the agency's own
 * closures). Null when the agency has no session in the horizon. Pure.
 */
export function workingDayDeadline(from: number, workingDays: number, timeZone: string, sessions: readonly WeeklySession[], closedDates: ReadonlySet<string>): number | null {
  let date = localDateOf(from, timeZone);
  let counted = 0;
  for (let i = 0; i < WORKING_DAY_HORIZON_DAYS; i++) {
    date = addDays(date, 1);
    if (closedDates.has(date)) continue;
    const open = sessionIntervalsOn(date, sessions, timeZone);
    if (open.length === 0) continue;
    counted++;
    if (counted === workingDays) return open[open.length - 1].end;
  }
  return null;
}
