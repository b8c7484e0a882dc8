import { Caller } from '../../../kit';
import type { Urgency } from '../generated/graphql';
import { RESPONSE_TIME, respondByFor } from './referral-response-time';

/**
 * When the receiving agency must begin work on a referral it accepts at `acceptedAt`: the same response
 * time its urgency gave for the answer, counted again from the acceptance on the receiving agency's
 * calendar. Being told "yes" and then left waiting is as bad for the family as having no answer, so an
 * accepted referral not begun by then is overdue as well.
 */
export function startByFor(urgency: Urgency, toAgencyId: string, acceptedAt: Date, caller: Caller): Promise<Date> {
  return respondByFor(urgency, toAgencyId, acceptedAt, caller);
}

/**
 * The start-by time of referrals loaded as whole records (the demo world) that were accepted without one: their last acceptance plus the urgency's response time in clock hours, since the
 * receiving agency's calendar at that time is not known here.
 */
export const BACKFILL_START_BY = `
  UPDATE referral r SET start_by = a.at + make_interval(hours => CASE r.urgency
           WHEN 'EMERGENCY' THEN ${RESPONSE_TIME.EMERGENCY.hours} WHEN 'URGENT' THEN ${RESPONSE_TIME.URGENT.hours} ELSE ${RESPONSE_TIME.ROUTINE.hours} END)
    FROM (SELECT referral_id, max(at) AS at FROM referral_event WHERE action = 'ACCEPT' GROUP BY referral_id) a
   WHERE a.referral_id = r.id AND r.start_by IS NULL`;
