import { DomainError, RuleSpec, ruleError, staleVersion as staleRecord } from '../../kit';
import type { ReferralStatus } from './generated/graphql';

/**
 * The referral rules a request can break, each with the code a caller sees and, for input rules, the
 * input field it names (null where the field is given with the refusal). The rule travels in
 * `extensions.rule`, so a client can tell a stale version from a wrong transition without reading
 * the message. Input rules are refused through the kit's input checks (`invalid`, `referenceId`,
 * `requiredText`, ...) and collected with InputProblems; the rest are built here.
 */
export const REFERRALS_RULES = {
  /** The idempotency key is empty, too long or has spaces. */
  KEY_FORMAT: { code: 'BAD_USER_INPUT', field: 'idempotencyKey' },
  /** The family is malformed, unknown or not one the caller can refer. */
  UNKNOWN_FAMILY: { code: 'BAD_USER_INPUT', field: 'familyId' },
  /** No subject, or more than a referral takes (`subjects`, or the older `subjectIds`). */
  SUBJECT_COUNT: { code: 'BAD_USER_INPUT', field: null },
  /** Both `subjects` and the older `subjectIds` given. */
  SUBJECTS_TWICE: { code: 'BAD_USER_INPUT', field: 'subjectIds' },
  /** A person is malformed, unknown or not one the caller can name. */
  UNKNOWN_PERSON: { code: 'BAD_USER_INPUT', field: null },
  /** A person named twice. */
  DUPLICATE_ID: { code: 'BAD_USER_INPUT', field: null },
  /** A subject who is not a member of the referral's family (at the subject's path, e.g. `subjects[1].personId`). */
  NOT_A_FAMILY_MEMBER: { code: 'BAD_USER_INPUT', field: null },
  /** A child's role given for a subject who is 18 or over (at the subject's path, e.g. `subjects[0].childRole`). */
  CHILD_ROLE_FOR_ADULT: { code: 'BAD_USER_INPUT', field: null },
  /** No role for a subject under 18, when the requested service records each child's role (at the subject's path). */
  CHILD_ROLE_REQUIRED: { code: 'BAD_USER_INPUT', field: null },
  /** The receiving agency is malformed or not in the directory. */
  UNKNOWN_AGENCY: { code: 'BAD_USER_INPUT', field: 'toAgencyId' },
  /** An agency referring to itself. */
  SAME_AGENCY: { code: 'BAD_USER_INPUT', field: 'toAgencyId' },
  /** The receiving agency serves another jurisdiction than the family's. */
  JURISDICTION_MISMATCH: { code: 'BAD_USER_INPUT', field: 'toAgencyId' },
  /**
   * The receiving agency's area does not cover the family's place: refused when the agency's
   * referralAreaPolicy is REFUSE; otherwise the referral is made and the payload warns with this rule.
   */
  OUTSIDE_SERVICE_AREA: { code: 'BAD_USER_INPUT', field: 'toAgencyId' },
  /** The requested service is malformed or not in the directory. */
  UNKNOWN_SERVICE: { code: 'BAD_USER_INPUT', field: 'requestedServiceId' },
  /** The requested service is not one of the receiving agency's. */
  NOT_OFFERED_BY_RECEIVER: { code: 'BAD_USER_INPUT', field: 'requestedServiceId' },
  /** A text that must be given is empty. */
  REQUIRED: { code: 'BAD_USER_INPUT', field: null },
  /** A text longer than its field takes. */
  TOO_LONG: { code: 'BAD_USER_INPUT', field: null },
  /** Consent is missing on a referral that is not EMERGENCY. */
  CONSENT_REQUIRED: { code: 'BAD_USER_INPUT', field: 'consent' },
  /** A reason for no consent on a referral that has consent. */
  NOT_WITH_CONSENT: { code: 'BAD_USER_INPUT', field: 'noConsentReason' },
  /** SELF consent from a person who is not a subject. */
  SELF_NOT_SUBJECT: { code: 'BAD_USER_INPUT', field: 'consent.givenById' },
  /** A parent or guardian consenting for an adult subject. */
  CONSENT_FOR_ADULT: { code: 'BAD_USER_INPUT', field: 'consent.relationship' },
  /** A consent time in the future. */
  IN_FUTURE: { code: 'BAD_USER_INPUT', field: 'consent.givenAt' },
  /** A date-time that is not ISO 8601. */
  DATE_FORMAT: { code: 'BAD_USER_INPUT', field: null },
  /** A statistics range that ends before it starts. */
  RANGE_ORDER: { code: 'BAD_USER_INPUT', field: 'to' },
  /** A statistics range longer than the statistics cover. */
  RANGE_TOO_LONG: { code: 'BAD_USER_INPUT', field: 'to' },
  /** A page size out of range. */
  PAGE_SIZE: { code: 'BAD_USER_INPUT', field: 'first' },
  /** A cursor this query did not hand out. */
  CURSOR: { code: 'BAD_USER_INPUT', field: 'after' },
  /** An expected version that is not a whole number from 1. */
  VERSION_FORMAT: { code: 'BAD_USER_INPUT', field: 'expectedVersion' },
  /** An action the referral's current status does not allow (referral-state-machine.ts). */
  INVALID_TRANSITION: { code: 'BAD_USER_INPUT', field: 'referralId' },
  /** The referral changed since the caller read it. */
  STALE_VERSION: { code: 'CONFLICT', field: null },
  /** An idempotency key used before for a different request. */
  IDEMPOTENCY_KEY_REUSED: { code: 'CONFLICT', field: 'idempotencyKey' },
  /** A withdrawal of consent on an EMERGENCY referral made without consent: there is none to withdraw. */
  NO_CONSENT_RECORDED: { code: 'BAD_USER_INPUT', field: 'referralId' },
  /** A withdrawal of consent that was already withdrawn. */
  CONSENT_ALREADY_WITHDRAWN: { code: 'BAD_USER_INPUT', field: 'referralId' },
  /** Work begun for a new episode on a referral whose consent the family withdrew. */
  CONSENT_WITHDRAWN: { code: 'BAD_USER_INPUT', field: 'referralId' },
  /** A withdrawal by someone who is neither a subject of the referral nor the person who consented. */
  NOT_CONSENTING_PERSON: { code: 'BAD_USER_INPUT', field: 'withdrawnById' },
  /** A follow-up date before today in the caller's agency's time zone. */
  FOLLOW_UP_IN_PAST: { code: 'BAD_USER_INPUT', field: 'followUpOn' },
} as const satisfies Record<string, RuleSpec>;

export type ReferralsRule = keyof typeof REFERRALS_RULES;

/** The error for a broken rule: its code, its rule, the field it names (unless `field` names a more precise one) and any facts. */
export function referralsError(rule: ReferralsRule, message: string, facts: Record<string, unknown> = {}, field?: string): DomainError {
  return ruleError(REFERRALS_RULES, rule, message, facts, field);
}

/**
 * An action the referral's current status does not allow: BAD_USER_INPUT INVALID_TRANSITION, the
 * current status named in the message and given in `currentStatus`, so that a client can show it
 * without parsing the message.
 */
export function invalidTransition(message: string, currentStatus: ReferralStatus): DomainError {
  return referralsError('INVALID_TRANSITION', message, { currentStatus });
}

/** An update based on a version that is no longer current: CONFLICT with the current version and status to re-read. */
export function staleReferral(id: string, expected: number, current: { version: number; status: ReferralStatus }): DomainError {
  return staleRecord(`referral ${id}`, expected, current);
}

/** An idempotency key used before for a different request. */
export function keyReused(key: string, referralId: string): DomainError {
  return referralsError('IDEMPOTENCY_KEY_REUSED', `idempotencyKey ${key} was used for a different referral request; use a new key for a new referral`, { referralId });
}
