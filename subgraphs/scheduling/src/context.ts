import DataLoader from 'dataloader';
import { Caller, Database, cachedRowLoader, groupLoader, ReferenceCache, referenceCacheTtlMs, RequestStores, rowLoader, SubgraphContext } from '../../kit';
import { AppointmentRepository, AppointmentRow, FamilyAppointmentRow, ParticipantRow, PersonParticipantRow } from './appointment/appointment.repository';
import { FamilyWindow, familyAppointmentsLoader } from './appointment/family-appointments.loader';
import { AgencyClosuresKey, agencyClosuresLoader } from './calendar/agency-closures.loader';
import { AgencyCalendarRow, CalendarRepository, ClosureRow, SessionRow } from './calendar/calendar.repository';
import { CalendarYearRow, HolidayRepository } from './holiday/holiday.repository';
import { RosterRow, StaffRepository, StaffRow } from './staff/staff.repository';
import { Workload } from './workload/workload';
import { WorkloadKey, workloadLoader } from './workload/workload.loader';

/** The repositories services read through outside a transaction. */
export interface Repositories {
  calendars: CalendarRepository;
  staff: StaffRepository;
  appointments: AppointmentRepository;
  holidays: HolidayRepository;
}

/** The scheduling subgraph's request-scoped loaders: one query per batch. */
export interface Loaders {
  agencyCalendar: DataLoader<string, AgencyCalendarRow | null>;
  sessionsOfAgency: DataLoader<string, SessionRow[]>;
  closuresOfAgency: DataLoader<AgencyClosuresKey, ClosureRow[], string>;
  /** Staff as bookings, availability and calendars decide on them: read fresh in each request. */
  staff: DataLoader<string, StaffRow | null>;
  /** Staff as answers show them (Staff, Appointment.staff): the directory, kept between requests. */
  shownStaff: DataLoader<string, StaffRow | null>;
  staffOfAgency: DataLoader<string, StaffRow[]>;
  roster: DataLoader<string, RosterRow[]>;
  appointment: DataLoader<string, AppointmentRow | null>;
  appointmentsOfFamily: DataLoader<FamilyWindow, FamilyAppointmentRow[], string>;
  /** The appointments of each booking, one per staff member. */
  booking: DataLoader<string, AppointmentRow[]>;
  /** The families that joined each group session after the one it was booked for. */
  participants: DataLoader<string, ParticipantRow[]>;
  /** The persons who joined each group session or education programme, those who left included. */
  sessionPersons: DataLoader<string, PersonParticipantRow[]>;
  workload: DataLoader<WorkloadKey, Workload, string>;
  /** The loaded years of the holiday calendars (one small table, read at most once a request). */
  calendarYears: DataLoader<'ALL', CalendarYearRow[]>;
}

export type Context = SubgraphContext<Loaders, Repositories>;

/**
 * The staff directory one subgraph process keeps between requests for what answers show: it is the
 * same for every caller (the directory rule runs on each row per request), and no request changes it.
 */
export interface ReferenceCaches {
  staff: ReferenceCache<StaffRow>;
}

export function referenceCaches(ttlMs = referenceCacheTtlMs()): ReferenceCaches {
  return { staff: new ReferenceCache({ ttlMs }) };
}

export function createRequestStores(db: Database, _caller: Caller, caches: ReferenceCaches): RequestStores<Loaders, Repositories> {
  const calendars = new CalendarRepository(db);
  const staff = new StaffRepository(db);
  const appointments = new AppointmentRepository(db);
  const holidays = new HolidayRepository(db);
  const agencyCalendar = rowLoader(
    (ids) => calendars.calendarsByAgencyIds(ids),
    (r) => r.agencyId,
  );
  const roster = groupLoader(
    (ids) => staff.rosterByStaffIds(ids),
    (r) => r.staffId,
  );
  return {
    repos: { calendars, staff, appointments, holidays },
    loaders: {
      agencyCalendar,
      sessionsOfAgency: groupLoader(
        (ids) => calendars.sessionsByAgencyIds(ids),
        (r) => r.agencyId,
      ),
      closuresOfAgency: agencyClosuresLoader(calendars),
      staff: rowLoader(
        (ids) => staff.findByIds(ids),
        (r) => r.id,
      ),
      shownStaff: cachedRowLoader(
        caches.staff,
        (ids) => staff.findByIds(ids),
        (r) => r.id,
      ),
      staffOfAgency: groupLoader(
        (ids) => staff.activeByAgencyIds(ids),
        (r) => r.agencyId,
      ),
      roster,
      appointment: rowLoader(
        (ids) => appointments.findByIds(ids),
        (r) => r.id,
      ),
      appointmentsOfFamily: familyAppointmentsLoader(appointments),
      booking: groupLoader(
        (ids) => appointments.byBookingIds(ids),
        (r) => r.bookingId,
      ),
      participants: groupLoader(
        (ids) => appointments.participantsByBookingIds(ids),
        (r) => r.bookingId,
      ),
      sessionPersons: groupLoader(
        (ids) => appointments.personsByBookingIds(ids),
        (r) => r.bookingId,
      ),
      workload: workloadLoader(db, { agencyCalendar, roster }),
      calendarYears: new DataLoader<'ALL', CalendarYearRow[]>(async (keys) => {
        const years = await holidays.loadedYears();
        return keys.map(() => years);
      }),
    },
  };
}
