import type { ChildRole, EpisodeStatus, OpenServiceEpisodeInput, StartReferralOnOpenInput } from '../generated/graphql';
import { InputProblems, invalid, optionalText, referenceId, requiredText } from '../../../kit';

/** Most persons one episode names. */
export const MAX_PARTICIPANTS = 20;
/** Longest case notes an episode takes when opened. */
export const MAX_NOTES = 4000;
/** Longest closure reason. */
export const MAX_CLOSURE_REASON = 2000;

/** One participant of an open request, with the input paths its refusals name. */
export interface NewParticipant {
  personId: string;
  childRole: ChildRole | null;
  /** Where the person was named, e.g. `participants[1].personId`. */
  field: string;
  /** Where this participant's role is given, e.g. `participants[1].childRole`. */
  roleField: string;
}

/** An open request, checked and normalised (ids lower-case, texts trimmed), before any reference is looked up. */
export interface NewEpisode {
  familyId: string;
  participants: NewParticipant[];
  serviceId: string;
  referralId: string | null;
  leadWorkerId: string | null;
  notes: string | null;
  /** Begin work on the referral in the same call: the referral's version read, and a note for its history. */
  startReferral: { expectedVersion: number; note: string | null } | null;
}

/** The persons of a request as (id, role, paths): from `participants`, or from the older `participantIds`, which carries no roles. */
function namedParticipants(problems: InputProblems, input: OpenServiceEpisodeInput): Array<Omit<NewParticipant, 'personId'> & { id: string }> {
  if (input.participants && input.participantIds) {
    problems.refuse(invalid('participantIds', 'PARTICIPANTS_TWICE', 'is the older way to name the persons taking part; give participants or participantIds, not both'));
  }
  if (input.participants) {
    return input.participants.map((p, i) => ({ id: p.personId, childRole: p.childRole ?? null, field: `participants[${i}].personId`, roleField: `participants[${i}].childRole` }));
  }
  // The older list names persons only: a role that the service requires is asked for at the person's place in it.
  return (input.participantIds ?? []).map((id, i) => ({ id, childRole: null, field: 'participantIds', roleField: `participantIds[${i}]` }));
}

/** Checks everything about an open request that needs no record. */
export function parseOpenEpisode(input: OpenServiceEpisodeInput): NewEpisode {
  const problems = new InputProblems();
  const familyId = problems.check(() => referenceId('familyId', 'UNKNOWN_FAMILY', input.familyId));
  const named = namedParticipants(problems, input);
  const listField = input.participants || !input.participantIds ? 'participants' : 'participantIds';
  if (named.length === 0 || named.length > MAX_PARTICIPANTS) {
    problems.refuse(invalid(listField, 'PARTICIPANT_COUNT', `must name 1 to ${MAX_PARTICIPANTS} persons`));
  }
  const participants = named.flatMap(({ id, ...rest }) => {
    const personId = problems.check(() => referenceId(rest.field, 'UNKNOWN_PERSON', id));
    return personId ? [{ personId, ...rest }] : [];
  });
  if (new Set(participants.map((p) => p.personId)).size !== participants.length) problems.refuse(invalid(listField, 'DUPLICATE_ID', 'names a person twice'));
  const serviceId = problems.check(() => referenceId('serviceId', 'UNKNOWN_SERVICE', input.serviceId));
  const referralId = input.referralId ? problems.check(() => referenceId('referralId', 'UNKNOWN_REFERRAL', input.referralId!)) : null;
  const leadWorkerId = input.leadWorkerId ? problems.check(() => referenceId('leadWorkerId', 'UNKNOWN_STAFF', input.leadWorkerId!)) : null;
  const notes = problems.check(() => optionalText('notes', input.notes, MAX_NOTES));
  const startReferral = input.startReferral ? parseStartReferral(problems, input.startReferral, referralId ?? null, input.referralId) : null;
  problems.throwIfAny();
  return {
    familyId: familyId!,
    participants,
    serviceId: serviceId!,
    referralId: referralId ?? null,
    leadWorkerId: leadWorkerId ?? null,
    notes: notes ?? null,
    startReferral,
  };
}

/** Longest note for the referral's history. */
export const MAX_REFERRAL_NOTE = 2000;

/** The start of the referral in the same call: only with a referral, at a well-formed version. */
function parseStartReferral(problems: InputProblems, start: StartReferralOnOpenInput, referralId: string | null, given: string | null | undefined): NewEpisode['startReferral'] {
  if (!given) problems.refuse(invalid('startReferral', 'START_WITHOUT_REFERRAL', 'needs the referral to begin work on: give referralId'));
  if (!Number.isInteger(start.expectedVersion) || start.expectedVersion < 1) {
    problems.refuse(invalid('startReferral.expectedVersion', 'VERSION_FORMAT', "must be the referral's version read, a whole number from 1"));
  }
  const note = problems.check(() => optionalText('startReferral.note', start.note, MAX_REFERRAL_NOTE));
  return referralId ? { expectedVersion: start.expectedVersion, note: note ?? null } : null;
}

/** What the registry says about one participant: whether they are under 18 today. */
export interface ParticipantAge {
  participant: NewParticipant;
  isChild: boolean;
}

/**
 * A child's role in a legal matter (VICTIM, PERPETRATOR, WITNESS) belongs to one child: children
 * before the law as victims, as children in conflict with the law and as witnesses must never be
 * treated alike, even as siblings in one episode, so each child's role is given with that child. It is
 * required for every participant under 18 when the service records it (the rehabilitation-centre
 * services, `requires_child_role`), and refused for a participant of 18 or over, so that it is never
 * guessed or attached to an adult. Every participant's problem is listed at once.
 */
export function checkChildRoles(participants: readonly ParticipantAge[], serviceRequiresIt: boolean): void {
  const problems = new InputProblems();
  for (const { participant, isChild } of participants) {
    if (participant.childRole && !isChild) {
      problems.refuse(invalid(participant.roleField, 'CHILD_ROLE_FOR_ADULT', 'is recorded only for a participant under 18'));
    } else if (!participant.childRole && isChild && serviceRequiresIt) {
      problems.refuse(invalid(participant.roleField, 'CHILD_ROLE_REQUIRED', "is required for this service for each participant under 18: the child's own role as VICTIM, PERPETRATOR or WITNESS"));
    }
  }
  problems.throwIfAny();
}

/** A closure reason goes with CLOSED and with nothing else. */
export function closureReasonFor(status: EpisodeStatus, closureReason: string | null | undefined): string | null {
  if (status === 'CLOSED') return requiredText('closureReason', closureReason, MAX_CLOSURE_REASON);
  if (closureReason?.trim()) throw invalid('closureReason', 'NOT_CLOSING', 'is given only when the status becomes CLOSED');
  return null;
}
