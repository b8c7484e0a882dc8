import { clock } from '../../../kit';
import type { ReferralStatus } from '../generated/graphql';

/**
 * Overdue: a referral still SUBMITTED after its respond-by time. It is flagged, never changed (it still
 * waits for the receiving agency's answer); the repository's inbox filter applies the same rule in SQL.
 */
export function isOverdue(referral: { status: ReferralStatus; respondBy: Date }, now = clock.now()): boolean {
  return referral.status === 'SUBMITTED' && referral.respondBy.getTime() < now.getTime();
}
