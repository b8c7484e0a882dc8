import { schedulingError } from '../scheduling-error';
import { WeeklySession, sessionIntervalsOn } from '../calendar/day-calendar';
import { totalLength } from '../calendar/intervals';
import { datesFrom, daysBetween, localDateOf } from '../calendar/zoned-time';
import type { AppointmentKind, AppointmentStatus } from '../generated/graphql';

const HOUR_MS = 3_600_000;

/** The longest range a workload covers: a quarter, a manager's reporting period. */
export const MAX_WORKLOAD_DAYS = 93;

/** Checks a workload's dates before any SQL runs: from not after to, at most 93 days. */
export function checkWorkloadRange(from: string, to: string): void {
  const days = daysBetween(from, to) + 1;
  if (days < 1) throw schedulingError('DATE_RANGE', 'to must not be before from', {}, 'to');
  if (days > MAX_WORKLOAD_DAYS) throw schedulingError('DATE_RANGE', `a workload covers at most ${MAX_WORKLOAD_DAYS} days`, {}, 'to');
}

/** The kinds in the contract's order, so that counts always come out the same way round. */
const KINDS: readonly AppointmentKind[] = ['HOME_VISIT', 'INDIVIDUAL_SESSION', 'GROUP_SESSION', 'CONSULTATION', 'ESCORT', 'CASE_CONFERENCE', 'EDUCATION_PROGRAMME'];

/** What the workload of one staff member over a range is computed from. */
export interface WorkloadInput {
  /** First and last local dates counted (inclusive). */
  from: string;
  to: string;
  timeZone: string;
  rosterSessions: readonly WeeklySession[];
  closedDates: ReadonlySet<string>;
  appointments: ReadonlyArray<{ kind: AppointmentKind; status: AppointmentStatus; startsAt: Date; endsAt: Date }>;
}

export interface Workload {
  from: string;
  to: string;
  bookedHours: number;
  rosteredHours: number;
  utilisation: number | null;
  appointmentCount: number;
  byKind: Array<{ kind: AppointmentKind; count: number }>;
}

/** Hours to two decimals, so that sums of quarter hours print cleanly. */
function hours(ms: number): number {
  return Math.round((ms / HOUR_MS) * 100) / 100;
}

/**
 * Booked against rostered time for a manager's view (how loaded each staff member is). Booked: scheduled and completed
 * appointments that start on a local date of the range (cancelled and no-show ones freed the time).
 * Rostered: the sessions on the roster on each date of the range that is not a closed day.
 */
export function computeWorkload(input: WorkloadInput): Workload {
  let rostered = 0;
  for (const date of datesFrom(input.from, input.to)) {
    if (!input.closedDates.has(date)) rostered += totalLength(sessionIntervalsOn(date, input.rosterSessions, input.timeZone));
  }
  let booked = 0;
  const counts = new Map<AppointmentKind, number>();
  for (const a of input.appointments) {
    if (a.status !== 'SCHEDULED' && a.status !== 'COMPLETED') continue;
    const date = localDateOf(a.startsAt.getTime(), input.timeZone);
    if (date < input.from || date > input.to) continue;
    booked += a.endsAt.getTime() - a.startsAt.getTime();
    counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  }
  return {
    from: input.from,
    to: input.to,
    bookedHours: hours(booked),
    rosteredHours: hours(rostered),
    utilisation: rostered > 0 ? Math.round((booked / rostered) * 1000) / 1000 : null,
    appointmentCount: [...counts.values()].reduce((a, b) => a + b, 0),
    byKind: KINDS.filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind)! })),
  };
}
