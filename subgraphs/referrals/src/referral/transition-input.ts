import type {
  AcceptReferralInput, CompleteReferralInput, DeclineReferralInput, StartReferralInput, WithdrawReferralInput,
} from '../generated/graphql';
import { expectedVersion, optionalText, requiredText } from '../../../kit';
import { MAX_NOTE } from './input-rules';
import type { TransitionRequest } from './referral.service';

/** Accept or start: an optional note for the history. */
export function parseNoteInput(input: AcceptReferralInput | StartReferralInput): TransitionRequest {
  return { referralId: input.referralId, expectedVersion: expectedVersion(input.expectedVersion), note: optionalText('note', input.note, MAX_NOTE), changes: {} };
}

/** Decline: a reason code and a text, which becomes the outcome and the history's note. */
export function parseDeclineInput(input: DeclineReferralInput): TransitionRequest {
  const reason = requiredText('reason', input.reason, MAX_NOTE);
  return { referralId: input.referralId, expectedVersion: expectedVersion(input.expectedVersion), note: reason, changes: { outcome: reason, declineReasonCode: input.reasonCode } };
}

/** Complete: the outcome, recorded on the referral and in the history. */
export function parseCompleteInput(input: CompleteReferralInput): TransitionRequest {
  const outcome = requiredText('outcome', input.outcome, MAX_NOTE);
  return { referralId: input.referralId, expectedVersion: expectedVersion(input.expectedVersion), note: outcome, changes: { outcome } };
}

/** Withdraw: the sender's reason, in the history. */
export function parseWithdrawInput(input: WithdrawReferralInput): TransitionRequest {
  return { referralId: input.referralId, expectedVersion: expectedVersion(input.expectedVersion), note: requiredText('reason', input.reason, MAX_NOTE), changes: {} };
}
