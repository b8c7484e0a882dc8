import { Sql } from '../../../kit';
import { SESSION_COLUMNS, SessionRow } from '../calendar/calendar.repository';
import type { StaffRole } from '../generated/graphql';

/** A staff member as resolvers receive it, with their agency's jurisdiction for the directory rule. */
export interface StaffRow {
  id: string;
  agencyId: string;
  fullName: string;
  role: StaffRole;
  languages: string[];
  active: boolean;
  jurisdiction: 'ID' | 'HK';
}

/** A session on one staff member's roster. */
export interface RosterRow extends SessionRow {
  staffId: string;
}

const STAFF_COLUMNS = `s.id, s.agency_id AS "agencyId", s.full_name AS "fullName", s.role, s.languages, s.active, c.jurisdiction`;
const STAFF_FROM = `staff s JOIN agency_calendar c ON c.agency_id = s.agency_id`;

/** The only place the scheduling subgraph reads staff and rosters. */
export class StaffRepository {
  constructor(private readonly sql: Sql) {}

  findByIds(ids: readonly string[]): Promise<StaffRow[]> {
    return this.sql.query<StaffRow>(`SELECT ${STAFF_COLUMNS} FROM ${STAFF_FROM} WHERE s.id = ANY($1::uuid[])`, [ids], 'staff_by_ids');
  }

  /** The active staff of each agency, by name. */
  activeByAgencyIds(agencyIds: readonly string[]): Promise<StaffRow[]> {
    return this.sql.query<StaffRow>(
      `SELECT ${STAFF_COLUMNS} FROM ${STAFF_FROM}
        WHERE s.agency_id = ANY($1::uuid[]) AND s.active
        ORDER BY s.full_name, s.id`,
      [agencyIds],
      'staff_active_by_agency_ids',
    );
  }

  /** The sessions each staff member works, Monday first, then by opening time. */
  rosterByStaffIds(staffIds: readonly string[]): Promise<RosterRow[]> {
    return this.sql.query<RosterRow>(
      `SELECT r.staff_id AS "staffId", ${SESSION_COLUMNS}
         FROM staff_roster r JOIN operating_session o ON o.id = r.session_id
        WHERE r.staff_id = ANY($1::uuid[])
        ORDER BY o.day_of_week, o.opens, o.id`,
      [staffIds],
      'roster_by_staff_ids',
    );
  }
}
