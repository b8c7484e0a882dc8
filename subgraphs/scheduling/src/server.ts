import { buildSubgraph, Database, databaseUrlFor, Subgraph } from '../../kit';
import { Agency } from './agency.resolvers';
import { AppointmentEntity, GroupSessionFamilyEntity } from './appointment/appointment.entity';
import { Appointment } from './appointment/appointment.resolvers';
import { AgencyCalendarEntity, ClosureEntity, OperatingSessionEntity } from './calendar/calendar.entity';
import { Closure } from './closure.resolvers';
import { createLoaders } from './context';
import { Family } from './family.resolvers';
import { Scheduling1763856000300 } from './migrations/1763856000300-scheduling';
import { Booking1763856000400 } from './migrations/1763856000400-booking';
import { Mutation } from './mutation.resolvers';
import { Query } from './query.resolvers';
import { StaffEntity, StaffRosterEntity } from './staff/staff.entity';
import { Staff } from './staff/staff.resolvers';
import { FamilyAuditTrail } from './family-audit-trail.resolvers';

export const ENTITIES = [AgencyCalendarEntity, OperatingSessionEntity, ClosureEntity, StaffEntity, StaffRosterEntity, AppointmentEntity, GroupSessionFamilyEntity];
export const MIGRATIONS = [Scheduling1763856000300, Booking1763856000400];

/** Builds the scheduling subgraph (staff, operating hours, appointments) on its own database. */
export function buildSchedulingSubgraph(url = databaseUrlFor('scheduling')): Subgraph {
  if (!url) throw new Error('SCHEDULING_DATABASE_URL is not set');
  const db = new Database({ name: 'scheduling', url, entities: ENTITIES, migrations: MIGRATIONS });
  return buildSubgraph({ name: 'scheduling', db, resolvers: { Query, Mutation, FamilyAuditTrail, Staff, Appointment, Agency, Family, Closure }, loaders: createLoaders });
}
