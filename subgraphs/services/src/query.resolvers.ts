import { asUuid } from '../../kit';
import { visibleEpisode } from './episode/episode.access';
import { QueryResolvers } from './generated/graphql';

/** Look-ups by id: a malformed id finds nothing rather than reaching SQL. */
export const Query: QueryResolvers = {
  agencies: (_root, filter, ctx) => ctx.loaders.agencies.list(filter),
  agency: (_root, { id }, ctx) => {
    const uuid = asUuid(id);
    return uuid ? ctx.loaders.agency.load(uuid) : null;
  },
  service: (_root, { id }, ctx) => {
    const uuid = asUuid(id);
    return uuid ? ctx.loaders.service.load(uuid) : null;
  },
  serviceEpisode: (_root, { id }, ctx) => visibleEpisode(ctx, id),
};
