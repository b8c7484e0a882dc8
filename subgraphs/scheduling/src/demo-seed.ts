import { Sql } from '../../kit';
import type { World } from '../../../demo/world-types';

/** Rows per statement: large enough to load the demo in a few round trips, small enough for one parameter. */
const CHUNK = 1000;

/** Runs `statement` (which reads its rows from `$1::jsonb`) once per chunk of rows. */
async function insertInChunks(sql: Sql, statement: string, rows: readonly object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await sql.query(statement, [JSON.stringify(rows.slice(i, i + CHUNK))]);
  }
}

/**
 * Writes the scheduling part of the demo world into the scheduling database, parents first: agency
 * calendars (the services subgraph's agencies as scheduling knows them: jurisdiction and time zone),
 * operating sessions, staff, rosters, then appointments. Agency calendars are upserted so that a
 * re-run keeps them in step with the services data; the rest is inserted once. Pass a transaction's
 * Sql to make the seed all-or-nothing.
 */
export async function seedScheduling(sql: Sql, world: World): Promise<void> {
  await insertInChunks(
    sql,
    `INSERT INTO agency_calendar (agency_id, jurisdiction, time_zone)
     SELECT r.id, r.jurisdiction, r.time_zone FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, jurisdiction text, time_zone text)
     ON CONFLICT (agency_id) DO UPDATE SET jurisdiction = EXCLUDED.jurisdiction, time_zone = EXCLUDED.time_zone`,
    world.agencies.map((a) => ({ id: a.id, jurisdiction: a.jurisdiction, time_zone: a.timeZone })),
  );
  await insertInChunks(
    sql,
    `INSERT INTO operating_session (id, agency_id, day_of_week, opens, closes, kind)
     SELECT r.id, r.agency_id, r.day_of_week, r.opens, r.closes, r.kind
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, agency_id uuid, day_of_week smallint, opens time, closes time, kind text)`,
    world.agencies.flatMap((a) =>
      a.sessions.map((s) => ({ id: s.id, agency_id: a.id, day_of_week: s.dayOfWeek, opens: s.opens, closes: s.closes, kind: s.kind })),
    ),
  );
  await insertInChunks(
    sql,
    `INSERT INTO staff (id, agency_id, full_name, role, languages, active)
     SELECT r.id, r.agency_id, r.full_name, r.role, r.languages, r.active
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, agency_id uuid, full_name text, role text, languages text[], active boolean)`,
    world.staff.map((s) => ({
      id: s.id, agency_id: s.agencyId, full_name: s.fullName, role: s.role, languages: s.languages, active: s.active,
    })),
  );
  await insertInChunks(
    sql,
    `INSERT INTO staff_roster (staff_id, session_id)
     SELECT r.staff_id, r.session_id FROM jsonb_to_recordset($1::jsonb) AS r(staff_id uuid, session_id uuid)`,
    world.staff.flatMap((s) => s.rosterSessionIds.map((sessionId) => ({ staff_id: s.id, session_id: sessionId }))),
  );
  await insertInChunks(
    sql,
    `INSERT INTO appointment (id, kind, staff_id, agency_id, family_id, family_region, episode_id, referral_id, place, starts_at, ends_at, status)
     SELECT r.id, r.kind, r.staff_id, r.agency_id, r.family_id, r.family_region, r.episode_id, r.referral_id, r.place, r.starts_at, r.ends_at, r.status
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, kind text, staff_id uuid, agency_id uuid, family_id uuid, family_region text,
            episode_id uuid, referral_id uuid, place text, starts_at timestamptz, ends_at timestamptz, status text)`,
    world.appointments.map((a) => ({
      id: a.id,
      kind: a.kind,
      staff_id: a.staffId,
      agency_id: a.agencyId,
      family_id: a.familyId,
      family_region: a.familyRegion,
      episode_id: a.episodeId,
      referral_id: a.referralId,
      place: a.place,
      starts_at: a.startsAt,
      ends_at: a.endsAt,
      status: a.status,
    })),
  );
}
