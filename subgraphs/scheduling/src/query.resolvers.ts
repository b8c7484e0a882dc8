import { canReadHolidays } from './access-policy';
import { visibleAppointment } from './appointment/appointment.access';
import { availability, nextAvailableSlot, staffAvailability } from './availability/availability.service';
import { checkHolidayRange } from './calendar/holiday-range';
import { QueryResolvers } from './generated/graphql';
import { missingYears } from './holiday/calendar-coverage';
import { loadedYears } from './holiday/calendar-warnings';
import { schedulingError } from './scheduling-error';
import { visibleStaff } from './staff/staff.access';

export const Query: QueryResolvers = {
  staff: (_root, { id }, ctx) => visibleStaff(ctx, id),
  appointment: (_root, { id }, ctx) => visibleAppointment(ctx, id),
  holidays: async (_root, { jurisdiction, from, to }, ctx) => {
    checkHolidayRange(from, to);
    if (!canReadHolidays(ctx.caller, jurisdiction)) return [];
    const [year] = missingYears(await loadedYears(ctx), jurisdiction, from, to);
    if (year !== undefined) {
      throw schedulingError('CALENDAR_NOT_LOADED', `the ${jurisdiction} public holidays of ${year} are not loaded, so SatuPintu cannot say which days of ${year} are holidays`, { jurisdiction, year }, 'to');
    }
    return ctx.loaders.repos.calendars.holidays(jurisdiction, from, to);
  },
  calendarYears: async (_root, { jurisdiction }, ctx) => {
    if (!canReadHolidays(ctx.caller, jurisdiction)) return [];
    return (await ctx.loaders.calendarYears.load('ALL')).filter((y) => y.jurisdiction === jurisdiction);
  },
  availability: (_root, args, ctx) => availability(ctx, args),
  staffAvailability: (_root, args, ctx) => staffAvailability(ctx, args),
  nextAvailableSlot: (_root, args, ctx) => nextAvailableSlot(ctx, args),
};
