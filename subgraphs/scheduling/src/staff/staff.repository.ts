import { Sql } from '../../../kit';
import { SESSION_COLUMNS, SessionRow } from '../calendar/calendar.repository';
import type { StaffRole } from '../generated/graphql';
import type { StaffEntity } from './staff.entity';

/** A staff member as resolvers receive it, with their agency's jurisdiction for the directory rule. */
export interface StaffRow extends StaffEntity {
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

  /** An agency's active staff, of one role and speaking one language when given, by name. */
  activeMatching(agencyId: string, role: StaffRole | null, language: string | null): Promise<StaffRow[]> {
    return this.sql.query<StaffRow>(
      `SELECT ${STAFF_COLUMNS} FROM ${STAFF_FROM}
        WHERE s.agency_id = $1 AND s.active
          AND ($2::text IS NULL OR s.role = $2) AND ($3::text IS NULL OR $3 = ANY(s.languages))
        ORDER BY s.full_name, s.id`,
      [agencyId, role, language],
      'staff_active_matching',
    );
  }

  /**
   * Makes a staff member's roster exactly `sessionIds` and answers how many of them are still sessions
   * of the agency. It locks the staff row, so that two changes of one roster apply one after the
   * other, and shares the agency's calendar row, so that it waits for a setOperatingSessions under
   * way and then sees the sessions that one left.
   */
  async replaceRoster(staffId: string, agencyId: string, sessionIds: readonly string[]): Promise<number> {
    await this.sql.query(`SELECT agency_id FROM agency_calendar WHERE agency_id = $1 FOR SHARE`, [agencyId]);
    await this.sql.query(`SELECT id FROM staff WHERE id = $1 FOR UPDATE`, [staffId]);
    await this.sql.query(`DELETE FROM staff_roster WHERE staff_id = $1`, [staffId]);
    const inserted = await this.sql.query<{ sessionId: string }>(
      `INSERT INTO staff_roster (staff_id, session_id)
       SELECT $1, o.id FROM operating_session o WHERE o.id = ANY($2::uuid[]) AND o.agency_id = $3
       RETURNING session_id AS "sessionId"`,
      [staffId, sessionIds, agencyId],
    );
    return inserted.length;
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
