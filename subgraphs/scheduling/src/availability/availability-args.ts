import { schedulingError } from '../scheduling-error';
import { MAX_APPOINTMENT_HOURS } from '../appointment/booking-rules';
import { SLOT_GRID_MINUTES } from './free-time';

/** The longest range one availability query answers: a month, as a coordinator plans. */
export const MAX_AVAILABILITY_DAYS = 31;
/** The most slots one answer carries. */
export const MAX_SLOTS = 5000;
/** The most staff members one staffAvailability names. */
export const MAX_NAMED_STAFF = 100;

const DAY_MS = 86_400_000;

/** An availability query's range and slot length, once checked. */
export interface AvailabilityWindow {
  from: number;
  to: number;
  durationMinutes: number;
}

/** A slot lasts from one grid step (15 minutes) to the longest appointment (8 hours). */
export function checkedDuration(durationMinutes: number): number {
  if (!Number.isInteger(durationMinutes) || durationMinutes < SLOT_GRID_MINUTES || durationMinutes > MAX_APPOINTMENT_HOURS * 60) {
    throw schedulingError('RANGE', `durationMinutes must be ${SLOT_GRID_MINUTES} to ${MAX_APPOINTMENT_HOURS * 60}`, {}, 'durationMinutes');
  }
  return durationMinutes;
}

/** How many slots to return: 1 to 5000. */
export function checkedFirst(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_SLOTS) throw schedulingError('RANGE', `first must be 1 to ${MAX_SLOTS}`, {}, 'first');
  return first;
}

/**
 * Checks a range before any SQL runs (to after from, at most 31 days) and starts it no earlier than
 * now, since a slot that has begun cannot be booked (IN_THE_PAST).
 */
export function checkedWindow(from: Date | string, to: Date | string, durationMinutes: number, now: number): AvailabilityWindow {
  const start = new Date(from).getTime();
  const end = new Date(to).getTime();
  if (end <= start) throw schedulingError('DATE_RANGE', 'to must be after from', {}, 'to');
  if (end - start > MAX_AVAILABILITY_DAYS * DAY_MS) throw schedulingError('DATE_RANGE', `from and to must be at most ${MAX_AVAILABILITY_DAYS} days apart`, {}, 'to');
  return { from: Math.max(start, now), to: end, durationMinutes: checkedDuration(durationMinutes) };
}
