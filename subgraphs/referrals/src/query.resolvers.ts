import { selectsField } from '../../kit';
import { QueryResolvers } from './generated/graphql';
import { visibleReferral } from './referral/referral.access';
import { areaReferrals, areaReferralStats } from './referral/area-stats.service';
import { referralStats } from './referral/referral-stats.service';

export const Query: QueryResolvers = {
  referral: (_root, { id }, ctx) => visibleReferral(ctx, id),
  referralStats: (_root, args, ctx) => referralStats(ctx, args),
  areaReferralStats: (_root, args, ctx) => areaReferralStats(ctx, args),
  areaReferrals: (_root, args, ctx, info) => areaReferrals(ctx, args, selectsField(info, 'totalCount')),
};
