import type { Urgency } from '../generated/graphql';

/**
 * How long the receiving agency has to answer, by urgency (issue 4: EMERGENCY 24 hours, URGENT 3 days,
 * ROUTINE 14 days). Hours, not calendar days: a referral sent at 16:00 is due at 16:00. The database adds
 * them to its own clock when the referral is stored, so respond-by and created-at come from one clock.
 */
export const RESPONSE_HOURS: Readonly<Record<Urgency, number>> = { EMERGENCY: 24, URGENT: 3 * 24, ROUTINE: 14 * 24 };
