import { asUuid, ForbiddenError } from '../../../kit';
import { Context } from '../context';
import type { EpisodeStatus, QueryAreaEpisodesArgs, ResolversParentTypes } from '../generated/graphql';
import { areaEpisodePlaces } from './area-episodes.policy';
import { AreaEpisodesRepository } from './area-episodes.repository';
import { dayCursor, EpisodeConnection, episodeConnection, episodePageSize } from './episode-page';

type AreaEpisodeCounts = ResolversParentTypes['AreaEpisodeCounts'];

/** The statuses an open episode can be in, in the order of its life. */
const OPEN_STATUSES: readonly EpisodeStatus[] = ['OPEN', 'ACTIVE', 'ON_HOLD'];

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

const CURSOR = dayCursor('area', (row) => row.openedOn);

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
  const first = episodePageSize(args.first);
  const cursor = args.after ? CURSOR.decode(args.after) : null;
  const after = cursor ? { openedOn: cursor.day, id: cursor.id } : null;
  const places = placesOrRefuse(ctx, 'Query.areaEpisodes');
  const [agencyId, serviceId, leadWorkerId] = [filterId(args.agencyId), filterId(args.serviceId), filterId(args.leadWorkerId)];
  if (agencyId === false || serviceId === false || leadWorkerId === false) return EMPTY;
  const page = await new AreaEpisodesRepository(ctx.db).areaPage({ places, agencyId, serviceId, leadWorkerId, withoutLeadWorker: args.withoutLeadWorker, status: args.status }, first, after);
  return episodeConnection(ctx, page, CURSOR.encode);
}
