import { ForbiddenError, ref, refs } from '../../../kit';
import { actingAgency, caseText, ConsentedReferral, consentedText, isParty } from '../access-policy';
import { ChildRole, ConsentResolvers, ReferralResolvers, ReferralSubjectResolvers, ResolversParentTypes } from '../generated/graphql';
import { visibleReferral } from './referral.access';
import { isOverdue } from './referral-overdue';
import { ReferralRow } from './referral.repository';

/** A consent as Referral.consent answers it: with the referral it belongs to, whose rule its scope follows. */
interface ReferralConsent extends Omit<ResolversParentTypes['Consent'], 'scope'> {
  referral: ConsentedReferral;
  scope: string;
}

/** The consent recorded with a referral, or null for an emergency referral made without it. */
function consentOf(referral: ReferralRow): ReferralConsent | null {
  const { consentGivenAt, consentRelationship, consentScope } = referral;
  if (!consentGivenAt || !consentRelationship || !consentScope) return null;
  return {
    referral,
    givenBy: ref(referral.consentGivenById),
    relationship: consentRelationship,
    givenAt: consentGivenAt,
    scope: consentScope,
    withdrawnAt: referral.consentWithdrawnAt,
    withdrawnBy: ref(referral.consentWithdrawnById),
  };
}

/** A subject as Referral.subjectRoles answers it: with the referral whose parties may see the role. */
interface ReferralSubjectAnswer extends Omit<ResolversParentTypes['ReferralSubject'], 'childRole'> {
  referral: ConsentedReferral;
  childRole: ChildRole | null;
}

function isSubjectAnswer(subject: ResolversParentTypes['ReferralSubject']): subject is ReferralSubjectAnswer {
  return 'referral' in subject;
}

function isReferralConsent(consent: ResolversParentTypes['Consent']): consent is ReferralConsent {
  return 'referral' in consent;
}

export const Referral: ReferralResolvers = {
  __resolveReference: (reference, ctx) => visibleReferral(ctx, reference.id),
  family: (referral) => ref(referral.familyId),
  subjects: (referral) => refs(referral.subjectIds),
  subjectRoles: async (referral, _args, ctx) => {
    const rows = await ctx.loaders.subjects.load(referral.id);
    const roleOf = new Map(rows.map((r) => [r.personId, r.childRole]));
    return referral.subjectIds.map((id): ReferralSubjectAnswer => ({ referral, person: { id }, childRole: roleOf.get(id) ?? null }));
  },
  fromAgency: (referral) => ref(referral.fromAgencyId),
  toAgency: (referral) => ref(referral.toAgencyId),
  requestedService: (referral) => ref(referral.requestedServiceId),
  reason: (referral, _args, ctx) => consentedText(ctx.caller, referral, referral.reason, 'the reason for a referral'),
  noConsentReason: (referral, _args, ctx) => caseText(ctx.caller, referral, referral.noConsentReason, 'why a referral was made without consent'),
  outcome: (referral, _args, ctx) => caseText(ctx.caller, referral, referral.outcome, 'the outcome of a referral'),
  consent: (referral) => consentOf(referral),
  overdue: (referral) => isOverdue(referral),
  followUpOn: async (referral, _args, ctx) => {
    // Each side keeps its own reminder; someone not party to the referral has none to see.
    const agencyId = isParty(ctx.caller, referral) ? actingAgency(ctx.caller) : null;
    if (!agencyId) return null;
    const rows = await ctx.loaders.followUps.load(referral.id);
    return rows.find((r) => r.agencyId.toLowerCase() === agencyId)?.followUpOn ?? null;
  },
  events: (referral, _args, ctx) => ctx.loaders.events.load(referral.id),
};

export const Consent: ConsentResolvers = {
  scope: (consent, _args, ctx) => {
    // Fails closed: a consent answered without its referral has no parties to show its text to.
    if (!isReferralConsent(consent)) throw new Error('a consent was answered without its referral');
    return consentedText(ctx.caller, consent.referral, consent.scope, 'what the consent to a referral covers');
  },
};

export const ReferralSubject: ReferralSubjectResolvers = {
  /**
   * A child's role, for the agencies party to the referral; anyone else gets null with FORBIDDEN,
   * whether or not a role was recorded, so that the refusal does not tell which subject is a child in a
   * legal matter.
   */
  childRole: (subject, _args, ctx) => {
    // Fails closed: a subject answered without its referral has no parties to show the role to.
    if (!isSubjectAnswer(subject)) throw new Error('a referral subject was answered without its referral');
    if (!isParty(ctx.caller, subject.referral)) throw new ForbiddenError("only the agencies party to the referral see a child's role");
    return subject.childRole;
  },
};
