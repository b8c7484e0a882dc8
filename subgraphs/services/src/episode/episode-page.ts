import { asUuid, BadInputError } from '../../../kit';
import { Context } from '../context';
import type { ResolversParentTypes } from '../generated/graphql';
import { EpisodeRow } from './episode.repository';

/** A page of episodes as the SDL's ServiceEpisodeConnection. */
export type EpisodeConnection = ResolversParentTypes['ServiceEpisodeConnection'];

/** The SDL's default page, and the largest, so that one request cannot pull a whole caseload. */
const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;

/** The page size asked for, or BAD_USER_INPUT PAGE_SIZE. */
export function episodePageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) throw new BadInputError('first', 'PAGE_SIZE', `first must be between 1 and ${MAX_PAGE}`);
  return size;
}

/**
 * A cursor over episodes ordered by one of their dates, then id: the list's tag (so that a cursor of one
 * list is refused by another), the date and the id. A cursor not made by the list is BAD_USER_INPUT
 * CURSOR, never a value that reaches PostgreSQL.
 */
export function dayCursor(tag: string, dayOf: (row: EpisodeRow) => string | null) {
  return {
    encode: (row: EpisodeRow): string => Buffer.from(JSON.stringify([tag, dayOf(row), row.id])).toString('base64url'),
    decode: (cursor: string): { day: string; id: string } => {
      try {
        const [given, day, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown, unknown];
        const uuid = typeof id === 'string' ? asUuid(id) : null;
        if (given === tag && typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day)) && uuid) return { day, id: uuid };
      } catch {
        // fall through to the error below
      }
      throw new BadInputError('after', 'CURSOR', 'after is not a cursor returned by this query');
    },
  };
}

/** A page of episodes answered: each row primed in the request's loader and audited with its family. */
export function episodeConnection(ctx: Context, page: { rows: EpisodeRow[]; hasNextPage: boolean; totalCount: number }, encode: (row: EpisodeRow) => string): EpisodeConnection {
  for (const row of page.rows) ctx.loaders.episode.prime(row.id, row);
  ctx.audit.record(
    'READ',
    'ServiceEpisode',
    page.rows.map((r) => ({ id: r.id, familyId: r.familyId })),
  );
  const edges = page.rows.map((row) => ({ cursor: encode(row), node: row }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: page.totalCount };
}
