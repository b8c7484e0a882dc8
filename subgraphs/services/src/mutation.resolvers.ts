import { assignLeadWorker, changeEpisodeStatus, openServiceEpisode } from './episode/episode.service';
import { MutationResolvers } from './generated/graphql';

/** The service episode mutations; the rules live in the episode service. */
export const Mutation: MutationResolvers = {
  openServiceEpisode: async (_root, { input }, ctx) => ({ episode: await openServiceEpisode(ctx, input) }),
  changeEpisodeStatus: async (_root, { input }, ctx) => ({ episode: await changeEpisodeStatus(ctx, input) }),
  assignLeadWorker: async (_root, { input }, ctx) => ({ episode: await assignLeadWorker(ctx, input) }),
};
