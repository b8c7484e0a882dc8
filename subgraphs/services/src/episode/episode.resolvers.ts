import { ForbiddenError, ref, refs } from '../../../kit';
import { caseText, isParty } from '../access-policy';
import { ServiceEpisodeResolvers } from '../generated/graphql';
import { Context } from '../context';
import { visibleEpisode } from './episode.access';
import { EpisodeRow } from './episode.repository';

/** A child's role: only the episode's own agency sees it; others get null with FORBIDDEN. */
function childRoleFor<T>(ctx: Context, episode: EpisodeRow, value: T): T {
  if (!isParty(ctx.caller, episode)) throw new ForbiddenError('redacted: only the agency delivering the episode sees this field');
  return value;
}

export const ServiceEpisode: ServiceEpisodeResolvers = {
  __resolveReference: (reference, ctx) => visibleEpisode(ctx, reference.id),
  family: (episode) => ref(episode.familyId),
  participants: (episode) => refs(episode.participantIds),
  service: async (episode, _args, ctx) => {
    const service = await ctx.loaders.service.load(episode.serviceId);
    if (!service) throw new Error(`service ${episode.serviceId} of episode ${episode.id} is missing`);
    return service;
  },
  agency: async (episode, _args, ctx) => {
    const agency = await ctx.loaders.agency.load(episode.agencyId);
    if (!agency) throw new Error(`agency ${episode.agencyId} of episode ${episode.id} is missing`);
    return agency;
  },
  leadWorker: (episode) => ref(episode.leadWorkerId),
  referral: (episode) => ref(episode.referralId),
  childRole: (episode, _args, ctx) => (episode.childRole === null ? null : childRoleFor(ctx, episode, episode.childRole)),
  notes: (episode, _args, ctx) => caseText(ctx.caller, episode, episode.notes, 'the case notes of an episode'),
  closureReason: (episode, _args, ctx) => caseText(ctx.caller, episode, episode.closureReason, 'why an episode was closed'),
};
