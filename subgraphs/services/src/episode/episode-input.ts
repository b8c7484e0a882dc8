import type { ChildRole, EpisodeStatus, OpenServiceEpisodeInput } from '../generated/graphql';
import { InputProblems, invalid, optionalText, referenceId, requiredText } from '../../../kit';

/** Most persons one episode names. */
export const MAX_PARTICIPANTS = 20;
/** Longest case notes an episode takes when opened. */
export const MAX_NOTES = 4000;
/** Longest closure reason. */
export const MAX_CLOSURE_REASON = 2000;

/** An open request, checked and normalised (ids lower-case, texts trimmed), before any reference is looked up. */
export interface NewEpisode {
  familyId: string;
  participantIds: string[];
  serviceId: string;
  referralId: string | null;
  childRole: ChildRole | null;
  leadWorkerId: string | null;
  notes: string | null;
}

/** Checks everything about an open request that needs no record. */
export function parseOpenEpisode(input: OpenServiceEpisodeInput): NewEpisode {
  const problems = new InputProblems();
  const familyId = problems.check(() => referenceId('familyId', 'UNKNOWN_FAMILY', input.familyId));
  if (input.participantIds.length === 0 || input.participantIds.length > MAX_PARTICIPANTS) {
    problems.refuse(invalid('participantIds', 'PARTICIPANT_COUNT', `must name 1 to ${MAX_PARTICIPANTS} persons`));
  }
  const participantIds = input.participantIds.flatMap((id) => problems.check(() => referenceId('participantIds', 'UNKNOWN_PERSON', id)) ?? []);
  if (new Set(participantIds).size !== participantIds.length) problems.refuse(invalid('participantIds', 'DUPLICATE_ID', 'names a person twice'));
  const serviceId = problems.check(() => referenceId('serviceId', 'UNKNOWN_SERVICE', input.serviceId));
  const referralId = input.referralId ? problems.check(() => referenceId('referralId', 'UNKNOWN_REFERRAL', input.referralId!)) : null;
  const leadWorkerId = input.leadWorkerId ? problems.check(() => referenceId('leadWorkerId', 'UNKNOWN_STAFF', input.leadWorkerId!)) : null;
  const notes = problems.check(() => optionalText('notes', input.notes, MAX_NOTES));
  problems.throwIfAny();
  return {
    familyId: familyId!,
    participantIds,
    serviceId: serviceId!,
    referralId: referralId ?? null,
    childRole: input.childRole ?? null,
    leadWorkerId: leadWorkerId ?? null,
    notes: notes ?? null,
  };
}

/**
 * A child's role in a legal matter (VICTIM, PERPETRATOR, WITNESS) is the role of a child: it is required
 * when the service records it (the rehabilitation-centre services, `requires_child_role`) and a
 * participant is under 18, and refused when no participant is, so that it is never guessed or attached
 * to an adult (seeds README: Balai Harum; a child's role must never be confused).
 */
export function checkChildRole(childRole: ChildRole | null, serviceRequiresIt: boolean, anyChildParticipant: boolean): void {
  if (childRole && !anyChildParticipant) throw invalid('childRole', 'NO_CHILD_PARTICIPANT', 'is recorded only when a participant is under 18');
  if (!childRole && serviceRequiresIt && anyChildParticipant) {
    throw invalid('childRole', 'CHILD_ROLE_REQUIRED', "is required for this service when a participant is under 18: the child's role as VICTIM, PERPETRATOR or WITNESS");
  }
}

/** A closure reason goes with CLOSED and with nothing else. */
export function closureReasonFor(status: EpisodeStatus, closureReason: string | null | undefined): string | null {
  if (status === 'CLOSED') return requiredText('closureReason', closureReason, MAX_CLOSURE_REASON);
  if (closureReason?.trim()) throw invalid('closureReason', 'NOT_CLOSING', 'is given only when the status becomes CLOSED');
  return null;
}
