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
    if (appointment.kind !== 'GROUP_SESSION' && appointment.kind !== 'EDUCATION_PROGRAMME') return null;
    const [families, persons] = await Promise.all([ctx.loaders.participants.load(appointment.bookingId), ctx.loaders.sessionPersons.load(appointment.bookingId)]);
    return (appointment.familyId ? 1 : 0) + families.length + persons.filter((p) => p.leftAt === null).length;
  },
  /**
   * The booked family, those that joined as a whole, then the families of the persons taking part. The
   * agency sees them all; a caller who sees the session through their area sees only the families of
   * that area, as the others' records are not theirs.
   */
  participants: async (appointment, _args, ctx) => {
    const seated = appointment.kind === 'GROUP_SESSION' || appointment.kind === 'EDUCATION_PROGRAMME';
    const [joined, persons] = seated ? await Promise.all([ctx.loaders.participants.load(appointment.bookingId), ctx.loaders.sessionPersons.load(appointment.bookingId)]) : [[], []];
    const booked = appointment.familyId && appointment.familyRegion ? [{ familyId: appointment.familyId, familyRegion: appointment.familyRegion }] : [];
    const all = [...booked, ...joined, ...persons.filter((p) => p.leftAt === null)];
    const party = isAppointmentParty(ctx.caller, appointment);
    const ids = all.filter((p) => party || inArea(ctx.caller, p.familyRegion)).map((p) => p.familyId);
    return [...new Set(ids)].map((id) => ({ id }));
  },
  /** The persons who joined, those who left included; by area as participants are. Each read is audited against the person's family. */
  registeredPersons: async (appointment, _args, ctx) => {
    if (appointment.kind !== 'GROUP_SESSION' && appointment.kind !== 'EDUCATION_PROGRAMME') return [];
    const party = isAppointmentParty(ctx.caller, appointment);
    const persons = (await ctx.loaders.sessionPersons.load(appointment.bookingId)).filter((p) => party || inArea(ctx.caller, p.familyRegion));
    ctx.audit.record(
      'READ',
      'SessionParticipant',
      persons.map((p) => ({ id: p.personId, familyId: p.familyId })),
    );
    return persons.map((p) => ({ person: { id: p.personId }, family: { id: p.familyId }, joinedAt: p.joinedAt, leftAt: p.leftAt }));
  },
};
