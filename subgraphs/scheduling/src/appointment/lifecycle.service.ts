import { clock, InputProblems } from '../../../kit';
import { Context } from '../context';
import type { CancelAppointmentInput, RecordAppointmentOutcomeInput, RecordAttendanceInput } from '../generated/graphql';
import { schedulingError } from '../scheduling-error';
import { AppointmentRow } from './appointment.repository';
import { appointmentToChange } from './appointment-to-change';
import { canMove } from './appointment-status';
import { checkedAttendance, checkedReason, checkedVersion } from './booking-input';
import { BookingRepository } from './booking.repository';
import { toLocalIsoDateTime } from './local-date-time';
import { unchanged, written } from './write-outcome';

/** Cancels a scheduled booking, every staff member's appointment in it, with a reason; the time is free again. */
export async function cancelAppointment(ctx: Context, input: CancelAppointmentInput): Promise<AppointmentRow[]> {
  const problems = new InputProblems();
  const version = problems.check(() => checkedVersion(input.expectedVersion))!;
  const reason = problems.check(() => checkedReason('reason', input.reason))!;
  problems.throwIfAny();
  const appointment = await appointmentToChange(ctx, input.appointmentId);
  if (!canMove(appointment.status, 'CANCELLED')) return unchanged(ctx, appointment.id, version);
  const rows = await ctx.db.transaction((sql) => new BookingRepository(sql).finish(appointment.id, version, 'CANCELLED', reason));
  if (rows.length === 0) return unchanged(ctx, appointment.id, version);
  return written(ctx, rows);
}

/**
 * Records how a booking went, COMPLETED or NO_SHOW, once it has started (NOT_STARTED before). A
 * no-show frees the time for the exclusion constraint, as a cancellation does.
 */
export async function recordAppointmentOutcome(ctx: Context, input: RecordAppointmentOutcomeInput): Promise<AppointmentRow[]> {
  const version = checkedVersion(input.expectedVersion);
  const appointment = await appointmentToChange(ctx, input.appointmentId);
  if (!canMove(appointment.status, input.outcome)) return unchanged(ctx, appointment.id, version);
  if (appointment.startsAt.getTime() > clock.nowMs()) {
    throw schedulingError('NOT_STARTED', `appointment ${appointment.id} starts at ${toLocalIsoDateTime(appointment.startsAt, appointment.timeZone)}; record its outcome once it has started`);
  }
  const rows = await ctx.db.transaction((sql) => new BookingRepository(sql).finish(appointment.id, version, input.outcome, null));
  if (rows.length === 0) return unchanged(ctx, appointment.id, version);
  return written(ctx, rows);
}

/**
 * Records how many came to a group session or education programme once it has started (NOT_STARTED
 * before), at most its capacity (RANGE), and marks the booking COMPLETED: it took place. A completed
 * one's count may be corrected; a cancelled one or a no-show has none (NOT_SCHEDULED).
 */
export async function recordAttendance(ctx: Context, input: RecordAttendanceInput): Promise<AppointmentRow[]> {
  const problems = new InputProblems();
  const version = problems.check(() => checkedVersion(input.expectedVersion))!;
  problems.check(() => checkedAttendance(input.attendanceCount, null, 'EDUCATION_PROGRAMME'));
  problems.throwIfAny();
  const appointment = await appointmentToChange(ctx, input.appointmentId);
  if (appointment.kind !== 'GROUP_SESSION' && appointment.kind !== 'EDUCATION_PROGRAMME') {
    throw schedulingError('NOT_GROUP_SESSION', `appointment ${appointment.id} is a ${appointment.kind}; attendance is counted for group sessions and education programmes`);
  }
  if (appointment.status !== 'SCHEDULED' && appointment.status !== 'COMPLETED') return unchanged(ctx, appointment.id, version);
  if (appointment.startsAt.getTime() > clock.nowMs()) {
    throw schedulingError(
      'NOT_STARTED',
      `appointment ${appointment.id} starts at ${toLocalIsoDateTime(appointment.startsAt, appointment.timeZone)}; record its attendance once it has started`,
      {},
      'appointmentId',
    );
  }
  const attendanceCount = checkedAttendance(input.attendanceCount, appointment.capacity, appointment.kind);
  const rows = await ctx.db.transaction((sql) => new BookingRepository(sql).recordAttendance(appointment.id, version, attendanceCount));
  if (rows.length === 0) return unchanged(ctx, appointment.id, version);
  return written(ctx, rows);
}
