import { asUuid } from '../../../kit';
import { canSeeAppointment } from '../access-policy';
import { Context } from '../context';
import type { AppointmentWindow } from '../generated/graphql';
import { AppointmentRow } from './appointment.repository';

/**
 * Loads an appointment by id through the request's loader and keeps it if the caller may see it,
 * auditing both: an appointment the caller may not see answers as if it did not exist.
 */
export async function visibleAppointment(ctx: Context, id: string): Promise<AppointmentRow | null> {
  const uuid = asUuid(id);
  if (!uuid) return null;
  const row = await ctx.loaders.appointment.load(uuid);
  if (!row) return null;
  if (!canSeeAppointment(ctx.caller, row)) {
    ctx.audit.denied('READ', 'Appointment', [{ id: row.id, familyId: row.familyId }]);
    return null;
  }
  ctx.audit.record('READ', 'Appointment', [{ id: row.id, familyId: row.familyId }]);
  return row;
}

/**
 * A family's appointments in a window, only those the caller may see (others are left out, as a
 * list never says what it withholds), each audited as read. A group session the family joined is
 * seen by its agency, and by an area manager of the joining family's area.
 */
export async function visibleAppointmentsOf(ctx: Context, familyId: string, window: AppointmentWindow): Promise<AppointmentRow[]> {
  const uuid = asUuid(familyId);
  if (!uuid) return [];
  const rows = (await ctx.loaders.appointmentsOfFamily.load({ familyId: uuid, window })).filter(
    (row) => canSeeAppointment(ctx.caller, row) || canSeeAppointment(ctx.caller, { agencyId: row.agencyId, familyRegion: row.forFamilyRegion }),
  );
  for (const row of rows) ctx.loaders.appointment.prime(row.id, row);
  ctx.audit.record(
    'READ',
    'Appointment',
    rows.map((row) => ({ id: row.id, familyId: row.forFamilyId })),
  );
  return rows;
}
