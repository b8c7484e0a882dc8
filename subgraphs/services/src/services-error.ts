import { DomainError, RuleSpec, ruleError, staleVersion } from '../../kit';
import type { EpisodeStatus } from './generated/graphql';

/**
 * The service-episode rules a request can break, each with the code a caller sees and, for input
 * rules, the input field it names (null where the field is given with the refusal). The rule travels
 * in `extensions.rule`. Input rules are refused through the kit's input checks (`invalid`,
 * `referenceId`, ...) and collected with InputProblems; the rest are built here.
 */
export const SERVICES_RULES = {
  /** The family is malformed, unknown or not one the caller can serve. */
  UNKNOWN_FAMILY: { code: 'BAD_USER_INPUT', field: 'familyId' },
  /** No participant, or more than an episode takes (`participants`, or the older `participantIds`). */
  PARTICIPANT_COUNT: { code: 'BAD_USER_INPUT', field: null },
  /** Both `participants` and the older `participantIds` given. */
  PARTICIPANTS_TWICE: { code: 'BAD_USER_INPUT', field: 'participantIds' },
  /** A person is malformed, unknown or not one the caller can name (at the person's path, e.g. `participants[1].personId`). */
  UNKNOWN_PERSON: { code: 'BAD_USER_INPUT', field: null },
  /** A person named twice. */
  DUPLICATE_ID: { code: 'BAD_USER_INPUT', field: null },
  /** A participant on no family card the caller may see (at the person's path). */
  PARTICIPANT_FAMILY_UNKNOWN: { code: 'BAD_USER_INPUT', field: null },
  /** No participant is a member of the family the episode is recorded under. */
  NOT_A_FAMILY_MEMBER: { code: 'BAD_USER_INPUT', field: null },
  /** The service is malformed or not in the directory. */
  UNKNOWN_SERVICE: { code: 'BAD_USER_INPUT', field: 'serviceId' },
  /** A service of another agency than the caller's. */
  SERVICE_OF_OTHER_AGENCY: { code: 'BAD_USER_INPUT', field: 'serviceId' },
  /** The referral is malformed or not one the caller can see. */
  UNKNOWN_REFERRAL: { code: 'BAD_USER_INPUT', field: 'referralId' },
  /** A referral not sent to the caller's agency. */
  REFERRAL_NOT_RECEIVED: { code: 'BAD_USER_INPUT', field: 'referralId' },
  /** A referral about another family. */
  REFERRAL_OF_OTHER_FAMILY: { code: 'BAD_USER_INPUT', field: 'referralId' },
  /** A referral that is neither ACCEPTED nor IN_PROGRESS. */
  REFERRAL_NOT_ACCEPTED: { code: 'BAD_USER_INPUT', field: 'referralId' },
  /** The staff member is malformed or not one the caller can name. */
  UNKNOWN_STAFF: { code: 'BAD_USER_INPUT', field: null },
  /** Staff of another agency than the episode's. */
  STAFF_OF_OTHER_AGENCY: { code: 'BAD_USER_INPUT', field: null },
  /** Staff who take no new work. */
  STAFF_INACTIVE: { code: 'BAD_USER_INPUT', field: null },
  /** A child's role given for a participant who is 18 or over (at the participant's path, e.g. `participants[0].childRole`). */
  CHILD_ROLE_FOR_ADULT: { code: 'BAD_USER_INPUT', field: null },
  /** No role for a participant under 18, for a service that records each child's role (at the participant's path). */
  CHILD_ROLE_REQUIRED: { code: 'BAD_USER_INPUT', field: null },
  /** A closure reason when the status does not become CLOSED. */
  NOT_CLOSING: { code: 'BAD_USER_INPUT', field: 'closureReason' },
  /** A text that must be given is empty. */
  REQUIRED: { code: 'BAD_USER_INPUT', field: null },
  /** A text longer than its field takes. */
  TOO_LONG: { code: 'BAD_USER_INPUT', field: null },
  /** An expected version that is not a whole number from 1. */
  VERSION_FORMAT: { code: 'BAD_USER_INPUT', field: 'expectedVersion' },
  /** A status move the episode's status does not allow (episode-state-machine.ts). */
  INVALID_TRANSITION: { code: 'BAD_USER_INPUT', field: 'status' },
  /** A change to an episode that is CLOSED. */
  EPISODE_CLOSED: { code: 'BAD_USER_INPUT', field: 'episodeId' },
  /** The episode changed since the caller read it. */
  STALE_VERSION: { code: 'CONFLICT', field: null },
  /** An `agencies(serves:)` place that is neither a Kemendagri region code nor a Hong Kong place. */
  SERVES_FORMAT: { code: 'BAD_USER_INPUT', field: 'serves' },
  /** A second episode from one referral (unique index service_episode_referral). */
  EPISODE_EXISTS_FOR_REFERRAL: { code: 'CONFLICT', field: 'referralId' },
  /** An episode from a referral whose consent the family withdrew. */
  CONSENT_WITHDRAWN: { code: 'BAD_USER_INPUT', field: 'referralId' },
  /** `startReferral` without the referral to start (`referralId`). */
  START_WITHOUT_REFERRAL: { code: 'BAD_USER_INPUT', field: 'startReferral' },
  /** A referral linked to an episode of an agency that did not send it. */
  REFERRAL_NOT_SENT: { code: 'BAD_USER_INPUT', field: 'referralId' },
  /** A referral already linked to a sending episode (primary key of episode_sent_referral). */
  REFERRAL_ALREADY_LINKED: { code: 'CONFLICT', field: 'referralId' },
  /** A note shared with the referrer of an episode that was not opened from a referral. */
  NO_REFERRER: { code: 'BAD_USER_INPUT', field: 'visibility' },
  /** A follow-up date before today in the agency's time zone. */
  FOLLOW_UP_IN_PAST: { code: 'BAD_USER_INPUT', field: 'followUpOn' },
  /** A person who does not take part in the episode. */
  NOT_A_PARTICIPANT: { code: 'BAD_USER_INPUT', field: 'personId' },
  /** A page size out of range. */
  PAGE_SIZE: { code: 'BAD_USER_INPUT', field: 'first' },
  /** A cursor this query did not hand out. */
  CURSOR: { code: 'BAD_USER_INPUT', field: 'after' },
} as const satisfies Record<string, RuleSpec>;

export type ServicesRule = keyof typeof SERVICES_RULES;

/** The error for a broken rule: its code, its rule, the field it names (unless `field` names a more precise one) and any facts. */
export function servicesError(rule: ServicesRule, message: string, facts: Record<string, unknown> = {}, field?: string): DomainError {
  return ruleError(SERVICES_RULES, rule, message, facts, field);
}

/** An update based on a version that is no longer current: CONFLICT with the current version and status to re-read. */
export function staleEpisode(episode: { id: string; version: number; status: EpisodeStatus }, expected: number): DomainError {
  return staleVersion(`episode ${episode.id}`, expected, episode);
}

/** A referral gives at most one episode. */
export function episodeExists(referralId: string | null): DomainError {
  return servicesError('EPISODE_EXISTS_FOR_REFERRAL', `an episode was already opened from referral ${referralId}`);
}
