import { Caller, DomainError, ErrorCode, fetchEntities, peerRequest } from '../../../kit';
import type { NewEpisode, ParticipantAge } from './episode-input';
import { invalid } from '../../../kit';
import { FamilyAnswer, familyRegion } from '../../../../domain/family-region';

interface PersonAnswer {
  id: string;
  isChild: boolean;
  family: { id: string } | null;
}

interface ReferralAnswer {
  id: string;
  status: string;
  consent: { withdrawnAt: string | null } | null;
  family: { id: string } | null;
  fromAgency: { id: string } | null;
  toAgency: { id: string } | null;
}

interface StaffAnswer {
  id: string;
  active: boolean;
  agency: { id: string } | null;
}

/** A participant as the registry confirmed them: the family whose card they are on, and whether they are under 18. */
export interface CheckedParticipant extends ParticipantAge {
  familyId: string;
}

/** What the owning subgraphs confirmed about a new episode's references. */
export interface CheckedEpisodeReferences {
  familyRegion: string;
  participants: CheckedParticipant[];
  /** The sending agency of the referral the episode is opened from, if any. */
  referringAgencyId: string | null;
  /** That referral's status as the referrals subgraph answered it. */
  referralStatus: string | null;
}

/** The referral statuses an episode may be opened from: accepted, or already begun by the receiving agency. */
export const OPENABLE_REFERRAL_STATUSES: readonly string[] = ['ACCEPTED', 'IN_PROGRESS'];
/**
 * Checks that a staff member is real, active and works for the agency, by asking the scheduling
 * subgraph (which owns Staff) through its `_entities` as the same caller.
 */
export async function checkLeadWorker(field: string, staffId: string, agencyId: string, caller: Caller): Promise<void> {
  const [staff] = await fetchEntities<StaffAnswer>('scheduling', 'Staff', [staffId], 'id active agency { id }', caller);
  if (!staff) throw invalid(field, 'UNKNOWN_STAFF', `${staffId} is not a staff member the caller can name`);
  if (staff.agency?.id.toLowerCase() !== agencyId.toLowerCase()) throw invalid(field, 'STAFF_OF_OTHER_AGENCY', `${staffId} does not work for the episode's agency`);
  if (!staff.active) throw invalid(field, 'STAFF_INACTIVE', `${staffId} is not active`);
}

/**
 * Checks a new episode's family, participants, referral and lead worker with the subgraphs that own
 * them (families, referrals, scheduling), through `_entities` as the same caller, all at once: an id
 * the caller may not see is as unknown as one that does not exist. A participant may be on another
 * family card than the episode's family (a couple before marriage), but only one whose family the
 * registry shows the caller; at least one participant is a member of the episode's family. The
 * referral must be ACCEPTED or IN_PROGRESS, about this family and received by the caller's agency (an
 * episode opened from a referral is the receiving agency's answer to it).
 */
