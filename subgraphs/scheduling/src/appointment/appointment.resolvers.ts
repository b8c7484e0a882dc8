import { ref } from '../../../kit';
import { inArea } from '../../../../domain/access-roles';
import { caseText, isAppointmentParty } from '../access-policy';
import { AppointmentResolvers } from '../generated/graphql';
import { visibleStaff } from '../staff/staff.access';
import { visibleAppointment } from './appointment.access';
import { toLocalIsoDateTime } from './local-date-time';

export const Appointment: AppointmentResolvers = {
  __resolveReference: (reference, ctx) => visibleAppointment(ctx, reference.id),
  staff: (appointment, _args, ctx) => visibleStaff(ctx, appointment.staffId),
  agency: (appointment) => ref(appointment.agencyId),
  family: (appointment) => ref(appointment.familyId),
  serviceEpisode: (appointment) => ref(appointment.episodeId),
  referral: (appointment) => ref(appointment.referralId),
  startsAtLocal: (appointment) => toLocalIsoDateTime(appointment.startsAt, appointment.timeZone),
  endsAtLocal: (appointment) => toLocalIsoDateTime(appointment.endsAt, appointment.timeZone),
  overrideReason: (appointment, _args, ctx) => caseText(ctx.caller, appointment, appointment.overrideReason, 'the reason for an emergency booking'),
  cancelReason: (appointment, _args, ctx) => caseText(ctx.caller, appointment, appointment.cancelReason, 'the reason for a cancellation'),
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
