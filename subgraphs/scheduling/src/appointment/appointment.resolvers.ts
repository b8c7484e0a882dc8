import { ForbiddenError, ref } from '../../../kit';
import { isAppointmentParty } from '../access-policy';
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
  /**
   * Refused to anyone but the appointment's own agency whether or not an override was used, so that
   * the error itself does not tell an outsider that an emergency booking was made.
   */
  overrideReason: (appointment, _args, ctx) => {
    if (!isAppointmentParty(ctx.caller, appointment)) {
      throw new ForbiddenError("the override reason is shown only to the appointment's own agency");
    }
    return appointment.overrideReason;
  },
};
