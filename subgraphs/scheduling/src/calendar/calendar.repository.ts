import { Sql } from '../../../kit';
import type { AgencyCalendarEntity, OperatingSessionEntity } from './calendar.entity';

/** An agency as the scheduling subgraph knows it: where it is and which clock it keeps. */
export type AgencyCalendarRow = AgencyCalendarEntity;

/** An operating session as resolvers receive it; times are HH:MM local to the agency. */
export type SessionRow = OperatingSessionEntity;

/**
 * A closed day as resolvers receive it: a public holiday or collective leave day of a jurisdiction
 * (agency null, with its legal source and version), or a closure of one agency (jurisdiction null).
 */
export interface ClosureRow {
  id: string;
  jurisdiction: 'ID' | 'HK' | null;
  agencyId: string | null;
  date: string;
  name: string;
  kind: 'PUBLIC_HOLIDAY' | 'COLLECTIVE_LEAVE' | 'AGENCY_CLOSURE';
  source: string | null;
  version: number | null;
}

/** A weekly session as setOperatingSessions writes it; without an id it is new. */
export interface SessionWrite extends Pick<OperatingSessionEntity, 'dayOfWeek' | 'opens' | 'closes' | 'kind'> {
  id: string | null;
}

/** An agency's own closure as a ClosureRow. */
const AGENCY_CLOSURE_COLUMNS = `id, NULL::text AS jurisdiction, agency_id AS "agencyId", date, name, kind, NULL::text AS source, NULL::int AS version`;
/** A public holiday or collective leave day as a ClosureRow. */
export const HOLIDAY_COLUMNS = `id, jurisdiction, NULL::uuid AS "agencyId", date, name, kind, source, version`;

/** Times leave PostgreSQL as HH:MM, the contract's format, rather than time's HH:MM:SS. */
export const SESSION_COLUMNS = `o.id, o.agency_id AS "agencyId", o.day_of_week AS "dayOfWeek",
  to_char(o.opens, 'HH24:MI') AS opens, to_char(o.closes, 'HH24:MI') AS closes, o.kind`;

/** The only place the scheduling subgraph reads agency calendars, sessions and closures. */
export class CalendarRepository {
  constructor(private readonly sql: Sql) {}

  calendarsByAgencyIds(agencyIds: readonly string[]): Promise<AgencyCalendarRow[]> {
    return this.sql.query<AgencyCalendarRow>(
      `SELECT agency_id AS "agencyId", jurisdiction, time_zone AS "timeZone", version
         FROM agency_calendar WHERE agency_id = ANY($1::uuid[])`,
      [agencyIds],
      'agency_calendar_by_ids',
    );
  }

  /** Each agency's weekly sessions, Monday first, then by opening time. */
  sessionsByAgencyIds(agencyIds: readonly string[]): Promise<SessionRow[]> {
    return this.sql.query<SessionRow>(
      `SELECT ${SESSION_COLUMNS} FROM operating_session o
        WHERE o.agency_id = ANY($1::uuid[])
        ORDER BY o.agency_id, o.day_of_week, o.opens, o.id`,
      [agencyIds],
      'session_by_agency_ids',
    );
  }

  /** Public holidays and collective leave of a jurisdiction between two dates, inclusive. */
  holidays(jurisdiction: 'ID' | 'HK', from: string, to: string): Promise<ClosureRow[]> {
    return this.sql.query<ClosureRow>(
      `SELECT ${HOLIDAY_COLUMNS}
         FROM public_holiday
        WHERE jurisdiction = $1 AND date BETWEEN $2::date AND $3::date
        ORDER BY date, name`,
      [jurisdiction, from, to],
      'holidays_by_jurisdiction',
    );
  }

