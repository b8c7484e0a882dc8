import { Caller, fetchEntities } from '../../../kit';
import { schedulingError } from '../scheduling-error';
import { FamilyAnswer, familyRegion } from '../../../../domain/family-region';

interface EpisodeEntity {
  id: string;
  family: { id: string } | null;
  agency: { id: string } | null;
}

interface ReferralEntity {
  id: string;
  family: { id: string } | null;
  fromAgency: { id: string } | null;
  toAgency: { id: string } | null;
}

/** The references of a booking: the family, and optionally the episode and referral it belongs to. */
export interface BookingReferences {
  agencyId: string;
  familyId: string;
  episodeId: string | null;
  referralId: string | null;
}

const same = (a: string | undefined | null, b: string) => !!a && a.toLowerCase() === b.toLowerCase();

/**
 * Checks a booking's references with the subgraphs that own them, as the caller (so their rules
 * apply: a record the caller may not see is as good as absent), all at once: the family must exist;
 * the episode must be the family's and the booking agency's; the referral must be the family's, to
 * or from the booking agency. Returns the family's region.
 */
export async function checkBookingReferences(refs: BookingReferences, caller: Caller): Promise<string> {
  const [[family], [episode], [referral]] = await Promise.all([
    fetchEntities<FamilyAnswer>('families', 'Family', [refs.familyId], 'id jurisdiction kkNumber address { regionCode district }', caller),
    refs.episodeId ? fetchEntities<EpisodeEntity>('services', 'ServiceEpisode', [refs.episodeId], 'id family { id } agency { id }', caller) : Promise.resolve([null]),
    refs.referralId ? fetchEntities<ReferralEntity>('referrals', 'Referral', [refs.referralId], 'id family { id } fromAgency { id } toAgency { id }', caller) : Promise.resolve([null]),
  ]);
  if (!family) throw schedulingError('NOT_FOUND', `family ${refs.familyId} not found or no access`, {}, 'familyId');
  if (refs.episodeId) {
    if (!episode) throw schedulingError('NOT_FOUND', `service episode ${refs.episodeId} not found or no access`, {}, 'serviceEpisodeId');
    if (!same(episode.family?.id, refs.familyId)) throw schedulingError('FAMILY_MISMATCH', 'serviceEpisodeId is an episode of another family', {}, 'serviceEpisodeId');
    if (!same(episode.agency?.id, refs.agencyId)) throw schedulingError('AGENCY_MISMATCH', "serviceEpisodeId is an episode of another agency than the staff member's", {}, 'serviceEpisodeId');
  }
  if (refs.referralId) {
    if (!referral) throw schedulingError('NOT_FOUND', `referral ${refs.referralId} not found or no access`, {}, 'referralId');
    if (!same(referral.family?.id, refs.familyId)) throw schedulingError('FAMILY_MISMATCH', 'referralId is a referral of another family', {}, 'referralId');
    if (!same(referral.fromAgency?.id, refs.agencyId) && !same(referral.toAgency?.id, refs.agencyId)) {
      throw schedulingError('AGENCY_MISMATCH', "referralId is a referral neither to nor from the staff member's agency", {}, 'referralId');
    }
  }
  // The family's region (kit familyRegion), kept with the appointment for the area rule.
  return familyRegion(family);
}
