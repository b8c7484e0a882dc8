import { BadInputError, NotFoundError } from '../../../kit';
import { canReadRegistry } from '../access-policy';
import type { Context } from '../context';
import type { QueryFamiliesArgs, QuerySearchPersonsArgs } from '../generated/graphql';
import { Candidate, duplicatesOfFamily } from '../linkage/duplicate.service';
import type { PersonRow } from '../person/person.repository';
import { districtFilter, lookupCaseReference, lookupHkid, lookupKk, lookupNik, regionFilter } from '../scope/lookup-input';
import { decodeCursor, encodeCursor, searchTag } from './family-cursor';
import { maskRegionDigits, outsideView, personView, regionDigitsWithheld, viewOf, visibleFamily, visiblePerson } from './family.access';
import type { FamilyRow } from './family.repository';

/** The registry's reads: exact look-ups by identifier, searches, and the duplicates of a family. */

const MAX_PAGE = 100;

/** A page size: `first` from 1 to MAX_PAGE, 20 when not given. */
export function pageSize(field: string, first: number | null | undefined): number {
  const size = first ?? 20;
  if (size < 1 || size > MAX_PAGE) throw new BadInputError(field, 'PAGE_SIZE', `${field} must be between 1 and ${MAX_PAGE} (rule PAGE_SIZE)`);
  return size;
}

/**
 * A family found by an exact identifier. Outside the caller's view (for a caller who reads the
 * registry at all), the answer says only that the number is registered, so that intake can ask for
 * access; the refusal is audited against the family.
 */
async function familyByIdentifier(ctx: Context, id: string): Promise<FamilyRow | null> {
  const row = await ctx.loaders.family.load(id);
  if (row && canReadRegistry(ctx.caller, row.jurisdiction) && viewOf(ctx, row) === 'NONE') outsideView(ctx, 'Family', { id: row.id, familyId: row.id });
  return visibleFamily(ctx, id);
}

/** The family holding a No. KK now or before. */
export async function familyByKk(ctx: Context, kkNumber: string): Promise<FamilyRow | null> {
  const id = await ctx.repos.families.findIdByKk(lookupKk('kkNumber', kkNumber));
  return id ? familyByIdentifier(ctx, id) : null;
}

/** Whether a No. KK is a family's current or a superseded number, with the family's current one. */
export async function kkNumberStatus(ctx: Context, kkNumber: string) {
  const card = await ctx.repos.families.findCardByKk(lookupKk('kkNumber', kkNumber));
  const family = card ? await familyByIdentifier(ctx, card.familyId) : null;
  if (!card || !family) return null;
  return {
    kkNumber: card.kkNumber,
    state: card.validTo === null ? ('CURRENT' as const) : ('SUPERSEDED' as const),
    family,
    currentKkNumber: regionDigitsWithheld(ctx, family) ? maskRegionDigits(family.kkNumber) : family.kkNumber,
    validFrom: card.validFrom,
    validTo: card.validTo,
    reason: card.reason,
  };
}

/** The living person holding a NIK; outside the caller's view, as familyByIdentifier. */
export async function personByNik(ctx: Context, nik: string): Promise<PersonRow | null> {
  const id = await ctx.repos.persons.findIdByNik(lookupNik('nik', nik));
  if (!id) return null;
  const person = await ctx.loaders.person.load(id);
  if (person && canReadRegistry(ctx.caller, person.jurisdiction) && (await personView(ctx, person)) === 'NONE') {
    outsideView(ctx, 'Person', { id: person.id, familyId: person.familyId });
  }
  return visiblePerson(ctx, id);
}

/**
 * The family filed under an agency's case reference, in the caller's jurisdiction. A reference is not
 * unique across agencies: of several families filed under it, the earliest registered that the caller
 * sees; when the caller sees none of them, the answer for the earliest is that it is registered
 * (FORBIDDEN NEED_TO_KNOW), as for a No. KK.
 */