  /**
   * The closed days of several agencies between two dates, inclusive: the holidays and collective
   * leave of their jurisdictions and their own closures, by date.
   */
  closuresOf(agencyIds: readonly string[], jurisdictions: readonly string[], from: string, to: string): Promise<ClosureRow[]> {
    return this.sql.query<ClosureRow>(
      `SELECT ${AGENCY_CLOSURE_COLUMNS} FROM closure WHERE agency_id = ANY($1::uuid[]) AND date BETWEEN $3::date AND $4::date
       UNION ALL
       SELECT ${HOLIDAY_COLUMNS} FROM public_holiday WHERE jurisdiction = ANY($2::text[]) AND date BETWEEN $3::date AND $4::date
        ORDER BY date, kind, name`,
      [agencyIds, jurisdictions, from, to],
      'closures_of_agencies',
    );
  }

  /** A closed day by id, whichever kind it is. */
  closureById(id: string): Promise<ClosureRow[]> {
    return this.sql.query<ClosureRow>(`SELECT ${AGENCY_CLOSURE_COLUMNS} FROM closure WHERE id = $1 UNION ALL SELECT ${HOLIDAY_COLUMNS} FROM public_holiday WHERE id = $1`, [id], 'closure_by_id');
  }

  /** Moves the agency's sessions to the next version if the caller read the current one; the new version, or none. */
  bumpVersion(agencyId: string, expectedVersion: number): Promise<Array<{ version: number }>> {
    return this.sql.query<{ version: number }>(`UPDATE agency_calendar SET version = version + 1 WHERE agency_id = $1 AND version = $2 RETURNING version`, [agencyId, expectedVersion]);
  }

  /**
   * Makes the agency's week exactly `sessions`: sessions left out are removed together with their
   * place on rosters (appointments keep their times), sessions with an id are changed in place so the
   * rosters that include them stay, and sessions without one are added.
   */
  async replaceSessions(agencyId: string, sessions: readonly SessionWrite[]): Promise<void> {
    const kept = sessions.filter((s) => s.id !== null).map((s) => s.id);
    await this.sql.query(
      `DELETE FROM staff_roster r USING operating_session o
        WHERE r.session_id = o.id AND o.agency_id = $1 AND NOT (o.id = ANY($2::uuid[]))`,
      [agencyId, kept],
    );
    await this.sql.query(`DELETE FROM operating_session WHERE agency_id = $1 AND NOT (id = ANY($2::uuid[]))`, [agencyId, kept]);
    await this.sql.query(
      `UPDATE operating_session o SET day_of_week = r.day_of_week, opens = r.opens, closes = r.closes, kind = r.kind
         FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, day_of_week smallint, opens time, closes time, kind text)
        WHERE o.id = r.id AND o.agency_id = $1`,
      [agencyId, JSON.stringify(sessions.filter((s) => s.id !== null).map(sessionRecord))],
    );
    await this.sql.query(
      `INSERT INTO operating_session (agency_id, day_of_week, opens, closes, kind)
       SELECT $1, r.day_of_week, r.opens, r.closes, r.kind
         FROM jsonb_to_recordset($2::jsonb) AS r(day_of_week smallint, opens time, closes time, kind text)`,
      [agencyId, JSON.stringify(sessions.filter((s) => s.id === null).map(sessionRecord))],
    );
  }

  /** Closes an agency for a day; the unique index refuses a second closure of the same day (23505). */
  addAgencyClosure(agencyId: string, date: string, name: string): Promise<ClosureRow[]> {
    return this.sql.query<ClosureRow>(`INSERT INTO closure (agency_id, date, name, kind) VALUES ($1, $2::date, $3, 'AGENCY_CLOSURE') RETURNING ${AGENCY_CLOSURE_COLUMNS}`, [agencyId, date, name]);
  }

  /** Removes an agency's own closure; none when it was already gone. */
  removeAgencyClosure(closureId: string, agencyId: string): Promise<Array<{ id: string }>> {
    return this.sql.query<{ id: string }>(`DELETE FROM closure WHERE id = $1 AND agency_id = $2 AND kind = 'AGENCY_CLOSURE' RETURNING id`, [closureId, agencyId]);
  }
}

function sessionRecord(s: SessionWrite) {
  return { id: s.id, day_of_week: s.dayOfWeek, opens: s.opens, closes: s.closes, kind: s.kind };
}
