import { schedulingError } from './scheduling-error';
import { canReadDirectory } from './access-policy';
import { MAX_WORKING_DAYS, WORKING_DAY_HORIZON_DAYS, workingDayDeadline } from './calendar/working-days';
import { addDays, localDateOf } from './calendar/zoned-time';
import { checkHolidayRange } from './calendar/holiday-range';
import { Context } from './context';
import { AgencyResolvers } from './generated/graphql';

/**
 * The agency's calendar if the caller may read its schedule: it must be an agency scheduling books for
 * (in agency_calendar) and in a jurisdiction whose directory the caller may read.
 */
async function readableCalendar(ctx: Context, agencyId: string) {
  const calendar = await ctx.loaders.agencyCalendar.load(agencyId);
  return calendar && canReadDirectory(ctx.caller, calendar.jurisdiction) ? calendar : null;
}

/** Scheduling's fields on the services subgraph's Agency; null where the caller may not read them. */
export const Agency: AgencyResolvers = {
  operatingSessions: async (agency, _args, ctx) => ((await readableCalendar(ctx, agency.id)) ? ctx.loaders.sessionsOfAgency.load(agency.id) : null),
  staff: async (agency, _args, ctx) => {
    if (!(await readableCalendar(ctx, agency.id))) return null;
    const staff = await ctx.loaders.staffOfAgency.load(agency.id);
    for (const row of staff) ctx.loaders.staff.prime(row.id, row);
    return staff;
  },
  scheduleVersion: async (agency, _args, ctx) => (await readableCalendar(ctx, agency.id))?.version ?? null,
  closures: async (agency, { from, to }, ctx) => {
    checkHolidayRange(from, to);
    const calendar = await readableCalendar(ctx, agency.id);
    return calendar ? ctx.loaders.closuresOfAgency.load({ agencyId: calendar.agencyId, jurisdiction: calendar.jurisdiction, from, to }) : null;
  },
  workingDayDeadline: async (agency, { from, workingDays }, ctx) => {
    if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
      throw schedulingError('RANGE', `workingDays must be 1 to ${MAX_WORKING_DAYS}`, {}, 'workingDays');
    }
    const calendar = await readableCalendar(ctx, agency.id);
    if (!calendar) return null;
    const start = new Date(from).getTime();
    const firstDay = addDays(localDateOf(start, calendar.timeZone), 1);
    const [sessions, closures] = await Promise.all([
      ctx.loaders.sessionsOfAgency.load(calendar.agencyId),
      ctx.loaders.closuresOfAgency.load({ agencyId: calendar.agencyId, jurisdiction: calendar.jurisdiction, from: firstDay, to: addDays(firstDay, WORKING_DAY_HORIZON_DAYS) }),
    ]);
    const deadline = workingDayDeadline(start, workingDays, calendar.timeZone, sessions, new Set(closures.map((c) => c.date)));
    return deadline === null ? null : new Date(deadline);
  },
};
