import { canReadDirectory } from './access-policy';
import { visibleAppointment } from './appointment/appointment.access';
import { availability, nextAvailableSlot, staffAvailability } from './availability/availability.service';
import { checkHolidayRange } from './calendar/holiday-range';
import { QueryResolvers } from './generated/graphql';
import { visibleStaff } from './staff/staff.access';

export const Query: QueryResolvers = {
  staff: (_root, { id }, ctx) => visibleStaff(ctx, id),
  appointment: (_root, { id }, ctx) => visibleAppointment(ctx, id),
  holidays: async (_root, { jurisdiction, from, to }, ctx) => {
    checkHolidayRange(from, to);
    if (!canReadDirectory(ctx.caller, jurisdiction)) return [];
    return ctx.loaders.repos.calendars.holidays(jurisdiction, from, to);
  },
  availability: (_root, args, ctx) => availability(ctx, args),
  staffAvailability: (_root, args, ctx) => staffAvailability(ctx, args),
  nextAvailableSlot: (_root, args, ctx) => nextAvailableSlot(ctx, args),
};
