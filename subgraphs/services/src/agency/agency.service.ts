import { asUuid } from '../../../kit';
import { areaCovers } from '../../../../domain/area-coverage';
import { isHkPlace } from '../../../../domain/hk-places';
import { servicesError } from '../services-error';
import type { Context } from '../context';
import type { QueryAgenciesArgs } from '../generated/graphql';
import type { AgencyRow } from './agency.repository';
import type { ServiceRow } from '../service/service.repository';

/** The agency directory: public to every signed-in caller, so these read without an access rule. */

/**
 * The agencies matching a filter, in directory order: jurisdiction, kind, sector, an exact code, and
 * the place a family lives (`serves`), kept when the agency's area covers it by the one containment
 * rule of areas (domain/area-coverage.ts), the same that decides whom an agency's staff see.
 */
export async function listAgencies(ctx: Context, filter: QueryAgenciesArgs): Promise<AgencyRow[]> {
  const place = servedPlace(filter.serves);
  const code = filter.code?.trim() ?? null;
  const rows = await ctx.repos.agencies.list({ jurisdiction: filter.jurisdiction, kind: filter.kind, sector: filter.sector, code });
  return place === null ? rows : rows.filter((agency) => areaCovers(agency.areaServed, place));
}

/** A Kemendagri region code of 2, 4, 6 or 10 digits. */
const REGION_CODE = /^(\d{2}|\d{4}|\d{6}|\d{10})$/;

/** The place `serves` names (a Kemendagri region code, dots allowed, or a Hong Kong place), or null when not given. */
function servedPlace(serves: string | null | undefined): string | null {
  if (serves === null || serves === undefined) return null;
  const text = serves.trim();
  const code = text.replace(/\./g, '');
  if (REGION_CODE.test(code)) return code;
  if (isHkPlace(text)) return text;
  throw servicesError(
    'SERVES_FORMAT',
    'serves must be a Kemendagri region code of 2, 4, 6 or 10 digits, or a Hong Kong district or service area spelt as the Government writes it (e.g. "Sham Shui Po", "Tseung Kwan O")',
  );
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
