import { asUuid } from '../../../kit';
import type { AppointmentKind, EmergencyOverrideInput, InputMaybe } from '../generated/graphql';
import { schedulingError } from '../scheduling-error';
import { checkTimes } from './booking-rules';

/** Escorts and home visits may need two staff members (ChildPRO "StandbyU"); no booking needs more. */
export const MAX_STAFF_PER_BOOKING = 2;
/** The largest group session: a family education programme in a hall. */
export const MAX_GROUP_CAPACITY = 200;
/** The longest reason (override or cancellation) kept on an appointment. */
export const MAX_REASON_LENGTH = 500;

/** A time range as instants, once its rules hold. */
export interface CheckedTimes {
  startsAt: number;
  endsAt: number;
}

function instant(value: Date | string): number {
  return (value instanceof Date ? value : new Date(value)).getTime();
}

/** Start and end as instants, refused with END_BEFORE_START, TOO_LONG or IN_THE_PAST. */
export function checkedTimes(startsAt: Date | string, endsAt: Date | string, now: number): CheckedTimes {
  const times = { startsAt: instant(startsAt), endsAt: instant(endsAt) };
  const breach = checkTimes(times.startsAt, times.endsAt, now);
  if (breach) throw schedulingError(breach.rule, breach.message, breach.facts);
  return times;
}

/** A reason the caller typed: trimmed, 1 to 500 characters. */
export function checkedReason(field: string, reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_REASON_LENGTH) {
    throw schedulingError('LENGTH', `${field} must be 1 to ${MAX_REASON_LENGTH} characters`, {}, field);
  }
  return trimmed;
}

/** The override's reason, or null without an override. */
export function checkedOverride(override: InputMaybe<EmergencyOverrideInput> | undefined): string | null {
  return override ? checkedReason('emergencyOverride.reason', override.reason) : null;
}

/** An id that must be a uuid; anything else cannot exist, and is refused as not found. */
export function checkedId(field: string, kind: string, id: string): string {
  const uuid = asUuid(id);
  if (!uuid) throw schedulingError('NOT_FOUND', `${kind} ${id} not found or no access`, {}, field);
  return uuid;
}

/** One or two distinct staff ids. */
export function checkedStaffIds(staffIds: readonly string[]): string[] {
  if (staffIds.length < 1 || staffIds.length > MAX_STAFF_PER_BOOKING) {
    throw schedulingError('STAFF_COUNT', `staffIds must name 1 to ${MAX_STAFF_PER_BOOKING} staff members`, {}, 'staffIds');
  }
  const ids = staffIds.map((id, i) => checkedId(`staffIds[${i}]`, 'staff member', id));
  if (new Set(ids).size !== ids.length) throw schedulingError('DUPLICATE', 'staffIds must not name a staff member twice', {}, 'staffIds');
  return ids;
}

/** A group session's capacity (required there, 1 to 200); any other kind has none. */
export function checkedCapacity(kind: AppointmentKind, capacity: InputMaybe<number> | undefined): number | null {
  if (kind !== 'GROUP_SESSION') {
    if (capacity !== null && capacity !== undefined) throw schedulingError('GROUP_ONLY', 'capacity is given only for a GROUP_SESSION', {}, 'capacity');
    return null;
  }
  if (capacity === null || capacity === undefined) throw schedulingError('REQUIRED', 'a GROUP_SESSION needs a capacity', {}, 'capacity');
  if (capacity < 1 || capacity > MAX_GROUP_CAPACITY) throw schedulingError('RANGE', `capacity must be 1 to ${MAX_GROUP_CAPACITY}`, {}, 'capacity');
  return capacity;
}

/** A version the caller read: a positive integer. */
export function checkedVersion(version: number): number {
  if (version < 1) throw schedulingError('RANGE', 'expectedVersion must be a version read from the record (1 or more)', {}, 'expectedVersion');
  return version;
}
