import { asUuid } from '../../../kit';
import type { AppointmentKind, AppointmentPlace, EmergencyOverrideInput, InputMaybe } from '../generated/graphql';
import { schedulingError } from '../scheduling-error';
import { checkTimes } from './booking-rules';

/** Escorts and home visits may need two staff members (ChildPRO "StandbyU"); no booking needs more. */
export const MAX_STAFF_PER_BOOKING = 2;
/** The largest group session: a family education programme in a hall. */
export const MAX_GROUP_CAPACITY = 200;
/** The largest education programme: community education (edukasi) for the public in a village hall. */
export const MAX_EVENT_CAPACITY = 1000;
/** The most persons one joinGroupSession adds. */
export const MAX_PERSONS_PER_JOIN = 50;
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

/** The largest capacity a kind takes; null for kinds without seats. */
export function maxCapacity(kind: AppointmentKind): number | null {
  if (kind === 'GROUP_SESSION') return MAX_GROUP_CAPACITY;
  if (kind === 'EDUCATION_PROGRAMME') return MAX_EVENT_CAPACITY;
  return null;
}

/**
 * The seats of a booking: a group session needs a capacity (1 to 200), and so does a community event
 * (an education programme with no family, 1 to 1000); an education programme for a family may take
 * one; any other kind has none.
 */
export function checkedCapacity(kind: AppointmentKind, capacity: InputMaybe<number> | undefined, hasFamily = true): number | null {
  const max = maxCapacity(kind);
  const given = capacity !== null && capacity !== undefined;
  if (max === null) {
    if (given) throw schedulingError('GROUP_ONLY', 'capacity is given only for a GROUP_SESSION or an EDUCATION_PROGRAMME', {}, 'capacity');
    return null;
  }
  if (!given) {
    if (kind === 'GROUP_SESSION') throw schedulingError('REQUIRED', 'a GROUP_SESSION needs a capacity', {}, 'capacity');
    if (!hasFamily) throw schedulingError('REQUIRED', 'a community event (an EDUCATION_PROGRAMME without a family) needs a capacity', {}, 'capacity');
    return null;
  }
  if (capacity < 1 || capacity > max) throw schedulingError('RANGE', `capacity must be 1 to ${max}`, {}, 'capacity');
  return capacity;
}

/**
 * The family of a booking: required for every kind but an EDUCATION_PROGRAMME, which without one is a
 * community event for the public and so cannot be held at a HOME.
 */
export function checkedFamily(kind: AppointmentKind, place: AppointmentPlace, familyId: InputMaybe<string> | undefined): string | null {
  if (familyId !== null && familyId !== undefined) return checkedId('familyId', 'family', familyId);
  if (kind !== 'EDUCATION_PROGRAMME') throw schedulingError('REQUIRED', `a ${kind} is booked for a family: familyId is required`, {}, 'familyId');
  if (place === 'HOME') throw schedulingError('HOME_WITHOUT_FAMILY', 'a community event without a family cannot take place at a HOME', {}, 'place');
  return null;
}

/** How many came to a group session or education programme: 0 to its capacity, or to the kind's largest capacity without one. */
export function checkedAttendance(attendanceCount: number, capacity: number | null, kind: AppointmentKind): number {
  const max = capacity ?? maxCapacity(kind) ?? 0;
  if (!Number.isInteger(attendanceCount) || attendanceCount < 0 || attendanceCount > max) {
    throw schedulingError('RANGE', `attendanceCount must be 0 to ${max}${capacity === null ? '' : ' (the capacity)'}`, { capacity }, 'attendanceCount');
  }
  return attendanceCount;
}

/** A version the caller read: a positive integer. */
export function checkedVersion(version: number): number {
  if (version < 1) throw schedulingError('RANGE', 'expectedVersion must be a version read from the record (1 or more)', {}, 'expectedVersion');
  return version;
}
