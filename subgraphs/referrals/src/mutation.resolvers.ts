import { MutationResolvers } from './generated/graphql';
import { setReferralFollowUp, startReferralForEpisode, withdrawConsent } from './referral/referral-follow-through.service';
import { createReferral, transitionReferral } from './referral/referral.service';
import { parseCompleteInput, parseDeclineInput, parseNoteInput, parseWithdrawInput } from './referral/transition-input';

/** The referral workflow's mutations: input is parsed here, the rules live in the service. */
export const Mutation: MutationResolvers = {
  createReferral: (_root, { input }, ctx) => createReferral(ctx, input),
  acceptReferral: async (_root, { input }, ctx) => ({ referral: await transitionReferral(ctx, 'ACCEPT', parseNoteInput(input)) }),
  declineReferral: async (_root, { input }, ctx) => ({ referral: await transitionReferral(ctx, 'DECLINE', parseDeclineInput(input)) }),
  startReferral: async (_root, { input }, ctx) => ({ referral: await transitionReferral(ctx, 'START', parseNoteInput(input)) }),
  completeReferral: async (_root, { input }, ctx) => ({ referral: await transitionReferral(ctx, 'COMPLETE', parseCompleteInput(input)) }),
  withdrawReferral: async (_root, { input }, ctx) => ({ referral: await transitionReferral(ctx, 'WITHDRAW', parseWithdrawInput(input)) }),
  withdrawConsent: async (_root, args, ctx) => ({ referral: await withdrawConsent(ctx, args) }),
  setReferralFollowUp: async (_root, args, ctx) => ({ referral: await setReferralFollowUp(ctx, args) }),
  _startReferralForEpisode: (_root, args, ctx) => startReferralForEpisode(ctx, args),
};
