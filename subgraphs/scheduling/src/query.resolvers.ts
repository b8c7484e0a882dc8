import { visibleAppointment } from './appointment/appointment.access';
import { availability, nextAvailableSlot, staffAvailability } from './availability/availability.service';
import { QueryResolvers } from './generated/graphql';
import { calendarYearsOf, holidaysBetween } from './holiday/holiday.service';
import { visibleStaff } from './staff/staff.access';

export const Query: QueryResolvers = {
  staff: (_root, { id }, ctx) => visibleStaff(ctx, id),
  appointment: (_root, { id }, ctx) => visibleAppointment(ctx, id),
  holidays: (_root, { jurisdiction, from, to }, ctx) => holidaysBetween(ctx, jurisdiction, from, to),
  calendarYears: (_root, { jurisdiction }, ctx) => calendarYearsOf(ctx, jurisdiction),
  availability: (_root, args, ctx) => availability(ctx, args),
  staffAvailability: (_root, args, ctx) => staffAvailability(ctx, args),
  nextAvailableSlot: (_root, args, ctx) => nextAvailableSlot(ctx, args),
};
