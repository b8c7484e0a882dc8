import { Interval, mergeIntervals } from './intervals';
import { isoDayOfWeek, minutesOfClock, zonedInstant } from './zoned-time';

/** A weekly session as the arithmetic needs it: ISO day of week and local 'HH:MM' times. */
export interface WeeklySession {
  dayOfWeek: number;
  opens: string;
  closes: string;
}

/**
 * The instants a set of weekly sessions covers on one local date, merged: two sessions that touch
 * (08:00-12:00 and 12:00-16:00) make one period. The local times are read in the agency's zone on
 * that date, so Mataram's 08:00 is 00:00 UTC and Bandung's 08:00 is 01:00 UTC.
 */
export function sessionIntervalsOn(date: string, sessions: readonly WeeklySession[], timeZone: string): Interval[] {
  const day = isoDayOfWeek(date);
  const intervals: Interval[] = [];
  for (const session of sessions) {
    if (session.dayOfWeek !== day) continue;
    intervals.push({
      start: zonedInstant(date, minutesOfClock(session.opens), timeZone),
      end: zonedInstant(date, minutesOfClock(session.closes), timeZone),
    });
  }
  return mergeIntervals(intervals);
}
