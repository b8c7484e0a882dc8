import { visibleEpisode } from './episode/episode.access';
import { QueryResolvers } from './generated/graphql';

export const Query: QueryResolvers = {
  agencies: (_root, filter, ctx) => ctx.loaders.agencies.list(filter),
  agency: (_root, { id }, ctx) => ctx.loaders.agency.load(id),
  service: (_root, { id }, ctx) => ctx.loaders.service.load(id),
  serviceEpisode: (_root, { id }, ctx) => visibleEpisode(ctx, id),
};
