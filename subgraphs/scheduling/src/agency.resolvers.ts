import { canReadDirectory } from './access-policy';
import { Context } from './context';
import { AgencyResolvers } from './generated/graphql';

/**
 * Whether the caller may read this agency's schedule: it must be an agency scheduling books for
 * (in agency_calendar) and in a jurisdiction whose directory the caller may read.
 */
async function canReadAgency(ctx: Context, agencyId: string): Promise<boolean> {
  const calendar = await ctx.loaders.agencyCalendar.load(agencyId);
  return canReadDirectory(ctx.caller, calendar?.jurisdiction ?? null);
}

/** Scheduling's fields on the services subgraph's Agency; null where the caller may not read them. */
export const Agency: AgencyResolvers = {
  operatingSessions: async (agency, _args, ctx) => ((await canReadAgency(ctx, agency.id)) ? ctx.loaders.sessionsOfAgency.load(agency.id) : null),
  staff: async (agency, _args, ctx) => {
    if (!(await canReadAgency(ctx, agency.id))) return null;
    const staff = await ctx.loaders.staffOfAgency.load(agency.id);
    for (const row of staff) ctx.loaders.staff.prime(row.id, row);
    return staff;
  },
};