export async function familyByCaseReference(ctx: Context, caseReference: string): Promise<FamilyRow | null> {
  const reference = lookupCaseReference('caseReference', caseReference);
  const ids = await ctx.repos.families.findIdsByCaseReference(reference, ctx.caller.jurisdiction);
  if (ids.length === 0) return null;
  const rows = await Promise.all(ids.map((id) => ctx.loaders.family.load(id)));
  const seen = rows.find((row) => row !== null && viewOf(ctx, row) !== 'NONE');
  return familyByIdentifier(ctx, seen?.id ?? ids[0]);
}

/** The living person holding an HKID (the living record first); outside the caller's view, as familyByIdentifier. */
export async function personByHkid(ctx: Context, hkid: string): Promise<PersonRow | null> {
  const id = await ctx.repos.persons.findIdByHkid(lookupHkid('hkid', hkid));
  if (!id) return null;
  const person = await ctx.loaders.person.load(id);
  if (person && canReadRegistry(ctx.caller, person.jurisdiction) && (await personView(ctx, person)) === 'NONE') {
    outsideView(ctx, 'Person', { id: person.id, familyId: person.familyId });
  }
  return visiblePerson(ctx, id);
}

/** A page of the families the caller sees, by name, region, district and children; counted only when the query asks for `totalCount`. */
export async function searchFamilies(ctx: Context, { filter, first, after }: QueryFamiliesArgs, withCount: boolean) {
  const size = pageSize('first', first);
  const jurisdiction = filter?.jurisdiction ?? ctx.caller.jurisdiction;
  if (!canReadRegistry(ctx.caller, jurisdiction)) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
  const search = {
    jurisdiction,
    name: filter?.name?.trim() || null,
    regionCode: regionFilter('filter.regionCode', filter?.regionCode),
    district: districtFilter('filter.district', filter?.district),
    hasChildren: filter?.hasChildren ?? null,
  };
  const tag = searchTag(search);
  const page = await ctx.repos.families.search(search, size, after ? decodeCursor(tag, after) : null, withCount);
  for (const { position: _position, ...row } of page.rows) ctx.loaders.family.prime(row.id, row);
  ctx.audit.record(
    'READ',
    'Family',
    page.rows.map((r) => ({ id: r.id, familyId: r.id })),
  );
  const edges = page.rows.map(({ position, ...row }) => ({ cursor: encodeCursor(tag, position), node: row }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: page.totalCount ?? 0 };
}

/** The persons the caller sees whose name resembles the one given. */
export async function searchPersons(ctx: Context, { name, birthDate, regionCode, first }: QuerySearchPersonsArgs): Promise<PersonRow[]> {
  const size = pageSize('first', first);
  const text = name.trim();
  if (text === '') throw new BadInputError('name', 'NAME_EMPTY', 'name must not be empty (rule NAME_EMPTY)');
  if (!canReadRegistry(ctx.caller, ctx.caller.jurisdiction)) return [];
  const region = regionFilter('regionCode', regionCode);
  const rows = await ctx.repos.persons.search({ jurisdiction: ctx.caller.jurisdiction, name: text, birthDate, regionCode: region }, size);
  for (const row of rows) ctx.loaders.person.prime(row.id, row);
  ctx.audit.record(
    'READ',
    'Person',
    rows.map((r) => ({ id: r.id, familyId: r.familyId })),
  );
  return rows;
}

/** The duplicate candidates of a visible family's members, each with the member it resembles. */
export async function possibleDuplicates(ctx: Context, familyId: string): Promise<Array<Candidate & { member: PersonRow | null }>> {
  const family = await visibleFamily(ctx, familyId);
  if (!family) throw new NotFoundError('Family', familyId);
  const members = await ctx.loaders.members.load(family.id);
  const candidates = await duplicatesOfFamily(ctx, family);
  return candidates.map((c) => ({ ...c, member: members.find((m) => m.id === c.probe) ?? null }));
}
