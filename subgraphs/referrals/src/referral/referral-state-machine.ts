import type { ReferralAction, ReferralStatus } from '../generated/graphql';

/**
 * The actions that move an existing referral between statuses (CREATE makes one; WITHDRAW_CONSENT is
 * recorded in the history without changing the status).
 */
export type ReferralTransitionAction = Exclude<ReferralAction, 'CREATE' | 'WITHDRAW_CONSENT'>;

/** Which side of a referral an agency is on. */
export type ReferralSide = 'SENDER' | 'RECEIVER';

/** One allowed transition: from which statuses, to which status, and which side takes it. */
interface Transition {
  from: readonly ReferralStatus[];
  to: ReferralStatus;
  by: ReferralSide;
}

/**
 * The referral workflow: SUBMITTED → ACCEPTED | DECLINED; ACCEPTED → IN_PROGRESS →
 * COMPLETED; SUBMITTED, ACCEPTED or IN_PROGRESS → WITHDRAWN by the sender. The receiving agency answers
 * and does the work; only the sending agency withdraws. DECLINED, COMPLETED and WITHDRAWN are final.
 */
export const TRANSITIONS: Readonly<Record<ReferralTransitionAction, Transition>> = {
  ACCEPT: { from: ['SUBMITTED'], to: 'ACCEPTED', by: 'RECEIVER' },
  DECLINE: { from: ['SUBMITTED'], to: 'DECLINED', by: 'RECEIVER' },
  START: { from: ['ACCEPTED'], to: 'IN_PROGRESS', by: 'RECEIVER' },
  COMPLETE: { from: ['IN_PROGRESS'], to: 'COMPLETED', by: 'RECEIVER' },
  WITHDRAW: { from: ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS'], to: 'WITHDRAWN', by: 'SENDER' },
};

export const REFERRAL_STATUSES: readonly ReferralStatus[] = ['SUBMITTED', 'ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN'];
export const TRANSITION_ACTIONS: readonly ReferralTransitionAction[] = ['ACCEPT', 'DECLINE', 'START', 'COMPLETE', 'WITHDRAW'];

/** The verb of an action as an error message says it ("cannot accept a referral that is DECLINED"). */
const VERB: Readonly<Record<ReferralTransitionAction, string>> = {
  ACCEPT: 'accept',
  DECLINE: 'decline',
  START: 'start',
  COMPLETE: 'complete',
  WITHDRAW: 'withdraw',
};

/** What the workflow says about one action on one referral by one side. */
export type TransitionDecision =
  | { allowed: true; from: ReferralStatus; to: ReferralStatus }
  | { allowed: false; reason: 'WRONG_SIDE'; message: string; requiredSide: ReferralSide }
  | { allowed: false; reason: 'INVALID_TRANSITION'; message: string; currentStatus: ReferralStatus };

/**
 * Decides an action: first who may take it (the receiving agency answers and works, the sending agency
 * withdraws), then whether the current status allows it. Pure, so every status × action × side is tested.
 */
export function decideTransition(status: ReferralStatus, action: ReferralTransitionAction, side: ReferralSide): TransitionDecision {
  const transition = TRANSITIONS[action];
  if (side !== transition.by) {
    const who = transition.by === 'RECEIVER' ? 'the receiving agency' : 'the sending agency';
    return { allowed: false, reason: 'WRONG_SIDE', requiredSide: transition.by, message: `only ${who} may ${VERB[action]} a referral` };
  }
  if (!transition.from.includes(status)) {
    return { allowed: false, reason: 'INVALID_TRANSITION', currentStatus: status, message: `cannot ${VERB[action]} a referral that is ${status}` };
  }
  return { allowed: true, from: status, to: transition.to };
}
