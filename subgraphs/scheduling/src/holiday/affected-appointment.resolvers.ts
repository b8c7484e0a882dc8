import { ref } from '../../../kit';
import { toLocalIsoDateTime } from '../appointment/local-date-time';
import { AffectedAppointmentResolvers } from '../generated/graphql';

/** Only when and where: the family, staff, episode and referral of the appointment stay with its agency. */
export const AffectedAppointment: AffectedAppointmentResolvers = {
  appointmentId: (appointment) => appointment.id,
  agency: (appointment) => ref(appointment.agencyId),
  startsAtLocal: (appointment) => toLocalIsoDateTime(appointment.startsAt, appointment.timeZone),
};
