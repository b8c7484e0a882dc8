import { Sql } from '../../../kit';

/** An agency as the scheduling subgraph knows it: where it is and which clock it keeps. */
export interface AgencyCalendarRow {
  agencyId: string;
  jurisdiction: 'ID' | 'HK';
  timeZone: string;
}

/** An operating session as resolvers receive it; times are HH:MM local to the agency. */
export interface SessionRow {
  id: string;
  agencyId: string;
  dayOfWeek: number;
  opens: string;
  closes: string;
  kind: 'DAY' | 'EVENING';
}

/** A closed day as resolvers receive it. */
export interface ClosureRow {
  id: string;
  jurisdiction: 'ID' | 'HK' | null;
  agencyId: string | null;
  date: string;
  name: string;
  kind: 'PUBLIC_HOLIDAY' | 'COLLECTIVE_LEAVE' | 'AGENCY_CLOSURE';
}

/** Times leave PostgreSQL as HH:MM, the contract's format, rather than time's HH:MM:SS. */
export const SESSION_COLUMNS = `o.id, o.agency_id AS "agencyId", o.day_of_week AS "dayOfWeek",
  to_char(o.opens, 'HH24:MI') AS opens, to_char(o.closes, 'HH24:MI') AS closes, o.kind`;

/** The only place the scheduling subgraph reads agency calendars, sessions and closures. */
export class CalendarRepository {
  constructor(private readonly sql: Sql) {}

  calendarsByAgencyIds(agencyIds: readonly string[]): Promise<AgencyCalendarRow[]> {
    return this.sql.query<AgencyCalendarRow>(
      `SELECT agency_id AS "agencyId", jurisdiction, time_zone AS "timeZone"
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
      `SELECT id, jurisdiction, agency_id AS "agencyId", date, name, kind
         FROM closure
        WHERE agency_id IS NULL AND jurisdiction = $1 AND date BETWEEN $2::date AND $3::date
        ORDER BY date, name`,
      [jurisdiction, from, to],
      'holidays_by_jurisdiction',
    );
  }
}
