import { AgencyResolvers } from './generated/graphql';
import { referralQueue } from './referral/referral-queue';

/** The services subgraph owns Agency; this subgraph adds its referral inbox and outbox. */
export const Agency: AgencyResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  incomingReferrals: (agency, args, ctx) => referralQueue(ctx, 'INCOMING', agency.id, args),
  outgoingReferrals: (agency, args, ctx) => referralQueue(ctx, 'OUTGOING', agency.id, args),
};
