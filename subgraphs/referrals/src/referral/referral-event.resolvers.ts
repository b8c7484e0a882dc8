import { ForbiddenError, ref } from '../../../kit';
import { canSeeSensitive } from '../access-policy';
import { ReferralEventResolvers } from '../generated/graphql';

export const ReferralEvent: ReferralEventResolvers = {
  actor: (event) => ref(event.actorStaffId),
  actorAgency: (event) => ref(event.actorAgencyId),
  note: (event, _args, ctx) => {
    if (!canSeeSensitive(ctx.caller, { fromAgencyId: event.referralFromAgencyId, toAgencyId: event.referralToAgencyId })) {
      throw new ForbiddenError('notes on a referral are shown only to the agencies party to it');
    }
    return event.note;
  },
};
