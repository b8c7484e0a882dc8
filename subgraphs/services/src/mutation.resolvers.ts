import { addEpisodeNote, linkEpisodeToReferral, setEpisodeFollowUp, setParticipantRole } from './episode/episode-follow-through.service';
import { assignLeadWorker, changeEpisodeStatus, openServiceEpisode } from './episode/episode.service';
import { caseNoteAnswers } from './episode/case-note-answer';
import { MutationResolvers } from './generated/graphql';

/** The service episode mutations; the rules live in the episode service. */
export const Mutation: MutationResolvers = {
  openServiceEpisode: async (_root, { input }, ctx) => ({ episode: await openServiceEpisode(ctx, input) }),
  changeEpisodeStatus: async (_root, { input }, ctx) => ({ episode: await changeEpisodeStatus(ctx, input) }),
  assignLeadWorker: async (_root, { input }, ctx) => ({ episode: await assignLeadWorker(ctx, input) }),
  linkEpisodeToReferral: async (_root, { input }, ctx) => ({ episode: await linkEpisodeToReferral(ctx, input) }),
  addEpisodeNote: async (_root, { input }, ctx) => {
    const { note, episode } = await addEpisodeNote(ctx, input);
    const [answer] = await caseNoteAnswers(ctx, [note]);
    return { note: answer, episode };
  },
  setEpisodeFollowUp: async (_root, { input }, ctx) => ({ episode: await setEpisodeFollowUp(ctx, input) }),
  setParticipantRole: async (_root, { input }, ctx) => ({ episode: await setParticipantRole(ctx, input) }),
};
