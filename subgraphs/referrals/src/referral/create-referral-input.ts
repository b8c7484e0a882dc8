import { createHash } from 'node:crypto';
import type { ConsentRelationship, CreateReferralInput, NeedCategory, Urgency } from '../generated/graphql';
import { InputProblems, invalid, optionalText, referenceId, requiredText } from '../../../kit';

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
  const problems = new InputProblems();
  const idempotencyKey = input.idempotencyKey.trim();
  if (idempotencyKey.length === 0 || idempotencyKey.length > MAX_KEY || !KEY.test(idempotencyKey)) {
    problems.refuse(invalid('idempotencyKey', 'KEY_FORMAT', `must be 1 to ${MAX_KEY} printable characters without spaces`));
  }
  const familyId = problems.check(() => referenceId('familyId', 'UNKNOWN_FAMILY', input.familyId));
  if (input.subjectIds.length === 0 || input.subjectIds.length > MAX_SUBJECTS) {
    problems.refuse(invalid('subjectIds', 'SUBJECT_COUNT', `must name 1 to ${MAX_SUBJECTS} persons`));
  }
  const subjects = input.subjectIds.map((id) => problems.check(() => referenceId('subjectIds', 'UNKNOWN_PERSON', id)));
  const subjectIds = subjects.filter((id): id is string => id !== undefined);
  if (new Set(subjectIds).size !== subjectIds.length) problems.refuse(invalid('subjectIds', 'DUPLICATE_ID', 'names a person twice'));
  const toAgencyId = problems.check(() => referenceId('toAgencyId', 'UNKNOWN_AGENCY', input.toAgencyId));
  if (toAgencyId === fromAgencyId.toLowerCase()) problems.refuse(invalid('toAgencyId', 'SAME_AGENCY', "must be another agency than the caller's own"));
  const requestedServiceId = input.requestedServiceId ? problems.check(() => referenceId('requestedServiceId', 'UNKNOWN_SERVICE', input.requestedServiceId!)) : null;
  const reason = problems.check(() => requiredText('reason', input.reason, MAX_REASON));
  const noConsentReason = problems.check(() => optionalText('noConsentReason', input.noConsentReason, MAX_REASON));
  // Whether a SELF consent comes from a subject is asked only of subjects that are all well formed.
  const consent = input.consent ? parseConsent(problems, input.consent, subjects.length === subjectIds.length ? subjectIds : null, now) : null;
  if (input.consent && noConsentReason) problems.refuse(invalid('noConsentReason', 'NOT_WITH_CONSENT', 'is only for an emergency referral made without consent'));
  if (!input.consent && input.urgency !== 'EMERGENCY') problems.refuse(invalid('consent', 'CONSENT_REQUIRED', 'is required unless the referral is EMERGENCY'));
  if (!input.consent && noConsentReason === null) problems.refuse(invalid('noConsentReason', 'REQUIRED', 'must say why an EMERGENCY referral is made without consent'));
  problems.throwIfAny();
  return {
    idempotencyKey,
    fromAgencyId: fromAgencyId.toLowerCase(),
    familyId: familyId!,
    subjectIds,
    toAgencyId: toAgencyId!,
    requestedServiceId: requestedServiceId ?? null,
    needCategory: input.needCategory,
    urgency: input.urgency,
    reason: reason!,
    consent,
    noConsentReason: noConsentReason ?? null,
  };
}

/** The consent's own rules, into the request's problems; `subjectIds` is null when the subjects themselves are refused. */
function parseConsent(problems: InputProblems, input: NonNullable<CreateReferralInput['consent']>, subjectIds: readonly string[] | null, now: Date): NewConsent {
  const givenById = problems.check(() => referenceId('consent.givenById', 'UNKNOWN_PERSON', input.givenById));
  const givenAt = new Date(input.givenAt);
  if (Number.isNaN(givenAt.getTime())) problems.refuse(invalid('consent.givenAt', 'DATE_FORMAT', 'must be an ISO 8601 date-time'));
  else if (givenAt.getTime() > now.getTime() + CONSENT_CLOCK_SKEW_MS) problems.refuse(invalid('consent.givenAt', 'IN_FUTURE', 'must not be in the future'));
  if (input.relationship === 'SELF' && givenById !== undefined && subjectIds !== null && !subjectIds.includes(givenById)) {
    problems.refuse(invalid('consent.givenById', 'SELF_NOT_SUBJECT', 'must be one of the subjects when the relationship is SELF'));
  }
  const scope = problems.check(() => requiredText('consent.scope', input.scope, MAX_REASON));
  return { givenById: givenById!, relationship: input.relationship, givenAt, scope: scope! };
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
