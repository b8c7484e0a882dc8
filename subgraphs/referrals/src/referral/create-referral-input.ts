import { createHash } from 'node:crypto';
import type { ConsentRelationship, CreateReferralInput, NeedCategory, Urgency } from '../generated/graphql';
import { invalid, optionalText, referenceId, requiredText } from '../../../kit';

/** Longest reason a referral takes. */
export const MAX_REASON = 4000;
/** Most persons one referral is about. */
export const MAX_SUBJECTS = 20;
/** Longest idempotency key. */
export const MAX_KEY = 200;
/** How far ahead of the server's clock a consent time may be (the sender's clock may run fast). */
export const CONSENT_CLOCK_SKEW_MS = 5 * 60_000;

/** Printable ASCII without spaces: UUIDs, ULIDs and agency case numbers all fit. */
const KEY = /^[\x21-\x7e]+$/;

/** Consent as checked and normalised. */
export interface NewConsent {
  givenById: string;
  relationship: ConsentRelationship;
  givenAt: Date;
  scope: string;
}

/** A create request, checked and normalised (ids lower-case, texts trimmed), before any reference is looked up. */
export interface NewReferral {
  idempotencyKey: string;
  fromAgencyId: string;
  familyId: string;
  subjectIds: string[];
  toAgencyId: string;
  requestedServiceId: string | null;
  needCategory: NeedCategory;
  urgency: Urgency;
  reason: string;
  consent: NewConsent | null;
  noConsentReason: string | null;
}

/**
 * Checks everything about a create request that needs no other record: formats, lengths, the consent
 * rule of the issue (consent recorded, or EMERGENCY with a reason why not; SELF consent comes from a
 * subject), and that an agency does not refer to itself. The caller's agency is the sender.
 */
export function parseCreateReferral(input: CreateReferralInput, fromAgencyId: string, now: Date): NewReferral {
  const idempotencyKey = input.idempotencyKey.trim();
  if (idempotencyKey.length === 0 || idempotencyKey.length > MAX_KEY || !KEY.test(idempotencyKey)) {
    throw invalid('idempotencyKey', 'KEY_FORMAT', `must be 1 to ${MAX_KEY} printable characters without spaces`);
  }
  const familyId = referenceId('familyId', 'UNKNOWN_FAMILY', input.familyId);
  if (input.subjectIds.length === 0 || input.subjectIds.length > MAX_SUBJECTS) {
    throw invalid('subjectIds', 'SUBJECT_COUNT', `must name 1 to ${MAX_SUBJECTS} persons`);
  }
  const subjectIds = input.subjectIds.map((id) => referenceId('subjectIds', 'UNKNOWN_PERSON', id));
  if (new Set(subjectIds).size !== subjectIds.length) throw invalid('subjectIds', 'DUPLICATE_ID', 'names a person twice');
  const toAgencyId = referenceId('toAgencyId', 'UNKNOWN_AGENCY', input.toAgencyId);
  if (toAgencyId === fromAgencyId.toLowerCase()) throw invalid('toAgencyId', 'SAME_AGENCY', "must be another agency than the caller's own");
  const requestedServiceId = input.requestedServiceId ? referenceId('requestedServiceId', 'UNKNOWN_SERVICE', input.requestedServiceId) : null;
  const reason = requiredText('reason', input.reason, MAX_REASON);
  const noConsentReason = optionalText('noConsentReason', input.noConsentReason, MAX_REASON);
  const consent = input.consent ? parseConsent(input.consent, subjectIds, now) : null;
  if (consent && noConsentReason) throw invalid('noConsentReason', 'NOT_WITH_CONSENT', 'is only for an emergency referral made without consent');
  if (!consent && input.urgency !== 'EMERGENCY') throw invalid('consent', 'CONSENT_REQUIRED', 'is required unless the referral is EMERGENCY');
  if (!consent && !noConsentReason) throw invalid('noConsentReason', 'REQUIRED', 'must say why an EMERGENCY referral is made without consent');
  return {
    idempotencyKey,
    fromAgencyId: fromAgencyId.toLowerCase(),
    familyId,
    subjectIds,
    toAgencyId,
    requestedServiceId,
    needCategory: input.needCategory,
    urgency: input.urgency,
    reason,
    consent,
    noConsentReason,
  };
}

function parseConsent(input: NonNullable<CreateReferralInput['consent']>, subjectIds: readonly string[], now: Date): NewConsent {
  const givenById = referenceId('consent.givenById', 'UNKNOWN_PERSON', input.givenById);
  const givenAt = new Date(input.givenAt);
  if (Number.isNaN(givenAt.getTime())) throw invalid('consent.givenAt', 'DATE_FORMAT', 'must be an ISO 8601 date-time');
  if (givenAt.getTime() > now.getTime() + CONSENT_CLOCK_SKEW_MS) throw invalid('consent.givenAt', 'IN_FUTURE', 'must not be in the future');
  if (input.relationship === 'SELF' && !subjectIds.includes(givenById)) {
    throw invalid('consent.givenById', 'SELF_NOT_SUBJECT', 'must be one of the subjects when the relationship is SELF');
  }
  return { givenById, relationship: input.relationship, givenAt, scope: requiredText('consent.scope', input.scope, MAX_REASON) };
}

/**
 * The fingerprint of a create request, without its idempotency key: a retry that repeats the request
 * has the same one, whatever the order of its subjects or the spelling of its ids and times.
 */
export function requestHash(referral: NewReferral): string {
  const canonical = [
    referral.fromAgencyId,
    referral.familyId,
    [...referral.subjectIds].sort(),
    referral.toAgencyId,
    referral.requestedServiceId,
    referral.needCategory,
    referral.urgency,
    referral.reason,
    referral.consent && [referral.consent.givenById, referral.consent.relationship, referral.consent.givenAt.toISOString(), referral.consent.scope],
    referral.noConsentReason,
  ];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
