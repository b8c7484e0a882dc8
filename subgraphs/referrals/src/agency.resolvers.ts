import { selectsField } from '../../kit';
import { AgencyResolvers } from './generated/graphql';
import { referralQueue } from './referral/referral-queue';

/** The services subgraph owns Agency; this subgraph adds its referral inbox and outbox. */
export const Agency: AgencyResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  incomingReferrals: (agency, args, ctx, info) => referralQueue(ctx, 'INCOMING', agency.id, args, selectsField(info, 'totalCount')),
  outgoingReferrals: (agency, args, ctx, info) => referralQueue(ctx, 'OUTGOING', agency.id, args, selectsField(info, 'totalCount')),
};
