import { Caller, fetchEntities } from '../../../kit';
import type { Urgency } from '../generated/graphql';

/**
 * How long the receiving agency has to answer, by urgency: an EMERGENCY within 24 clock hours, every
 * day and night; URGENT within 3 and ROUTINE within 14 of the receiving agency's working days (days
 * with an operating session that are not public holidays, collective leave or the agency's own
 * closures), due at the close of its last session on the last of them. An agency without operating
 * sessions in the scheduling directory keeps calendar days (3 or 14 days to the hour).
 */
export const RESPONSE_TIME: Readonly<Record<Urgency, { hours: number; workingDays: number | null }>> = {
  EMERGENCY: { hours: 24, workingDays: null },
  URGENT: { hours: 3 * 24, workingDays: 3 },
  ROUTINE: { hours: 14 * 24, workingDays: 14 },
};

/**
 * The respond-by time of a referral sent at `sentAt`, asking the scheduling subgraph, which keeps
 * agencies' calendars, for the receiving agency's working-day deadline as the same caller.
 */
export async function respondByFor(urgency: Urgency, toAgencyId: string, sentAt: Date, caller: Caller): Promise<Date> {
  const { hours, workingDays } = RESPONSE_TIME[urgency];
  const byHours = new Date(sentAt.getTime() + hours * 3_600_000);
  if (workingDays === null) return byHours;
  const [agency] = await fetchEntities<{ workingDayDeadline: string | null }>(
    'scheduling',
    'Agency',
    [toAgencyId],
    `workingDayDeadline(from: "${sentAt.toISOString()}", workingDays: ${workingDays})`,
    caller,
  );
  return agency?.workingDayDeadline ? new Date(agency.workingDayDeadline) : byHours;
}
