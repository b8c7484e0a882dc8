import type { EpisodeStatus } from '../generated/graphql';

/**
 * Where an episode may go from each status: work begins (OPEN → ACTIVE),
 * pauses and resumes (ACTIVE ⇄ ON_HOLD; an episode may also be put on hold before work begins), and
 * ends from any open status. CLOSED is final: a family that comes back gets a new episode. Work that has
 * begun does not go back to OPEN.
 */
export const EPISODE_TRANSITIONS: Readonly<Record<EpisodeStatus, readonly EpisodeStatus[]>> = {
  OPEN: ['ACTIVE', 'ON_HOLD', 'CLOSED'],
  ACTIVE: ['ON_HOLD', 'CLOSED'],
  ON_HOLD: ['ACTIVE', 'CLOSED'],
  CLOSED: [],
};

export const EPISODE_STATUSES: readonly EpisodeStatus[] = ['OPEN', 'ACTIVE', 'ON_HOLD', 'CLOSED'];

/** What the workflow says about moving an episode from one status to another. */
export type EpisodeDecision = { allowed: true } | { allowed: false; message: string };

/** Decides a status change; pure, so every pair is tested. */
export function decideEpisodeStatus(current: EpisodeStatus, next: EpisodeStatus): EpisodeDecision {
  if (EPISODE_TRANSITIONS[current].includes(next)) return { allowed: true };
  if (current === 'CLOSED') return { allowed: false, message: 'cannot change an episode that is CLOSED: CLOSED is final' };
  if (current === next) return { allowed: false, message: `the episode is already ${current}` };
  return { allowed: false, message: `cannot move an episode that is ${current} to ${next}` };
}
