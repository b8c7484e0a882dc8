import DataLoader from 'dataloader';
import { Caller, Database, groupLoader, rowLoader, SubgraphContext } from '../../kit';
import { AppointmentRepository, AppointmentRow } from './appointment/appointment.repository';
import { FamilyWindow, familyAppointmentsLoader } from './appointment/family-appointments.loader';
import { AgencyCalendarRow, CalendarRepository, SessionRow } from './calendar/calendar.repository';
import { RosterRow, StaffRepository, StaffRow } from './staff/staff.repository';

/** The scheduling subgraph's request-scoped loaders: one query per batch. */
export interface Loaders {
  calendars: CalendarRepository;
  agencyCalendar: DataLoader<string, AgencyCalendarRow | null>;
  sessionsOfAgency: DataLoader<string, SessionRow[]>;
  staff: DataLoader<string, StaffRow | null>;
  staffOfAgency: DataLoader<string, StaffRow[]>;
  roster: DataLoader<string, RosterRow[]>;
  appointment: DataLoader<string, AppointmentRow | null>;
  appointmentsOfFamily: DataLoader<FamilyWindow, AppointmentRow[], string>;
}

export type Context = SubgraphContext<Loaders>;

export function createLoaders(db: Database, _caller: Caller): Loaders {
  const calendars = new CalendarRepository(db);
  const staff = new StaffRepository(db);
  const appointments = new AppointmentRepository(db);
  return {
    calendars,
    agencyCalendar: rowLoader((ids) => calendars.calendarsByAgencyIds(ids), (r) => r.agencyId),
    sessionsOfAgency: groupLoader((ids) => calendars.sessionsByAgencyIds(ids), (r) => r.agencyId),
    staff: rowLoader((ids) => staff.findByIds(ids), (r) => r.id),
    staffOfAgency: groupLoader((ids) => staff.activeByAgencyIds(ids), (r) => r.agencyId),
    roster: groupLoader((ids) => staff.rosterByStaffIds(ids), (r) => r.staffId),
    appointment: rowLoader((ids) => appointments.findByIds(ids), (r) => r.id),
    appointmentsOfFamily: familyAppointmentsLoader(appointments),
  };
}
