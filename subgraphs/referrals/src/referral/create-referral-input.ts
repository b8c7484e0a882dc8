import { createHash } from 'node:crypto';
import type { ChildRole, ConsentRelationship, CreateReferralInput, NeedCategory, Urgency } from '../generated/graphql';
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

/** One subject of a create request, with the input paths its refusals name. */
export interface NewSubject {
  personId: string;
  childRole: ChildRole | null;
  /** Where the person was named, e.g. `subjects[1].personId`. */
  field: string;
  /** Where this subject's role is given, e.g. `subjects[1].childRole`. */
  roleField: string;
}

/** A create request, checked and normalised (ids lower-case, texts trimmed), before any reference is looked up. */
export interface NewReferral {
  idempotencyKey: string;
  fromAgencyId: string;
  familyId: string;
  subjectIds: string[];
  /** The subjects with their roles, in the order named (`subjectIds` are their ids). */
  subjects: NewSubject[];
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
  const named = namedSubjects(problems, input);
  const listField = input.subjects || !input.subjectIds ? 'subjects' : 'subjectIds';
  if (named.length === 0 || named.length > MAX_SUBJECTS) {
    problems.refuse(invalid(listField, 'SUBJECT_COUNT', `must name 1 to ${MAX_SUBJECTS} persons`));
  }
  const checked = named.map(({ id, ...rest }) => {
    const personId = problems.check(() => referenceId(rest.field, 'UNKNOWN_PERSON', id));
    return personId === undefined ? undefined : { personId, ...rest };
  });
  const subjects = checked.filter((s): s is NewSubject => s !== undefined);
  const subjectIds = subjects.map((s) => s.personId);
  if (new Set(subjectIds).size !== subjectIds.length) problems.refuse(invalid(listField, 'DUPLICATE_ID', 'names a person twice'));
  const toAgencyId = problems.check(() => referenceId('toAgencyId', 'UNKNOWN_AGENCY', input.toAgencyId));
  if (toAgencyId === fromAgencyId.toLowerCase()) problems.refuse(invalid('toAgencyId', 'SAME_AGENCY', "must be another agency than the caller's own"));
  const requestedServiceId = input.requestedServiceId ? problems.check(() => referenceId('requestedServiceId', 'UNKNOWN_SERVICE', input.requestedServiceId!)) : null;
  const reason = problems.check(() => requiredText('reason', input.reason, MAX_REASON));
  const noConsentReason = problems.check(() => optionalText('noConsentReason', input.noConsentReason, MAX_REASON));
  // Whether a SELF consent comes from a subject is asked only of subjects that are all well formed.
  const consent = input.consent ? parseConsent(problems, input.consent, checked.length === subjects.length ? subjectIds : null, now) : null;
  if (input.consent && noConsentReason) problems.refuse(invalid('noConsentReason', 'NOT_WITH_CONSENT', 'is only for an emergency referral made without consent'));
  if (!input.consent && input.urgency !== 'EMERGENCY') problems.refuse(invalid('consent', 'CONSENT_REQUIRED', 'is required unless the referral is EMERGENCY'));
  if (!input.consent && noConsentReason === null) problems.refuse(invalid('noConsentReason', 'REQUIRED', 'must say why an EMERGENCY referral is made without consent'));
  problems.throwIfAny();
  return {
    idempotencyKey,
    fromAgencyId: fromAgencyId.toLowerCase(),
    familyId: familyId!,
    subjectIds,
    subjects,
    toAgencyId: toAgencyId!,
    requestedServiceId: requestedServiceId ?? null,
    needCategory: input.needCategory,
    urgency: input.urgency,
    reason: reason!,
    consent,
    noConsentReason: noConsentReason ?? null,
  };
}

/** The persons of a request as (id, role, paths): from `subjects`, or from the older `subjectIds`, which carries no roles. */
function namedSubjects(problems: InputProblems, input: CreateReferralInput): Array<Omit<NewSubject, 'personId'> & { id: string }> {
  if (input.subjects && input.subjectIds) {
    problems.refuse(invalid('subjectIds', 'SUBJECTS_TWICE', 'is the older way to name the persons referred; give subjects or subjectIds, not both'));
  }
  if (input.subjects) {
    return input.subjects.map((s, i) => ({ id: s.personId, childRole: s.childRole ?? null, field: `subjects[${i}].personId`, roleField: `subjects[${i}].childRole` }));
  }
  return (input.subjectIds ?? []).map((id, i) => ({ id, childRole: null, field: 'subjectIds', roleField: `subjectIds[${i}]` }));
}

/** What the registry says about one subject: whether they are under 18 today. */
export interface SubjectAge {
  subject: NewSubject;
  isChild: boolean;
}

/**
 * A child's role in a legal matter (VICTIM, PERPETRATOR, WITNESS) is one child's: a victim, a child in
 * conflict with the law and a witness must never be treated alike, so each child's role travels with
 * that child. It is required for every subject under 18 when the requested service records roles
 * (`requiresChildRole`), and refused for a subject of 18 or over. Every subject's problem is listed at once.
 */
export function checkSubjectRoles(subjects: readonly SubjectAge[], serviceRequiresIt: boolean): void {
  const problems = new InputProblems();
  for (const { subject, isChild } of subjects) {
    if (subject.childRole && !isChild) problems.refuse(invalid(subject.roleField, 'CHILD_ROLE_FOR_ADULT', 'is recorded only for a subject under 18'));
    else if (!subject.childRole && isChild && serviceRequiresIt) {
      problems.refuse(invalid(subject.roleField, 'CHILD_ROLE_REQUIRED', "is required by the requested service for each subject under 18: the child's own role as VICTIM, PERPETRATOR or WITNESS"));
    }
  }
  problems.throwIfAny();
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
    // Roles joined the request later: a request without any hashes as it always did, so that retries keep their answer.
    ...(referral.subjects.some((s) => s.childRole) ? [referral.subjects.map((s) => [s.personId, s.childRole]).sort()] : []),
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
