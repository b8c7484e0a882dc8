import { asUuid, ForbiddenError, NotFoundError } from '../../../kit';
import { isAppointmentParty } from '../access-policy';
import { Context } from '../context';
import { AppointmentRow } from './appointment.repository';
import { visibleAppointment } from './appointment.access';

/**
 * An appointment the caller's agency may change. Refusals, in order: one the caller cannot see is
 * NOT_FOUND ("not found or no access"); another agency's (seen through an area manager's area) is
 * FORBIDDEN, as only the agency that owns a record writes it (a manager oversees, and does not act for, other agencies).
 */
export async function appointmentToChange(ctx: Context, appointmentId: string): Promise<AppointmentRow> {
  const row = asUuid(appointmentId) ? await visibleAppointment(ctx, appointmentId) : null;
  if (!row) throw new NotFoundError('Appointment', appointmentId);
  if (!isAppointmentParty(ctx.caller, row)) {
    ctx.audit.denied('WRITE', 'Appointment', [{ id: row.id, familyId: row.familyId }]);
    throw new ForbiddenError("only the appointment's own agency changes it");
  }
  return row;
}
