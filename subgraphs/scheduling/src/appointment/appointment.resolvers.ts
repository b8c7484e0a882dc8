import { ForbiddenError, inArea, ref } from '../../../kit';
import { isAppointmentParty } from '../access-policy';
import { AppointmentResolvers } from '../generated/graphql';
import { visibleStaff } from '../staff/staff.access';
import { visibleAppointment } from './appointment.access';
import { toLocalIsoDateTime } from './local-date-time';

/**
 * Refused to anyone but the appointment's own agency whether or not the field has a value, so that
 * the error itself does not tell an outsider that an emergency booking or a cancellation was made.
 */
function agencyOnly(caller: Parameters<typeof isAppointmentParty>[0], appointment: { agencyId: string }, what: string): void {
  if (!isAppointmentParty(caller, appointment)) throw new ForbiddenError(`the ${what} is shown only to the appointment's own agency`);
}

export const Appointment: AppointmentResolvers = {
  __resolveReference: (reference, ctx) => visibleAppointment(ctx, reference.id),
  staff: (appointment, _args, ctx) => visibleStaff(ctx, appointment.staffId),
  agency: (appointment) => ref(appointment.agencyId),
  family: (appointment) => ref(appointment.familyId),
  serviceEpisode: (appointment) => ref(appointment.episodeId),
  referral: (appointment) => ref(appointment.referralId),
  startsAtLocal: (appointment) => toLocalIsoDateTime(appointment.startsAt, appointment.timeZone),
  endsAtLocal: (appointment) => toLocalIsoDateTime(appointment.endsAt, appointment.timeZone),
  overrideReason: (appointment, _args, ctx) => {
    agencyOnly(ctx.caller, appointment, 'override reason');
    return appointment.overrideReason;
  },
  cancelReason: (appointment, _args, ctx) => {
    agencyOnly(ctx.caller, appointment, 'cancellation reason');
    return appointment.cancelReason;
  },
  seatsTaken: async (appointment, _args, ctx) => {
    if (appointment.kind !== 'GROUP_SESSION') return null;
    return 1 + (await ctx.loaders.participants.load(appointment.bookingId)).length;
  },
  /**
   * The booked family and those that joined. The agency sees them all; a caller who sees the session
   * through their area sees only the families of that area, as the others' records are not theirs.
   */
  participants: async (appointment, _args, ctx) => {
    const joined = appointment.kind === 'GROUP_SESSION' ? await ctx.loaders.participants.load(appointment.bookingId) : [];
    const all = [{ familyId: appointment.familyId, familyRegion: appointment.familyRegion }, ...joined];
    const party = isAppointmentParty(ctx.caller, appointment);
    return all.filter((p) => party || inArea(ctx.caller, p.familyRegion)).map((p) => ({ id: p.familyId }));
  },
};
