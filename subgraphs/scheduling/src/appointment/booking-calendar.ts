import { Context } from '../context';
import { SchedulingWarning } from '../holiday/calendar-coverage';
import { warningsFor } from '../holiday/calendar-warnings';
import { localDateOf } from '../calendar/zoned-time';
import { schedulingError } from '../scheduling-error';
import { StaffRow } from '../staff/staff.repository';
import { checkCalendar } from './booking-rules';
import { CheckedTimes } from './booking-input';

/**
 * Applies the calendar rules (closed day, agency sessions, roster) to each staff member of a booking,
 * in the agency's time zone, unless an emergency override waives them. Reads the agency's calendar,
 * its sessions, the rosters and the closures of the day: a few queries, whatever the number of staff.
 * Answers the booking's caveats: CALENDAR_NOT_LOADED when the day's public holidays are unknown.
 */
export async function checkBookingCalendar(ctx: Context, staff: readonly StaffRow[], times: CheckedTimes, overridden: boolean): Promise<SchedulingWarning[]> {
  const agencyId = staff[0].agencyId;
  const calendar = await ctx.loaders.agencyCalendar.load(agencyId);
  if (!calendar) throw new Error(`agency ${agencyId} of staff ${staff[0].id} has no calendar`);
  const date = localDateOf(times.startsAt, calendar.timeZone);
  const warnings = await warningsFor(ctx, [{ jurisdiction: calendar.jurisdiction, from: date, to: date }]);
  if (overridden) return warnings;
  const [agencySessions, rosters, closures] = await Promise.all([
    ctx.loaders.sessionsOfAgency.load(agencyId),
    Promise.all(staff.map((s) => ctx.loaders.roster.load(s.id))),
    ctx.repos.calendars.closuresOf([agencyId], [calendar.jurisdiction], date, date),
  ]);
  const closed = new Map(closures.map((c) => [c.date, c.name]));
  staff.forEach((member, i) => {
    const breach = checkCalendar(times.startsAt, times.endsAt, { timeZone: calendar.timeZone, agencySessions, rosterSessions: rosters[i], closures: closed });
    if (breach) {
      const field = breach.rule === 'OUTSIDE_ROSTER' ? `staffIds[${i}]` : undefined;
      const facts = breach.rule === 'OUTSIDE_ROSTER' ? { ...breach.facts, staffId: member.id } : breach.facts;
      throw schedulingError(breach.rule, `${breach.message}; an emergencyOverride with a reason books it anyway`, facts, field);
    }
  });
  return warnings;
}
