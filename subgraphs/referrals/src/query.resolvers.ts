import { QueryResolvers } from './generated/graphql';
import { visibleReferral } from './referral/referral.access';

export const Query: QueryResolvers = {
  referral: (_root, { id }, ctx) => visibleReferral(ctx, id),
};
