import { cancelAppointment, recordAppointmentOutcome, recordAttendance } from './appointment/lifecycle.service';
import { joinGroupSession, leaveGroupSession } from './appointment/group-session.service';
import { rescheduleAppointment, scheduleAppointment } from './appointment/schedule.service';
import { addAgencyClosure, removeAgencyClosure, setOperatingSessions, setStaffRoster } from './calendar/calendar.service';
import { MutationResolvers } from './generated/graphql';
import { addPublicHoliday, changePublicHoliday, removePublicHoliday } from './holiday/holiday.service';

/** Scheduling's writes: each resolver hands its input to a service, which checks every rule before one transaction. */
export const Mutation: MutationResolvers = {
  scheduleAppointment: (_root, { input }, ctx) => scheduleAppointment(ctx, input),
  rescheduleAppointment: (_root, { input }, ctx) => rescheduleAppointment(ctx, input),
  cancelAppointment: async (_root, { input }, ctx) => ({ appointments: await cancelAppointment(ctx, input) }),
  recordAppointmentOutcome: async (_root, { input }, ctx) => ({ appointments: await recordAppointmentOutcome(ctx, input) }),
  joinGroupSession: (_root, { input }, ctx) => joinGroupSession(ctx, input),
  leaveGroupSession: (_root, { input }, ctx) => leaveGroupSession(ctx, input),
  recordAttendance: async (_root, { input }, ctx) => ({ appointments: await recordAttendance(ctx, input) }),
  setOperatingSessions: (_root, { input }, ctx) => setOperatingSessions(ctx, input),
  setStaffRoster: async (_root, { input }, ctx) => ({ staff: await setStaffRoster(ctx, input) }),
  addAgencyClosure: (_root, { input }, ctx) => addAgencyClosure(ctx, input),
  removeAgencyClosure: async (_root, { input }, ctx) => ({ closureId: await removeAgencyClosure(ctx, input) }),
  addPublicHoliday: (_root, { input }, ctx) => addPublicHoliday(ctx, input),
  changePublicHoliday: (_root, { input }, ctx) => changePublicHoliday(ctx, input),
  removePublicHoliday: async (_root, { input }, ctx) => ({ holidayId: await removePublicHoliday(ctx, input) }),
};