export async function checkEpisodeReferences(episode: NewEpisode, agencyId: string, caller: Caller): Promise<CheckedEpisodeReferences> {
  const personIds = episode.participants.map((p) => p.personId);
  const [[family], persons, [referral]] = await Promise.all([
    fetchEntities<FamilyAnswer>('families', 'Family', [episode.familyId], 'id jurisdiction kkNumber address { regionCode district }', caller),
    fetchEntities<PersonAnswer>('families', 'Person', personIds, 'id isChild family { id }', caller),
    episode.referralId
      ? fetchEntities<ReferralAnswer>('referrals', 'Referral', [episode.referralId], 'id status consent { withdrawnAt } family { id } fromAgency { id } toAgency { id }', caller)
      : [null],
    episode.leadWorkerId ? checkLeadWorker('leadWorkerId', episode.leadWorkerId, agencyId, caller) : undefined,
  ]);
  if (!family) throw invalid('familyId', 'UNKNOWN_FAMILY', `${episode.familyId} is not a family the caller can serve`);
  const participants = episode.participants.map((participant, i): CheckedParticipant => {
    const person = persons[i];
    if (!person) throw invalid(participant.field, 'UNKNOWN_PERSON', `${participant.personId} is not a person the caller can name`);
    // The registry answers a person's family only when the caller may see it.
    if (!person.family) throw invalid(participant.field, 'PARTICIPANT_FAMILY_UNKNOWN', `${participant.personId} is on no family card the caller may see`);
    return { participant, familyId: person.family.id.toLowerCase(), isChild: person.isChild === true };
  });
  if (!participants.some((p) => p.familyId === episode.familyId)) {
    const field = episode.participants[0]?.field.startsWith('participants[') ? 'participants' : 'participantIds';
    throw invalid(field, 'NOT_A_FAMILY_MEMBER', `no participant is a member of family ${episode.familyId}, the family the episode is recorded under`);
  }
  if (episode.referralId) {
    if (!referral) throw invalid('referralId', 'UNKNOWN_REFERRAL', `${episode.referralId} is not a referral the caller can see`);
    if (referral.toAgency?.id.toLowerCase() !== agencyId.toLowerCase()) {
      throw invalid('referralId', 'REFERRAL_NOT_RECEIVED', "the referral was not sent to the caller's agency");
    }
    if (referral.family?.id !== episode.familyId) throw invalid('referralId', 'REFERRAL_OF_OTHER_FAMILY', `the referral is not about family ${episode.familyId}`);
    if (!OPENABLE_REFERRAL_STATUSES.includes(referral.status)) {
      throw invalid('referralId', 'REFERRAL_NOT_ACCEPTED', `an episode is opened from an ACCEPTED or IN_PROGRESS referral; this one is ${referral.status}`);
    }
    // What the family agreed to is no longer agreed: no new work is recorded on it.
    if (referral.consent?.withdrawnAt) throw invalid('referralId', 'CONSENT_WITHDRAWN', 'the family withdrew its consent to this referral, so no episode may be opened from it');
  }
  return {
    familyRegion: familyRegion(family),
    participants,
    referringAgencyId: referral?.fromAgency?.id.toLowerCase() ?? null,
    referralStatus: referral?.status ?? null,
  };
}

const START_REFERRAL = `mutation($referralId: ID!, $expectedVersion: Int!, $note: String) {
  _startReferralForEpisode(referralId: $referralId, expectedVersion: $expectedVersion, note: $note) { id status version }
}`;

/**
 * Begins work on the referral an episode is being opened from, in the referrals subgraph and as the same
 * caller (the receiving agency). Its refusal is the caller's (a stale version, a status that does not
 * allow it, consent withdrawn meanwhile), passed on with its code and rule and the field under
 * `startReferral`; nothing is written here then.
 */
export async function startReferralForEpisode(caller: Caller, referralId: string, expectedVersion: number, note: string | null): Promise<void> {
  const answer = await peerRequest<{ _startReferralForEpisode: { id: string; status: string } | null }>('referrals', START_REFERRAL, { referralId, expectedVersion, note }, caller);
  if (answer.data?._startReferralForEpisode?.status === 'IN_PROGRESS') return;
  const error = answer.errors?.[0];
  const { code, field, ...facts } = error?.extensions ?? {};
  if (code === 'BAD_USER_INPUT' || code === 'CONFLICT' || code === 'FORBIDDEN' || code === 'NOT_FOUND') {
    // The referral's version and note were given under startReferral; anything else is about the referral.
    const at = facts.rule === 'STALE_VERSION' || field === 'expectedVersion' ? 'startReferral.expectedVersion' : field === 'note' ? 'startReferral.note' : 'referralId';
    throw new DomainError(code as ErrorCode, `${error!.message}; the episode was not opened`, { ...facts, field: at });
  }
  throw new DomainError('SUBGRAPH_UNAVAILABLE', 'the referrals service could not begin work on the referral; nothing was written', { serviceName: 'referrals' });
}
