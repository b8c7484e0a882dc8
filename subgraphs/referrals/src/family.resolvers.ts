import { asUuid } from '../../kit';
import { mayReadReferrals } from './access-policy';
import { FamilyResolvers } from './generated/graphql';
import { visibleReferrals } from './referral/referral.access';

/** The families subgraph owns Family; this subgraph adds the referrals about it. */
export const Family: FamilyResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  referrals: async (family, _args, ctx) => {
    const id = asUuid(family.id);
    if (!id || !mayReadReferrals(ctx.caller)) return [];
    return visibleReferrals(ctx, await ctx.loaders.familyReferrals.load(id));
  },
};
