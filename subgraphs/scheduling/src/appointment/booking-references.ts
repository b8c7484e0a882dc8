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

/**
 * The references of a booking: the family (none for a community event), and optionally the episode
 * and referral it belongs to.
 */
export interface BookingReferences {
  agencyId: string;
  familyId: string | null;
  episodeId: string | null;
  referralId: string | null;
}

/**
 * Whether the family's address is protected (a family fleeing violence), and from whom: NONE; BY_CALLER
 * when the caller's agency is the protecting agency; FROM_CALLER for everyone else.
 */
export type AddressProtection = 'NONE' | 'BY_CALLER' | 'FROM_CALLER';

/** What a booking's references tell about its family: its region (for the area rule) and its protection. */
export interface BookedFamily {
  region: string | null;
  protection: AddressProtection;
}

/** The family as the registry answers the caller about it, with whether its address is protected. */
interface FamilyEntity extends FamilyAnswer {
  addressProtected: boolean | null;
  addressProtectedByYourAgency: boolean | null;
}

const same = (a: string | undefined | null, b: string | null) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/** The registry tells every agency that may see a family whether its address is protected, and whether by the caller's own agency. */
function protectionOf(family: FamilyEntity): AddressProtection {
  if (!family.addressProtected) return 'NONE';
  return family.addressProtectedByYourAgency === true ? 'BY_CALLER' : 'FROM_CALLER';
}

/**
 * Checks a booking's references with the subgraphs that own them, as the caller (so their rules
 * apply: a record the caller may not see is as good as absent), all at once: the family must exist;
 * the episode must be the family's and the booking agency's; the referral must be the family's, to
 * or from the booking agency. Answers the family's region and whether its address is protected (no
 * region and no protection without a family).
 */
export async function checkBookingReferences(refs: BookingReferences, caller: Caller): Promise<BookedFamily> {
  const [[family], [episode], [referral]] = await Promise.all([
    refs.familyId
      ? fetchEntities<FamilyEntity>('families', 'Family', [refs.familyId], 'id jurisdiction kkNumber addressProtected addressProtectedByYourAgency address { regionCode district }', caller)
      : Promise.resolve([null]),
    refs.episodeId ? fetchEntities<EpisodeEntity>('services', 'ServiceEpisode', [refs.episodeId], 'id family { id } agency { id }', caller) : Promise.resolve([null]),
    refs.referralId ? fetchEntities<ReferralEntity>('referrals', 'Referral', [refs.referralId], 'id family { id } fromAgency { id } toAgency { id }', caller) : Promise.resolve([null]),
  ]);
  if (refs.familyId && !family) throw schedulingError('NOT_FOUND', `family ${refs.familyId} not found or no access`, {}, 'familyId');
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
  if (!family) return { region: null, protection: 'NONE' };
  // The family's region (kit familyRegion), kept with the appointment for the area rule.
  return { region: familyRegion(family), protection: protectionOf(family) };
}

/** What a booking does at a family's home: a home visit, or any appointment whose place is the HOME. */
export function visitsHome(booking: { kind: string; place: string }): boolean {
  return booking.kind === 'HOME_VISIT' || booking.place === 'HOME';
}

interface PersonEntity {
  id: string;
  family: FamilyAnswer | null;
}

/** A person joining a group session, with the family they are on the card of now. */
export interface JoiningPerson {
  personId: string;
  familyId: string;
  familyRegion: string;
}

/**
 * Resolves each person joining a group session to their family, with the registry and as the caller
 * (a person the caller may not see is as good as absent): NOT_FOUND at `personIds[i]` for a person
 * unknown, out of the caller's view or on no family's card.
 */
export async function checkJoiningPersons(personIds: readonly string[], caller: Caller): Promise<JoiningPerson[]> {
  const persons = await fetchEntities<PersonEntity>('families', 'Person', personIds, 'id family { id jurisdiction kkNumber address { regionCode district } }', caller);
  return personIds.map((personId, i) => {
    const family = persons[i]?.family;
    if (!family) throw schedulingError('NOT_FOUND', `person ${personId} not found, no access, or on no family's card`, {}, `personIds[${i}]`);
    return { personId, familyId: family.id, familyRegion: familyRegion(family) };
  });
}
