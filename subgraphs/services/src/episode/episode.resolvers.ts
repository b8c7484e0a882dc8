import { ForbiddenError, ref, refs } from '../../../kit';
import { canSeeChildRoles, caseText, isParty } from '../access-policy';
import { caseNoteAnswers } from './case-note-answer';
import { EpisodeParticipantResolvers, ResolversParentTypes, ServiceEpisodeResolvers } from '../generated/graphql';
import { visibleEpisode } from './episode.access';
import { EpisodeRow } from './episode.repository';
import type { ChildRoleValue } from './episode.entity';

/** A participant as ServiceEpisode.participantRoles answers it: with the episode whose rule its role follows. */
interface EpisodeParticipantAnswer extends Omit<ResolversParentTypes['EpisodeParticipant'], 'childRole'> {
  episode: EpisodeRow;
  childRole: ChildRoleValue | null;
}

function isParticipantAnswer(participant: ResolversParentTypes['EpisodeParticipant']): participant is EpisodeParticipantAnswer {
  return 'episode' in participant;
}

export const ServiceEpisode: ServiceEpisodeResolvers = {
  __resolveReference: (reference, ctx) => visibleEpisode(ctx, reference.id),
  family: (episode) => ref(episode.familyId),
  participants: (episode) => refs(episode.participantIds),
  participantRoles: async (episode, _args, ctx) => {
    const rows = await ctx.loaders.participantsOfEpisode.load(episode.id);
    const byPerson = new Map(rows.map((r) => [r.personId, r]));
    return episode.participantIds.map((personId): EpisodeParticipantAnswer => {
      const row = byPerson.get(personId);
      return { episode, person: { id: personId }, family: ref(row?.familyId ?? episode.familyId), childRole: row?.childRole ?? null };
    });
  },
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
  // Deprecated: a role is a child's, kept per participant; an episode-wide value would merge them.
  childRole: () => null,
  notes: (episode, _args, ctx) => caseText(ctx.caller, episode, episode.notes, 'the case notes of an episode'),
  caseNotes: async (episode, _args, ctx) => {
    // Free text: the delivering agency reads every note; anyone else who sees the episode gets FORBIDDEN.
    caseText(ctx.caller, episode, null, 'the case notes of an episode');
    const rows = await ctx.loaders.caseNotes.load(episode.id);
    ctx.audit.record(
      'READ',
      'CaseNote',
      rows.map((r) => ({ id: r.id, familyId: episode.familyId })),
    );
    return caseNoteAnswers(ctx, rows);
  },
  followUpOn: (episode, _args, ctx) => (isParty(ctx.caller, episode) ? (episode.followUpOn ?? null) : null),
  sentReferrals: async (episode, _args, ctx) => {
    // The referrals the delivering agency sent; listed to it alone, which is party to each of them.
    if (!isParty(ctx.caller, episode)) return [];
    return refs((await ctx.loaders.sentReferralsOfEpisode.load(episode.id)).map((l) => l.referralId));
  },
  closureReason: (episode, _args, ctx) => caseText(ctx.caller, episode, episode.closureReason, 'why an episode was closed'),
};

export const EpisodeParticipant: EpisodeParticipantResolvers = {
  /**
   * A child's role: for the agency delivering the episode and the sender of the referral it came from;
   * anyone else gets null with FORBIDDEN, whether or not a role was recorded, so that the refusal does
   * not tell which participant is a child in a legal matter.
   */
  childRole: (participant, _args, ctx) => {
    // Fails closed: a participant answered without its episode has no parties to show the role to.
    if (!isParticipantAnswer(participant)) throw new Error('an episode participant was answered without its episode');
    if (!canSeeChildRoles(ctx.caller, participant.episode)) {
      throw new ForbiddenError("redacted: only the agency delivering the episode, and the agency that referred the family to it, see a child's role");
    }
    return participant.childRole;
  },
};
