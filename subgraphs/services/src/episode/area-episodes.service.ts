import { asUuid, BadInputError, ForbiddenError } from '../../../kit';
import { Context } from '../context';
import type { EpisodeStatus, QueryAreaEpisodesArgs, ResolversParentTypes } from '../generated/graphql';
import { areaEpisodePlaces } from './area-episodes.policy';
import { AreaEpisodesRepository } from './area-episodes.repository';
import { EpisodeRow } from './episode.repository';

type AreaEpisodeCounts = ResolversParentTypes['AreaEpisodeCounts'];
type EpisodeConnection = ResolversParentTypes['ServiceEpisodeConnection'];

/** The statuses an open episode can be in, in the order of its life. */
const OPEN_STATUSES: readonly EpisodeStatus[] = ['OPEN', 'ACTIVE', 'ON_HOLD'];

/** The SDL's default page, and the largest, so that one request cannot pull a whole area's caseload. */
const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;
const CURSOR_TAG = 'area';

/** The caller's area, or FORBIDDEN (audited) for a caller who is not a manager of an area. */
function placesOrRefuse(ctx: Context, recordType: string): string[] {
  const places = areaEpisodePlaces(ctx.caller);
  if (places === null) {
    ctx.audit.denied('READ', recordType, [ctx.caller.agencyId ?? 'none']);
    throw new ForbiddenError("an area's episodes are visible only to managers of the area");
  }
  return places;
}

/**
 * The open episodes of every agency for families of the caller's area, counted by status, agency, service
 * and lead worker (each worker's caseload). Only area managers may ask. Only counts leave, so no family's
 * record is read; the read of the counts is audited.
 */
export async function areaEpisodeCounts(ctx: Context): Promise<AreaEpisodeCounts> {
  const places = placesOrRefuse(ctx, 'AreaEpisodeCounts');
  const row = await new AreaEpisodesRepository(ctx.db).openCounts(places);
  ctx.audit.record('READ', 'AreaEpisodeCounts', [{ id: ctx.caller.agencyId ?? 'area', familyId: null }]);
  const [agencies, services] = await Promise.all([Promise.all(row.byAgency.map((g) => ctx.loaders.agency.load(g.id))), Promise.all(row.byService.map((g) => ctx.loaders.service.load(g.id)))]);
  return {
    total: row.total,
    byStatus: OPEN_STATUSES.map((status) => ({ status, count: row.byStatus[status] ?? 0 })),
    byAgency: row.byAgency.flatMap((g, i) => (agencies[i] ? [{ agency: agencies[i], count: g.count }] : [])),
    byService: row.byService.flatMap((g, i) => (services[i] ? [{ service: services[i], count: g.count }] : [])),
    byLeadWorker: row.byLeadWorker.map((g) => ({ leadWorker: { id: g.id }, count: g.count })),
    withoutLeadWorker: row.withoutLeadWorker,
  };
}

function encodeCursor(row: EpisodeRow): string {
  return Buffer.from(JSON.stringify([CURSOR_TAG, row.openedOn, row.id])).toString('base64url');
}

function decodeCursor(cursor: string): { openedOn: string; id: string } {
  try {
    const [tag, openedOn, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown, unknown];
    const uuid = typeof id === 'string' ? asUuid(id) : null;
    if (tag === CURSOR_TAG && typeof openedOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(openedOn) && !Number.isNaN(Date.parse(openedOn)) && uuid) return { openedOn, id: uuid };
  } catch {
    // fall through to the error below
  }
  throw new BadInputError('after', 'CURSOR', 'after is not a cursor returned by this query');
}

/** A filter id: a malformed one matches no episode (as a look-up by a malformed id finds nothing). */
function filterId(id: string | null | undefined): string | null | false {
  if (id === null || id === undefined) return null;
  return asUuid(id) ?? false;
}

const EMPTY: EpisodeConnection = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };

/**
 * The episodes behind a figure of areaEpisodeCounts, oldest opened first. Input is checked first; only
 * area managers may list; every episode listed is audited with its family. Free text and children's
 * roles stay behind the episode's own field rules.
 */
export async function areaEpisodes(ctx: Context, args: QueryAreaEpisodesArgs): Promise<EpisodeConnection> {
  const first = args.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw new BadInputError('first', 'PAGE_SIZE', `first must be between 1 and ${MAX_PAGE}`);
  const after = args.after ? decodeCursor(args.after) : null;
  const places = placesOrRefuse(ctx, 'Query.areaEpisodes');
  const [agencyId, serviceId, leadWorkerId] = [filterId(args.agencyId), filterId(args.serviceId), filterId(args.leadWorkerId)];
  if (agencyId === false || serviceId === false || leadWorkerId === false) return EMPTY;
  const page = await new AreaEpisodesRepository(ctx.db).areaPage({ places, agencyId, serviceId, leadWorkerId, withoutLeadWorker: args.withoutLeadWorker, status: args.status }, first, after);
  for (const row of page.rows) ctx.loaders.episode.prime(row.id, row);
  ctx.audit.record(
    'READ',
    'ServiceEpisode',
    page.rows.map((r) => ({ id: r.id, familyId: r.familyId })),
  );
  const edges = page.rows.map((row) => ({ cursor: encodeCursor(row), node: row }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: page.totalCount };
}
