import { WeeklySession, sessionIntervalsOn } from '../calendar/day-calendar';
import { clipIntervals, Interval, mergeIntervals, subtractIntervals } from '../calendar/intervals';
import { datesFrom, localDateOf } from '../calendar/zoned-time';

/** Slots start on the quarter hours of the agency's clock (a 15-minute grid, as appointments are booked). */
export const SLOT_GRID_MINUTES = 15;
const GRID_MS = SLOT_GRID_MINUTES * 60_000;

/** What one staff member's free time is made of. */
export interface StaffTime {
  /** The agency's IANA zone: sessions are local times in it. */
  timeZone: string;
  /** The sessions the staff member works (a subset of the agency's sessions, so inside its hours). */
  rosterSessions: readonly WeeklySession[];
  /** Local dates the agency is closed: jurisdiction holidays and collective leave, agency closures. */
  closedDates: ReadonlySet<string>;
  /** Their scheduled and completed appointments, in any order; cancelled and no-show ones free the time. */
  busy: readonly Interval[];
}

/**
 * A staff member's free time within [from, to): the sessions they work on each local date of the
 * range that is not closed, less their appointments. Pure arithmetic over half-open intervals.
 */
export function freeIntervals(time: StaffTime, from: number, to: number): Interval[] {
  if (to <= from) return [];
  const dates = datesFrom(localDateOf(from, time.timeZone), localDateOf(to - 1, time.timeZone));
  const open: Interval[] = [];
  for (const date of dates) {
    if (!time.closedDates.has(date)) open.push(...sessionIntervalsOn(date, time.rosterSessions, time.timeZone));
  }
  return subtractIntervals(clipIntervals(mergeIntervals(open), from, to), mergeIntervals(time.busy));
}

/**
 * Every slot of `durationMinutes` inside free intervals, starting on the 15-minute grid. Aligning to
 * UTC quarter hours is aligning to the local clock's, because every zone's offset from UTC is a whole
 * number of quarter hours (+07:00, +08:00, +05:45).
 */
export function slotsIn(free: readonly Interval[], durationMinutes: number): Interval[] {
  const duration = durationMinutes * 60_000;
  const slots: Interval[] = [];
  for (const { start, end } of free) {
    for (let s = Math.ceil(start / GRID_MS) * GRID_MS; s + duration <= end; s += GRID_MS) slots.push({ start: s, end: s + duration });
  }
  return slots;
}

/** One slot of one staff member. */
export interface StaffSlot<S> {
  staff: S;
  start: number;
  end: number;
}

/**
 * The slots of several staff members, earliest first and, at the same time, by `order` (the staff
 * member's name), so that a coordinator reads them as a timetable.
 */
export function staffSlots<S>(staff: ReadonlyArray<{ staff: S; time: StaffTime }>, from: number, to: number, durationMinutes: number, order: (a: S, b: S) => number): Array<StaffSlot<S>> {
  const all: Array<StaffSlot<S>> = [];
  for (const { staff: member, time } of staff) {
    for (const slot of slotsIn(freeIntervals(time, from, to), durationMinutes)) all.push({ staff: member, start: slot.start, end: slot.end });
  }
  return all.sort((a, b) => a.start - b.start || order(a.staff, b.staff));
}
