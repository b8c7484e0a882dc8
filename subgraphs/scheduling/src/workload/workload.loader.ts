import DataLoader from 'dataloader';
import { Sql } from '../../../kit';
import { AppointmentRepository } from '../appointment/appointment.repository';
import { AgencyCalendarRow, CalendarRepository } from '../calendar/calendar.repository';
import { addDays } from '../calendar/zoned-time';
import { RosterRow, StaffRow } from '../staff/staff.repository';
import { computeWorkload, Workload } from './workload';

/** One staff member's workload over one range of local dates. */
export interface WorkloadKey {
  staff: StaffRow;
  from: string;
  to: string;
}

/** The loaders a workload reads through, so that rosters and calendars are shared with the rest of the request. */
export interface WorkloadSources {
  agencyCalendar: DataLoader<string, AgencyCalendarRow | null>;
  roster: DataLoader<string, RosterRow[]>;
}

/**
 * A request-scoped loader of workloads: `agency { staff { workload(from, to) } }` for a whole team
 * costs one query for their appointments and one for the closed days per range asked, however many
 * staff there are, plus the shared roster and calendar loaders.
 */
export function workloadLoader(sql: Sql, sources: WorkloadSources): DataLoader<WorkloadKey, Workload, string> {
  const appointments = new AppointmentRepository(sql);
  const calendars = new CalendarRepository(sql);
  return new DataLoader<WorkloadKey, Workload, string>(
    async (keys) => {
      const ranges = new Map<string, WorkloadKey[]>();
      for (const key of keys) ranges.set(`${key.from}|${key.to}`, [...(ranges.get(`${key.from}|${key.to}`) ?? []), key]);
      const results = new Map<string, Workload>();
      await Promise.all(
        [...ranges.values()].map(async (group) => {
          const { from, to } = group[0];
          const staffIds = [...new Set(group.map((k) => k.staff.id))];
          const agencyIds = [...new Set(group.map((k) => k.staff.agencyId))];
          const agencyCalendars = new Map<string, AgencyCalendarRow>();
          for (const calendar of await sources.agencyCalendar.loadMany(agencyIds)) {
            if (calendar && !(calendar instanceof Error)) agencyCalendars.set(calendar.agencyId, calendar);
          }
          const jurisdictions = [...new Set([...agencyCalendars.values()].map((c) => c.jurisdiction))];
          // Local dates lie within a day of UTC dates in every zone: read a day either side, count by local date.
          const [closures, rows, rosters] = await Promise.all([
            calendars.closuresOf(agencyIds, jurisdictions, from, to),
            appointments.ofStaffStartingBetween(staffIds, new Date(`${addDays(from, -1)}T00:00:00Z`), new Date(`${addDays(to, 2)}T00:00:00Z`)),
            sources.roster.loadMany(staffIds),
          ]);
          for (const key of group) {
            const calendar = agencyCalendars.get(key.staff.agencyId);
            const roster = rosters[staffIds.indexOf(key.staff.id)];
            results.set(
              cacheKey(key),
              computeWorkload({
                from,
                to,
                timeZone: calendar?.timeZone ?? 'UTC',
                rosterSessions: Array.isArray(roster) ? roster : [],
                closedDates: new Set(closures.filter((c) => c.agencyId === key.staff.agencyId || (c.agencyId === null && c.jurisdiction === calendar?.jurisdiction)).map((c) => c.date)),
                appointments: rows.filter((r) => r.staffId === key.staff.id),
              }),
            );
          }
        }),
      );
      return keys.map((key) => results.get(cacheKey(key)) ?? new Error(`no workload for staff ${key.staff.id}`));
    },
    { cacheKeyFn: cacheKey, maxBatchSize: 500 },
  );
}

function cacheKey({ staff, from, to }: WorkloadKey): string {
  return `${staff.id}|${from}|${to}`;
}
