import type { ReferralStatus } from '../generated/graphql';
import { decideTransition, REFERRAL_STATUSES, ReferralTransitionAction, TRANSITION_ACTIONS } from './referral-state-machine';

/** The referral workflow, written out pair by pair: the only allowed (status, action) pairs and where they lead. */
const ALLOWED: Record<string, ReferralStatus> = {
  'SUBMITTED ACCEPT': 'ACCEPTED',
  'SUBMITTED DECLINE': 'DECLINED',
  'SUBMITTED WITHDRAW': 'WITHDRAWN',
  'ACCEPTED START': 'IN_PROGRESS',
  'ACCEPTED WITHDRAW': 'WITHDRAWN',
  'IN_PROGRESS COMPLETE': 'COMPLETED',
  'IN_PROGRESS WITHDRAW': 'WITHDRAWN',
};

const sideOf = (action: ReferralTransitionAction) => (action === 'WITHDRAW' ? 'SENDER' : 'RECEIVER');
const otherSide = (action: ReferralTransitionAction) => (action === 'WITHDRAW' ? 'RECEIVER' : 'SENDER');

const pairs = REFERRAL_STATUSES.flatMap((status) => TRANSITION_ACTIONS.map((action) => [status, action] as const));

describe('referral state machine', () => {
  it('covers all 30 status × action pairs', () => {
    expect(pairs).toHaveLength(30);
  });

  it.each(pairs)('%s + %s by the acting side', (status, action) => {
    const decision = decideTransition(status, action, sideOf(action));
    const expected = ALLOWED[`${status} ${action}`];
    if (expected) {
      expect(decision).toEqual({ allowed: true, from: status, to: expected });
    } else {
      expect(decision).toEqual({
        allowed: false,
        reason: 'INVALID_TRANSITION',
        currentStatus: status,
        message: `cannot ${action.toLowerCase()} a referral that is ${status}`,
      });
    }
  });

  it.each(pairs)('%s + %s by the other side is refused whatever the status', (status, action) => {
    const decision = decideTransition(status, action, otherSide(action));
    expect(decision).toMatchObject({ allowed: false, reason: 'WRONG_SIDE', requiredSide: sideOf(action) });
  });

  it('names who may act', () => {
    expect(decideTransition('SUBMITTED', 'ACCEPT', 'SENDER')).toMatchObject({ message: 'only the receiving agency may accept a referral' });
    expect(decideTransition('SUBMITTED', 'WITHDRAW', 'RECEIVER')).toMatchObject({ message: 'only the sending agency may withdraw a referral' });
  });

  it('has three final statuses', () => {
    for (const status of ['DECLINED', 'COMPLETED', 'WITHDRAWN'] as const) {
      for (const action of TRANSITION_ACTIONS) expect(decideTransition(status, action, sideOf(action)).allowed).toBe(false);
    }
  });
});
