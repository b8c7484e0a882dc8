import { agencyById, listAgencies, serviceById } from './agency/agency.service';
import { areaEpisodeCounts, areaEpisodes } from './episode/area-episodes.service';
import { visibleEpisode } from './episode/episode.access';
import { episodesFollowUpDue } from './episode/episode-follow-through.service';
import { QueryResolvers } from './generated/graphql';

/** Look-ups by id: a malformed id finds nothing rather than reaching SQL. */
export const Query: QueryResolvers = {
  agencies: (_root, filter, ctx) => listAgencies(ctx, filter),
  agency: (_root, { id }, ctx) => agencyById(ctx, id),
  service: (_root, { id }, ctx) => serviceById(ctx, id),
  serviceEpisode: (_root, { id }, ctx) => visibleEpisode(ctx, id),
  episodesFollowUpDue: (_root, args, ctx) => episodesFollowUpDue(ctx, args),
  areaEpisodeCounts: (_root, _args, ctx) => areaEpisodeCounts(ctx),
  areaEpisodes: (_root, args, ctx) => areaEpisodes(ctx, args),
};
