import { asUuid } from '../../kit';
import { Caller } from '../../kit';
import { EPISODE_POLICY } from './access-policy';
import { Context } from './context';
import { caseNoteAnswers } from './episode/case-note-answer';
import { visibleEpisode } from './episode/episode.access';
import { EpisodeRow } from './episode/episode.repository';
import { ReferralResolvers } from './generated/graphql';

/**
 * Whether the caller acts for an agency of the referral an episode was opened from: the receiving agency
 * (which delivers the episode) or the sending one (kept on the episode as its referring agency).
 */
function referralParty(caller: Caller, episode: EpisodeRow): boolean {
  const agency = caller.agencyId?.toLowerCase();
  if (!agency || !caller.roles.some((r) => EPISODE_POLICY[r].ownAgency)) return false;
  return agency === episode.agencyId.toLowerCase() || agency === episode.referringAgencyId?.toLowerCase();
}

/**
 * The episode opened from a referral, for its sending and receiving agency only; null for anyone else
 * and when there is none. Both outcomes are audited against the episode's family.
 */
async function episodeFromReferral(ctx: Context, referralId: string, what: string): Promise<EpisodeRow | null> {
  const id = asUuid(referralId);
  const episode = id ? await ctx.loaders.episodeOfReferral.load(id) : null;
  if (!episode) return null;
  if (!referralParty(ctx.caller, episode)) {
    ctx.audit.denied('READ', what, [{ id: episode.id, familyId: episode.familyId }]);
    return null;
  }
  ctx.audit.record('READ', what, [{ id: episode.id, familyId: episode.familyId }]);
  return episode;
}

/** Referral as the services subgraph extends it: how the case it led to stands, and the sender's own episode. */
export const Referral: ReferralResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  receivingEpisode: async (referral, _args, ctx) => {
    const episode = await episodeFromReferral(ctx, referral.id, 'ReferralCase');
    return episode ? { status: episode.status, openedOn: episode.openedOn, closedOn: episode.closedOn } : null;
  },
  sharedCaseNotes: async (referral, _args, ctx) => {
    const episode = await episodeFromReferral(ctx, referral.id, 'CaseNote');
    if (!episode) return null;
    const shared = (await ctx.loaders.caseNotes.load(episode.id)).filter((n) => n.visibility === 'SHARED_WITH_REFERRER');
    return caseNoteAnswers(ctx, shared);
  },
  sendingEpisode: async (referral, _args, ctx) => {
    const id = asUuid(referral.id);
    const link = id ? await ctx.loaders.sendingLink.load(id) : null;
    return link ? visibleEpisode(ctx, link.episodeId) : null;
  },
};
