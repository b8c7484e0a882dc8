import { Caller, fetchEntities } from '../../../kit';
import type { NewEpisode } from './episode-input';
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
  family: { id: string } | null;
  toAgency: { id: string } | null;
}

interface StaffAnswer {
  id: string;
  active: boolean;
  agency: { id: string } | null;
}

/** What the owning subgraphs confirmed about a new episode's references. */
export interface CheckedEpisodeReferences {
  familyRegion: string;
  anyChildParticipant: boolean;
}

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
 * the caller may not see is as unknown as one that does not exist. The referral must be ACCEPTED, about
 * this family and received by the caller's agency (an episode opened from a referral is the receiving
 * agency's answer to it).
 */
export async function checkEpisodeReferences(episode: NewEpisode, agencyId: string, caller: Caller): Promise<CheckedEpisodeReferences> {
  const [[family], persons, [referral]] = await Promise.all([
    fetchEntities<FamilyAnswer>('families', 'Family', [episode.familyId], 'id jurisdiction kkNumber address { regionCode district }', caller),
    fetchEntities<PersonAnswer>('families', 'Person', episode.participantIds, 'id isChild family { id }', caller),
    episode.referralId ? fetchEntities<ReferralAnswer>('referrals', 'Referral', [episode.referralId], 'id status family { id } toAgency { id }', caller) : [null],
    episode.leadWorkerId ? checkLeadWorker('leadWorkerId', episode.leadWorkerId, agencyId, caller) : undefined,
  ]);
  if (!family) throw invalid('familyId', 'UNKNOWN_FAMILY', `${episode.familyId} is not a family the caller can serve`);
  episode.participantIds.forEach((id, i) => {
    const person = persons[i];
    if (!person) throw invalid('participantIds', 'UNKNOWN_PERSON', `${id} is not a person the caller can name`);
    if (person.family?.id !== episode.familyId) throw invalid('participantIds', 'NOT_A_FAMILY_MEMBER', `${id} is not a member of family ${episode.familyId}`);
  });
  if (episode.referralId) {
    if (!referral) throw invalid('referralId', 'UNKNOWN_REFERRAL', `${episode.referralId} is not a referral the caller can see`);
    if (referral.toAgency?.id.toLowerCase() !== agencyId.toLowerCase()) {
      throw invalid('referralId', 'REFERRAL_NOT_RECEIVED', "the referral was not sent to the caller's agency");
    }
    if (referral.family?.id !== episode.familyId) throw invalid('referralId', 'REFERRAL_OF_OTHER_FAMILY', `the referral is not about family ${episode.familyId}`);
    if (referral.status !== 'ACCEPTED') {
      throw invalid('referralId', 'REFERRAL_NOT_ACCEPTED', `an episode is opened from an ACCEPTED referral; this one is ${referral.status}`);
    }
  }
  return { familyRegion: familyRegion(family), anyChildParticipant: persons.some((p) => p?.isChild === true) };
}
