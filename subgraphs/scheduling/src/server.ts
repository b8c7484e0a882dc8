import { buildSubgraph, clock, Database, databaseUrlFor, Subgraph } from '../../kit';
import { Agency } from './agency.resolvers';
import { AppointmentEntity, GroupSessionFamilyEntity, GroupSessionPersonEntity } from './appointment/appointment.entity';
import { Appointment } from './appointment/appointment.resolvers';
import { AffectedAppointment } from './holiday/affected-appointment.resolvers';
import { AgencyCalendarEntity, ClosureEntity, OperatingSessionEntity } from './calendar/calendar.entity';
import { Closure } from './closure.resolvers';
import { createRequestStores, referenceCaches } from './context';
import { Family } from './family.resolvers';
import { Scheduling1763856000300 } from './migrations/1763856000300-scheduling';
import { Booking1763856000400 } from './migrations/1763856000400-booking';
import { PublicHolidays1763856000500 } from './migrations/1763856000500-public-holidays';
import { CommunityEvents1763856000510 } from './migrations/1763856000510-community-events';
import { calendarReadiness, yearKey } from './holiday/calendar-coverage';
import { CalendarYearEntity, PublicHolidayEntity } from './holiday/holiday.entity';
import { HolidayRepository } from './holiday/holiday.repository';
import { Mutation } from './mutation.resolvers';
import { Query } from './query.resolvers';
import { StaffEntity, StaffRosterEntity } from './staff/staff.entity';
import { Staff } from './staff/staff.resolvers';
import { FamilyAuditTrail } from './family-audit-trail.resolvers';

export const ENTITIES = [
  AgencyCalendarEntity,
  OperatingSessionEntity,
  ClosureEntity,
  CalendarYearEntity,
  PublicHolidayEntity,
  StaffEntity,
  StaffRosterEntity,
  AppointmentEntity,
  GroupSessionFamilyEntity,
  GroupSessionPersonEntity,
];
export const MIGRATIONS = [Scheduling1763856000300, Booking1763856000400, PublicHolidays1763856000500, CommunityEvents1763856000510];

/** The zone each jurisdiction's calendar dates are reckoned in for readiness (western Indonesia, Hong Kong). */
const CALENDAR_ZONE = { ID: 'Asia/Jakarta', HK: 'Asia/Hong_Kong' } as const;

/** Readiness lists the holiday calendar: `warn` from 60 days before the last loaded year ends. */
async function calendarCheck(db: Database): Promise<Record<string, unknown>> {
  const years = await new HolidayRepository(db).loadedYears();
  return { calendar: calendarReadiness(new Set(years.map((y) => yearKey(y.jurisdiction, y.year))), (j) => clock.today(CALENDAR_ZONE[j])) };
}

/** Builds the scheduling subgraph (staff, operating hours, appointments) on its own database. */
export function buildSchedulingSubgraph(url = databaseUrlFor('scheduling')): Subgraph {
  if (!url) throw new Error('SCHEDULING_DATABASE_URL is not set');
  const db = new Database({ name: 'scheduling', url, entities: ENTITIES, migrations: MIGRATIONS });
  // A peer's reference check backs a write (a lead worker named on an episode), so it reads fresh rows.
  const caches = referenceCaches();
  const fresh = referenceCaches(0);
  return buildSubgraph({
    name: 'scheduling',
    db,
    resolvers: { Query, Mutation, FamilyAuditTrail, Staff, Appointment, AffectedAppointment, Agency, Family, Closure },
    stores: (db, caller, via) => createRequestStores(db, caller, via ? fresh : caches),
    readinessChecks: calendarCheck,
  });
}
