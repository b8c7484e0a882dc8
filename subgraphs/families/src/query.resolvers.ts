import { BadInputError, NotFoundError } from '../../kit';
import { maskRegionDigits, outsideView, personView, regionDigitsWithheld, viewOf, visibleFamily, visiblePerson } from './family/family.access';
import { districtFilter, lookupKk, lookupNik, regionFilter } from './scope/lookup-input';
import { QueryResolvers } from './generated/graphql';
import { canReadRegistry } from './access-policy';
import { decodeCursor, encodeCursor, searchTag } from './family/family-cursor';
import { DuplicateService } from './linkage/duplicate.service';
import { Context } from './context';
import { FamilyAccessService } from './scope/family-access.service';

const MAX_PAGE = 100;

function pageSize(field: string, first: number | null | undefined): number {
  const size = first ?? 20;
  if (size < 1 || size > MAX_PAGE) throw new BadInputError(field, 'PAGE_SIZE', `${field} must be between 1 and ${MAX_PAGE} (rule PAGE_SIZE)`);
  return size;
}

/**
 * A family found by an exact identifier. Outside the caller's view (for a caller who reads the
 * registry at all), the answer says only that the number is registered, so that intake can ask for
 * access; the refusal is audited against the family.
 */
async function familyByIdentifier(ctx: Context, id: string) {
  const row = await ctx.loaders.family.load(id);
  if (row && canReadRegistry(ctx.caller, row.jurisdiction) && viewOf(ctx, row) === 'NONE') outsideView(ctx, 'Family', { id: row.id, familyId: row.id });
  return visibleFamily(ctx, id);
}

export const Query: QueryResolvers = {
  // The trail's parts come from each subgraph's own audit log; each part checks for the AUDITOR role.
  familyAuditTrail: (_root, { familyId }) => ({ familyId }),
  family: (_root, { id }, ctx) => visibleFamily(ctx, id),
  familyByKk: async (_root, { kkNumber }, ctx) => {
    const id = await ctx.loaders.families.findIdByKk(lookupKk('kkNumber', kkNumber));
    return id ? familyByIdentifier(ctx, id) : null;
  },
  kkNumberStatus: async (_root, { kkNumber }, ctx) => {
    const card = await ctx.loaders.families.findCardByKk(lookupKk('kkNumber', kkNumber));
    const family = card ? await familyByIdentifier(ctx, card.familyId) : null;
    if (!card || !family) return null;
    return {
      kkNumber: card.kkNumber,
      state: card.validTo === null ? 'CURRENT' : 'SUPERSEDED',
      family,
      currentKkNumber: regionDigitsWithheld(ctx, family) ? maskRegionDigits(family.kkNumber) : family.kkNumber,
      validFrom: card.validFrom,
      validTo: card.validTo,
      reason: card.reason,
    };
  },
  personByNik: async (_root, { nik }, ctx) => {
    const id = await ctx.loaders.persons.findIdByNik(lookupNik('nik', nik));
    if (!id) return null;
    const person = await ctx.loaders.person.load(id);
    if (person && canReadRegistry(ctx.caller, person.jurisdiction) && (await personView(ctx, person)) === 'NONE') {
      outsideView(ctx, 'Person', { id: person.id, familyId: person.familyId });
    }
    return visiblePerson(ctx, id);
  },
  families: async (_root, { filter, first, after }, ctx) => {
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
    const page = await ctx.loaders.families.search(search, size, after ? decodeCursor(tag, after) : null);
    for (const { position: _position, ...row } of page.rows) ctx.loaders.family.prime(row.id, row);
    ctx.audit.record('READ', 'Family', page.rows.map((r) => ({ id: r.id, familyId: r.id })));
    const edges = page.rows.map(({ position, ...row }) => ({ cursor: encodeCursor(tag, position), node: row }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: page.totalCount };
  },
  searchPersons: async (_root, { name, birthDate, regionCode, first }, ctx) => {
    const size = pageSize('first', first);
    const text = name.trim();
    if (text === '') throw new BadInputError('name', 'NAME_EMPTY', 'name must not be empty (rule NAME_EMPTY)');
    if (!canReadRegistry(ctx.caller, ctx.caller.jurisdiction)) return [];
    const region = regionFilter('regionCode', regionCode);
    const rows = await ctx.loaders.persons.search({ jurisdiction: ctx.caller.jurisdiction, name: text, birthDate, regionCode: region }, size);
    for (const row of rows) ctx.loaders.person.prime(row.id, row);
    ctx.audit.record('READ', 'Person', rows.map((r) => ({ id: r.id, familyId: r.familyId })));
    return rows;
  },
  familyAccessRequests: (_root, { status, first }, ctx) => new FamilyAccessService(ctx).list(status ?? 'PENDING', pageSize('first', first)),
  possibleDuplicates: async (_root, { familyId }, ctx) => {
    const family = await visibleFamily(ctx, familyId);
    if (!family) throw new NotFoundError('Family', familyId);
    const members = await ctx.loaders.members.load(family.id);
    const candidates = await new DuplicateService(ctx).forFamily(family);
    return candidates.map(({ person, probe, score, nameSimilarity, reasons }) => ({
      person, member: members.find((m) => m.id === probe) ?? null, memberIndex: null, score, nameSimilarity, reasons,
    }));
  },
};
