import type { Caller } from '../../../kit';
import { placesCovered } from '../../../../domain/area-coverage';
import { REFERRAL_POLICY } from '../access-policy';

/**
 * The places an area-wide referral figure or list covers for this caller: every place of their area
 * (Sai Kung spelt out with Tseung Kwan O, as the list's SQL matches region prefixes), for a role that
 * sees every agency's referrals about the area's families; null for anyone else. An empty area covers
 * nothing, never everything.
 */
export function areaReferralPlaces(caller: Caller): string[] | null {
  if (!caller.roles.some((role) => REFERRAL_POLICY[role].area)) return null;
  return placesCovered(caller.area);
}
