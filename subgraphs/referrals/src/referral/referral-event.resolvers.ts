import { ref } from '../../../kit';
import { caseText } from '../access-policy';
import { ReferralEventResolvers } from '../generated/graphql';

export const ReferralEvent: ReferralEventResolvers = {
  actor: (event) => ref(event.actorStaffId),
  actorAgency: (event) => ref(event.actorAgencyId),
  note: (event, _args, ctx) => caseText(ctx.caller, { fromAgencyId: event.referralFromAgencyId, toAgencyId: event.referralToAgencyId }, event.note, 'a note on a referral'),
};
