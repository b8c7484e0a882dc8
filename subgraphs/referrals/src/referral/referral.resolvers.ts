import { ForbiddenError, ref, refs } from '../../../kit';
import { canSeeSensitive } from '../access-policy';
import { ReferralResolvers } from '../generated/graphql';
import { visibleReferral } from './referral.access';
import { isOverdue } from './referral-overdue';
import { ReferralRow } from './referral.repository';

/** The consent recorded with a referral, or null for an emergency referral made without it. */
function consentOf(referral: ReferralRow) {
  const { consentGivenAt, consentRelationship, consentScope } = referral;
  if (!consentGivenAt || !consentRelationship || !consentScope) return null;
  return { givenBy: ref(referral.consentGivenById), relationship: consentRelationship, givenAt: consentGivenAt, scope: consentScope };
}

export const Referral: ReferralResolvers = {
  __resolveReference: (reference, ctx) => visibleReferral(ctx, reference.id),
  family: (referral) => ref(referral.familyId),
  subjects: (referral) => refs(referral.subjectIds),
  fromAgency: (referral) => ref(referral.fromAgencyId),
  toAgency: (referral) => ref(referral.toAgencyId),
  requestedService: (referral) => ref(referral.requestedServiceId),
  reason: (referral, _args, ctx) => {
    if (!canSeeSensitive(ctx.caller, referral)) {
      throw new ForbiddenError('the reason for a referral is shown only to the agencies party to it');
    }
    return referral.reason;
  },
  // Narrative like the reason: the circumstances of an emergency referral made without consent.
  noConsentReason: (referral, _args, ctx) => {
    if (referral.noConsentReason === null) return null;
    if (!canSeeSensitive(ctx.caller, referral)) {
      throw new ForbiddenError('why a referral was made without consent is shown only to the agencies party to it');
    }
    return referral.noConsentReason;
  },
  consent: (referral) => consentOf(referral),
  overdue: (referral) => isOverdue(referral),
  events: (referral, _args, ctx) => ctx.loaders.events.load(referral.id),
};
