import { WeeklySession, sessionIntervalsOn } from '../calendar/day-calendar';
import { covers, Interval } from '../calendar/intervals';
import { isoDayOfWeek, localDateOf } from '../calendar/zoned-time';
import { SchedulingRule } from '../scheduling-error';

/** The longest appointment: a working day; a longer one is refused as TOO_LONG (most likely a mistyped end). */
export const MAX_APPOINTMENT_HOURS = 8;
const MAX_APPOINTMENT_MS = MAX_APPOINTMENT_HOURS * 3_600_000;

/** A broken rule with what the caller is told. */
export interface RuleBreach {
  rule: SchedulingRule;
  message: string;
  facts?: Record<string, unknown>;
}

/** The time rules no override waives: the end after the start, at most eight hours, not in the past. */
export function checkTimes(startsAt: number, endsAt: number, now: number): RuleBreach | null {
  if (endsAt <= startsAt) return { rule: 'END_BEFORE_START', message: 'endsAt must be after startsAt' };
  if (endsAt - startsAt > MAX_APPOINTMENT_MS) {
    return { rule: 'TOO_LONG', message: `an appointment lasts at most ${MAX_APPOINTMENT_HOURS} hours`, facts: { maxHours: MAX_APPOINTMENT_HOURS } };
  }
  if (startsAt < now) return { rule: 'IN_THE_PAST', message: 'startsAt is in the past' };
  return null;
}

const DAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** What the calendar rules need to know of one agency and one staff member. */
export interface CalendarFacts {
  timeZone: string;
  /** The agency's weekly sessions. */
  agencySessions: readonly WeeklySession[];
  /** The sessions the staff member works. */
  rosterSessions: readonly WeeklySession[];
  /** The agency's closed dates (jurisdiction holidays and its own closures) around the appointment, by name. */
  closures: ReadonlyMap<string, string>;
}

/**
 * The calendar rules an emergency override waives, in the order a coordinator would fix them: a
 * closed day (a holiday, collective leave, an agency closure, or a day with no session such as a
 * ChildPRO Sunday), then the agency's sessions, then the staff member's roster. The appointment must
 * lie inside the sessions of the local date it starts on, read in the agency's time zone; touching
 * sessions count as one period.
 */
export function checkCalendar(startsAt: number, endsAt: number, facts: CalendarFacts): RuleBreach | null {
  const date = localDateOf(startsAt, facts.timeZone);
  const day = isoDayOfWeek(date);
  const closure = facts.closures.get(date);
  if (closure !== undefined) {
    return { rule: 'CLOSED_DAY', message: `the agency is closed on ${date} (${closure})`, facts: { date, closure } };
  }
  const sessions = sessionIntervalsOn(date, facts.agencySessions, facts.timeZone);
  if (sessions.length === 0) {
    return { rule: 'CLOSED_DAY', message: `the agency has no session on ${DAY_NAMES[day]}s (${date})`, facts: { date, closure: null } };
  }
  const appointment: Interval = { start: startsAt, end: endsAt };
  if (!covers(sessions, appointment)) {
    return { rule: 'OUTSIDE_SESSIONS', message: `the appointment is not inside the agency's operating sessions on ${date} (${facts.timeZone})`, facts: { date } };
  }
  if (!covers(sessionIntervalsOn(date, facts.rosterSessions, facts.timeZone), appointment)) {
    return { rule: 'OUTSIDE_ROSTER', message: `the staff member does not work that time on ${date}`, facts: { date } };
  }
  return null;
}
