import { bulkInsertRows, Sql } from '../../kit';
import type { World } from '../../../demo/world-types';
import { AppointmentEntity } from './appointment/appointment.entity';
import { AgencyCalendarEntity, OperatingSessionEntity } from './calendar/calendar.entity';
import { StaffEntity, StaffRosterEntity } from './staff/staff.entity';

/**
 * Writes the scheduling part of the demo world into the scheduling database, parents first: agency
 * calendars (the services subgraph's agencies as scheduling knows them: jurisdiction and time zone),
 * operating sessions, staff, rosters, then appointments. Agency calendars are upserted so that a
 * re-run keeps them in step with the services data; the rest is inserted once. Pass a transaction's
 * Sql to make the seed all-or-nothing.
 */
export async function seedScheduling(sql: Sql, world: World): Promise<void> {
  await bulkInsertRows(
    sql,
    AgencyCalendarEntity,
    ['agencyId', 'jurisdiction', 'timeZone'],
    world.agencies.map((a) => ({ ...a, agencyId: a.id })),
    {
      onConflict: 'ON CONFLICT (agency_id) DO UPDATE SET jurisdiction = EXCLUDED.jurisdiction, time_zone = EXCLUDED.time_zone',
    },
  );
  await bulkInsertRows(
    sql,
    OperatingSessionEntity,
    ['id', 'agencyId', 'dayOfWeek', 'opens', 'closes', 'kind'],
    world.agencies.flatMap((a) => a.sessions.map((s) => ({ ...s, agencyId: a.id }))),
  );
  await bulkInsertRows(sql, StaffEntity, ['id', 'agencyId', 'fullName', 'role', 'languages', 'active'], world.staff);
  await bulkInsertRows(
    sql,
    StaffRosterEntity,
    ['staffId', 'sessionId'],
    world.staff.flatMap((s) => s.rosterSessionIds.map((sessionId) => ({ staffId: s.id, sessionId }))),
  );
  await bulkInsertRows(
    sql,
    AppointmentEntity,
    ['id', 'kind', 'staffId', 'agencyId', 'familyId', 'familyRegion', 'episodeId', 'referralId', 'place', 'startsAt', 'endsAt', 'status'],
    world.appointments,
  );
}
