import { asUuid } from '../../../kit';
import type { Context } from '../context';
import type { QueryAgenciesArgs } from '../generated/graphql';
import type { AgencyRow } from './agency.repository';
import type { ServiceRow } from '../service/service.repository';

/** The agency directory: public to every signed-in caller, so these read without an access rule. */

/** The agencies matching a filter (jurisdiction, kind, sector), in directory order. */
export function listAgencies(ctx: Context, filter: QueryAgenciesArgs): Promise<AgencyRow[]> {
  return ctx.repos.agencies.list(filter);
}

/** An agency by id; a malformed id finds nothing rather than reaching SQL. */
export async function agencyById(ctx: Context, id: string): Promise<AgencyRow | null> {
  const uuid = asUuid(id);
  return uuid ? ctx.loaders.agency.load(uuid) : null;
}

/** A service by id; a malformed id finds nothing rather than reaching SQL. */
export async function serviceById(ctx: Context, id: string): Promise<ServiceRow | null> {
  const uuid = asUuid(id);
  return uuid ? ctx.loaders.service.load(uuid) : null;
}
