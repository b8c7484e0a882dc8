import { ConflictError, NotFoundError, staleVersion } from '../../../kit';
import { Context } from '../context';
import { schedulingError } from '../scheduling-error';
import { AppointmentRow } from './appointment.repository';
import { BookingRepository } from './booking.repository';

/** exclusion_violation: appointment_no_double_booking refused an overlapping appointment of a staff member. */
export const EXCLUSION_VIOLATION = '23P01';

/**
 * The CONFLICT for a booking the exclusion constraint refused: the database, not a check before the
 * insert, decides, so of two concurrent bookings of one staff member exactly one wins (a check before
 * the insert would let both pass).
 */
export function doubleBooked(staffIds: readonly string[]): ConflictError {
  const who = staffIds.length === 1 ? `staff member ${staffIds[0]}` : 'a staff member of this booking';
  return schedulingError('DOUBLE_BOOKED', `${who} already holds an overlapping appointment; choose another time (back-to-back is fine)`, { staffIds: [...staffIds] });
}

/**
 * Why a guarded update of a booking changed nothing: the appointment is gone (NOT_FOUND), the
 * caller's version is stale (CONFLICT STALE_VERSION with currentVersion), or the booking is no longer
 * scheduled (CONFLICT NOT_SCHEDULED with currentStatus).
 */
export async function unchanged(ctx: Context, appointmentId: string, expectedVersion: number): Promise<never> {
  const [state] = await new BookingRepository(ctx.db).stateOf(appointmentId);
  if (!state) throw new NotFoundError('Appointment', appointmentId);
  if (state.version !== expectedVersion) {
    throw staleVersion(`appointment ${appointmentId}`, expectedVersion, state);
  }
  throw schedulingError('NOT_SCHEDULED', `appointment ${appointmentId} is ${state.status}, no longer SCHEDULED`, { currentVersion: state.version, currentStatus: state.status });
}

/** Records the write of a booking's appointments and hands the fresh rows to this request's loader. */
export function written(ctx: Context, rows: AppointmentRow[], familyIds: readonly string[] = []): AppointmentRow[] {
  ctx.audit.record(
    'WRITE',
    'Appointment',
    rows.flatMap((r) => [r.familyId, ...familyIds].map((familyId) => ({ id: r.id, familyId }))),
  );
  for (const row of rows) ctx.loaders.appointment.clear(row.id).prime(row.id, row);
  if (rows.length) ctx.loaders.booking.clear(rows[0].bookingId).prime(rows[0].bookingId, rows);
  return rows;
}
