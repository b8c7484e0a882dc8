import { clock } from '../../../kit';
import type { ReferralStatus } from '../generated/graphql';

/**
 * Overdue: a referral waiting on the receiving agency past its time, either still SUBMITTED after its
 * respond-by time (no answer yet) or ACCEPTED and not begun after its start-by time (answered "yes",
 * then left waiting). It is flagged, never changed; the repository's inbox filter and the statistics
 * apply the same rule in SQL (`overdueAt`).
 */
export function isOverdue(referral: { status: ReferralStatus; respondBy: Date; startBy: Date | null }, now = clock.now()): boolean {
  if (referral.status === 'SUBMITTED') return referral.respondBy.getTime() < now.getTime();
  if (referral.status === 'ACCEPTED') return referral.startBy !== null && referral.startBy.getTime() < now.getTime();
  return false;
}
