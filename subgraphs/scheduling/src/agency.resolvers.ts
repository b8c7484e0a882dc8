import { canReadDirectory } from './access-policy';
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
};
