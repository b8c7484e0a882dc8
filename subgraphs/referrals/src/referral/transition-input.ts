import type { AcceptReferralInput, CompleteReferralInput, DeclineReferralInput, StartReferralInput, WithdrawReferralInput } from '../generated/graphql';
import { expectedVersion, InputProblems, optionalText, requiredText } from '../../../kit';
import { MAX_NOTE } from './input-rules';
import type { TransitionRequest } from './referral.service';

/** A transition's version and its text (`text` checks it), both checked before either is refused. */
function checked(version: number, text: () => string | null): { expectedVersion: number; text: string | null } {
  const problems = new InputProblems();
  const expected = problems.check(() => expectedVersion(version));
  const value = problems.check(text);
  problems.throwIfAny();
  return { expectedVersion: expected!, text: value ?? null };
}

/** Accept or start: an optional note for the history. */
export function parseNoteInput(input: AcceptReferralInput | StartReferralInput): TransitionRequest {
  const { expectedVersion: version, text: note } = checked(input.expectedVersion, () => optionalText('note', input.note, MAX_NOTE));
  return { referralId: input.referralId, expectedVersion: version, note, changes: {} };
}

/** Decline: a reason code and a text, which becomes the outcome and the history's note. */
export function parseDeclineInput(input: DeclineReferralInput): TransitionRequest {
  const { expectedVersion: version, text } = checked(input.expectedVersion, () => requiredText('reason', input.reason, MAX_NOTE));
  const reason = text!;
  return { referralId: input.referralId, expectedVersion: version, note: reason, changes: { outcome: reason, declineReasonCode: input.reasonCode } };
}

/** Complete: the outcome, recorded on the referral and in the history. */
export function parseCompleteInput(input: CompleteReferralInput): TransitionRequest {
  const { expectedVersion: version, text } = checked(input.expectedVersion, () => requiredText('outcome', input.outcome, MAX_NOTE));
  const outcome = text!;
  return { referralId: input.referralId, expectedVersion: version, note: outcome, changes: { outcome } };
}

/** Withdraw: the sender's reason, in the history. */
export function parseWithdrawInput(input: WithdrawReferralInput): TransitionRequest {
  const { expectedVersion: version, text } = checked(input.expectedVersion, () => requiredText('reason', input.reason, MAX_NOTE));
  return { referralId: input.referralId, expectedVersion: version, note: text, changes: {} };
}
