import { asUuid, ForbiddenError, NotFoundError, staleVersion } from '../../../kit';
import { familiesError } from '../families-error';
import type { Context } from '../context';
import type { DecideFamilyAccessRequestInput, RequestFamilyAccessInput } from '../generated/graphql';
import { isProtectingAgency } from '../access-policy';
import { viewOf } from '../family/family.access';
import type { FamilyRow } from '../family/family.repository';
import { AccessRequestRow, FamilyAgencyRepository } from './family-agency.repository';
import { lookupHkid, lookupKk, lookupNik } from './lookup-input';

const MAX_REASON = 2000;

/** Whether the caller's agency decides requests for a family: it works with it (a protected family: it protects it). */
export async function decidesFor(ctx: Context, family: FamilyRow): Promise<boolean> {
  if (family.addressProtected) return isProtectingAgency(ctx.caller, family);
  return family.worksWith && viewOf(ctx, family) === 'FULL';
}

/** The family an exact identifier names, or null. */
async function familyByIdentifier(ctx: Context, input: RequestFamilyAccessInput): Promise<string | null> {
  const given = (['kkNumber', 'nik', 'hkid'] as const).filter((k) => input[k]?.trim());
  if (given.length !== 1) throw familiesError('ONE_IDENTIFIER', 'give exactly one of kkNumber, nik or hkid (rule ONE_IDENTIFIER)', {}, 'input');
  if (given[0] === 'kkNumber') return ctx.repos.families.findIdByKk(lookupKk('kkNumber', input.kkNumber!));
  const [person] =
    given[0] === 'nik' ? await ctx.repos.persons.livingByIdentifiers([lookupNik('nik', input.nik!)], []) : await ctx.repos.persons.livingByIdentifiers([], [lookupHkid('hkid', input.hkid!)]);
  return person?.familyId ?? null;
}

/**
 * Need to know, with a way in: an agency that found a family by an exact identifier outside its view
 * asks for access; the agencies that work with the family decide. Neither the request nor its answer
 * names those agencies, since which agencies know a family is itself a disclosure.
 */
export async function requestFamilyAccess(ctx: Context, input: RequestFamilyAccessInput): Promise<AccessRequestRow> {
  const agencyId = ctx.caller.agencyId;
  if (!agencyId || !ctx.caller.roles.some((r) => r === 'AGENCY_STAFF' || r === 'AGENCY_SYSTEM')) {
    throw new ForbiddenError('only staff or systems of an agency may ask for access to a family');
  }
  const reason = input.reason.trim();
  if (reason === '' || reason.length > MAX_REASON) throw familiesError('REASON_LENGTH', `reason must be 1-${MAX_REASON} characters (rule REASON_LENGTH)`, {}, 'reason');
  const familyId = await familyByIdentifier(ctx, input);
  const family = familyId ? await ctx.loaders.family.load(familyId) : null;
  if (!family || family.jurisdiction !== ctx.caller.jurisdiction) throw new NotFoundError('Family', 'the given identifier');
  if (viewOf(ctx, family) === 'FULL') {
    throw familiesError('ALREADY_VISIBLE', 'your agency already sees this family; no access request is needed (rule ALREADY_VISIBLE)', {}, 'input');
  }
  const row = await ctx.repos.familyAgencies.requestAccess(family.id, agencyId, ctx.caller.subject, reason);
  ctx.audit.record('WRITE', 'FamilyAccessRequest', [{ id: row.id, familyId: family.id }]);
  return row;
}

export async function decideFamilyAccessRequest(ctx: Context, input: DecideFamilyAccessRequestInput): Promise<AccessRequestRow> {
  const id = asUuid(input.requestId);
  const row = id ? await ctx.repos.familyAgencies.findRequest(id) : null;
  const family = row ? await ctx.loaders.family.load(row.familyId) : null;
  if (!row || !family || !(await decidesFor(ctx, family))) {
    if (row) ctx.audit.denied('WRITE', 'FamilyAccessRequest', [{ id: row.id, familyId: row.familyId }]);
    throw new NotFoundError('FamilyAccessRequest', input.requestId);
  }
  const status = input.grant ? 'GRANTED' : 'DECLINED';
  const decided = await ctx.db.transaction(async (sql) => {
    const repository = new FamilyAgencyRepository(sql);
    const updated = await repository.decide(row.id, input.expectedVersion, status, ctx.caller.subject, ctx.caller.agencyId!);
    if (updated && input.grant) await repository.add(row.familyId, [row.requesterAgencyId], 'ACCESS_GRANTED');
    return updated;
  });
  if (!decided) {
    throw staleVersion(`access request ${row.id} (no longer pending)`, input.expectedVersion, { version: row.version, status: row.status });
  }
  ctx.audit.record('WRITE', 'FamilyAccessRequest', [{ id: row.id, familyId: row.familyId }]);
  return decided;
}

export async function familyAccessRequests(ctx: Context, status: string, first: number): Promise<AccessRequestRow[]> {
  if (!ctx.caller.agencyId) return [];
  const rows = await ctx.repos.familyAgencies.requestsOf(ctx.caller.agencyId, status, first);
  ctx.audit.record(
    'READ',
    'FamilyAccessRequest',
    rows.map((r) => ({ id: r.id, familyId: r.familyId })),
  );
  return rows;
}
