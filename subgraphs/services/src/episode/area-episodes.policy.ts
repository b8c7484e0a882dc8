import type { Caller } from '../../../kit';
import { placesCovered } from '../../../../domain/area-coverage';
import { EPISODE_POLICY } from '../access-policy';

/**
 * The places an area-wide episode count or list covers for this caller: every place of their area
 * (Sai Kung spelt out with Tseung Kwan O, as the SQL matches region prefixes), for a role that sees
 * every agency's episodes for the area's families; null for anyone else. An empty area covers nothing.
 */
export function areaEpisodePlaces(caller: Caller): string[] | null {
  if (!caller.roles.some((role) => EPISODE_POLICY[role].area)) return null;
  return placesCovered(caller.area);
}
