import type { EpisodeStatus } from '../generated/graphql';
import { decideEpisodeStatus, EPISODE_STATUSES } from './episode-state-machine';

/** The episode workflow, pair by pair: the only allowed moves. */
const ALLOWED = new Set(['OPEN ACTIVE', 'OPEN ON_HOLD', 'OPEN CLOSED', 'ACTIVE ON_HOLD', 'ACTIVE CLOSED', 'ON_HOLD ACTIVE', 'ON_HOLD CLOSED']);

const pairs = EPISODE_STATUSES.flatMap((from) => EPISODE_STATUSES.map((to) => [from, to] as [EpisodeStatus, EpisodeStatus]));

describe('episode state machine', () => {
  it('covers all 16 pairs', () => {
    expect(pairs).toHaveLength(16);
  });

  it.each(pairs)('%s → %s', (from, to) => {
    const decision = decideEpisodeStatus(from, to);
    expect(decision.allowed).toBe(ALLOWED.has(`${from} ${to}`));
    if (!decision.allowed) expect(decision.message).toContain(from);
  });

  it('keeps CLOSED final', () => {
    for (const to of EPISODE_STATUSES) expect(decideEpisodeStatus('CLOSED', to)).toEqual({ allowed: false, message: 'cannot change an episode that is CLOSED: CLOSED is final' });
  });

  it('never goes back to OPEN', () => {
    for (const from of EPISODE_STATUSES) expect(decideEpisodeStatus(from, 'OPEN').allowed).toBe(false);
  });
});
