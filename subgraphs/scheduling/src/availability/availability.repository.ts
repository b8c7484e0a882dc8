import { Sql } from '../../../kit';
import { AppointmentRepository } from '../appointment/appointment.repository';
import { AgencyCalendarRow, CalendarRepository } from '../calendar/calendar.repository';
import { StaffRepository, StaffRow } from '../staff/staff.repository';
import { StaffTime } from './free-time';

const DAY_MS = 86_400_000;

/** A staff member with what their free time is made of. */
export interface StaffWithTime {
  staff: StaffRow;
  time: StaffTime;
}

/**
 * Loads what availability is computed from, for any number of staff over a range, in three queries
 * run together: their rosters, the closed days of their agencies and jurisdictions, and the time their
 * appointments hold. Nothing is read per staff member or per day.
 */
export class AvailabilityRepository {
  private readonly staff: StaffRepository;
  private readonly calendars: CalendarRepository;
  private readonly appointments: AppointmentRepository;

  constructor(sql: Sql) {
    this.staff = new StaffRepository(sql);
    this.calendars = new CalendarRepository(sql);
    this.appointments = new AppointmentRepository(sql);
  }

  async staffTimes(staff: readonly StaffRow[], calendars: ReadonlyMap<string, AgencyCalendarRow>, from: number, to: number): Promise<StaffWithTime[]> {
    if (staff.length === 0) return [];
    const staffIds = staff.map((s) => s.id);
    const agencyIds = [...new Set(staff.map((s) => s.agencyId))];
    const jurisdictions = [...new Set(agencyIds.map((id) => calendars.get(id)?.jurisdiction).filter((j): j is 'ID' | 'HK' => !!j))];
    // Local dates lie within a day of UTC dates in every zone, so a day either side covers them.
    const firstDate = new Date(from - DAY_MS).toISOString().slice(0, 10);
    const lastDate = new Date(to + DAY_MS).toISOString().slice(0, 10);
    const [rosters, closures, busy] = await Promise.all([
      this.staff.rosterByStaffIds(staffIds),
      this.calendars.closuresOf(agencyIds, jurisdictions, firstDate, lastDate),
      this.appointments.busyOfStaff(staffIds, new Date(from), new Date(to)),
    ]);
    const rostersOf = groupBy(rosters, (r) => r.staffId);
    const busyOf = groupBy(busy, (b) => b.staffId);
    return staff.flatMap((member) => {
      const calendar = calendars.get(member.agencyId);
      if (!calendar) return [];
      const closedDates = new Set(closures.filter((c) => c.agencyId === member.agencyId || (c.agencyId === null && c.jurisdiction === calendar.jurisdiction)).map((c) => c.date));
      return [
        {
          staff: member,
          time: {
            timeZone: calendar.timeZone,
            rosterSessions: (rostersOf.get(member.id) ?? []).filter((r) => r.agencyId === member.agencyId),
            closedDates,
            busy: busyOf.get(member.id) ?? [],
          },
        },
      ];
    });
  }
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(keyOf(row));
    if (list) list.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}
