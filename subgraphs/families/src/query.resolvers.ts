import { BadInputError } from '../../kit';
import { visibleFamily, visiblePerson } from './family/family.access';
import { QueryResolvers } from './generated/graphql';
import { canReadRegistry } from './access-policy';
import { decodeCursor, encodeCursor } from './family/family-cursor';

const MAX_PAGE = 100;

export const Query: QueryResolvers = {
  family: (_root, { id }, ctx) => visibleFamily(ctx, id),
  familyByKk: async (_root, { kkNumber }, ctx) => {
    const id = await ctx.loaders.families.findIdByKk(kkNumber.trim());
    return id ? visibleFamily(ctx, id) : null;
  },
  personByNik: async (_root, { nik }, ctx) => {
    const id = await ctx.loaders.persons.findIdByNik(nik.trim());
    return id ? visiblePerson(ctx, id) : null;
  },
  families: async (_root, { filter, first, after }, ctx) => {
    const size = first ?? 20;
    if (size < 1 || size > MAX_PAGE) throw new BadInputError('first', 'PAGE_SIZE', `first must be between 1 and ${MAX_PAGE}`);
    const jurisdiction = filter?.jurisdiction ?? ctx.caller.jurisdiction;
    if (!canReadRegistry(ctx.caller, jurisdiction)) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    const page = await ctx.loaders.families.search(
      { jurisdiction, name: filter?.name?.trim() || null, regionCode: filter?.regionCode, district: filter?.district, hasChildren: filter?.hasChildren },
      size,
      after ? decodeCursor(after) : null,
    );
    for (const row of page.rows) ctx.loaders.family.prime(row.id, row);
    ctx.audit.record('READ', 'Family', page.rows.map((r) => ({ id: r.id, familyId: r.id })));
    const edges = page.rows.map((row) => ({ cursor: encodeCursor(row), node: row }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: page.totalCount };
  },
};
