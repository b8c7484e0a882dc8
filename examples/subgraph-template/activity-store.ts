import type { QueryResultRow } from 'pg';
import type { ActivityKind } from './activity-kind';

/** What the store reads through: a pg Pool, or a client of one. */
export interface Queryable {
  query<R extends QueryResultRow>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
}

/** A community activity as the resolvers use it (type CommunityActivity, less its agency). */
export interface CommunityActivityRow {
  id: string;
  title: string;
  kind: ActivityKind;
  /** YYYY-MM-DD. */
  heldOn: string;
  placeName: string;
}

/** One family's attendance at one activity (type CommunityActivityAttendance). */
export interface AttendanceRow {
  activity: CommunityActivityRow;
  membersAttended: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an id can name a record at all; any other id is answered as unknown without reaching SQL. */
export function isRecordId(id: unknown): id is string {
  return typeof id === 'string' && UUID.test(id);
}

const ACTIVITY_COLUMNS = `c.id::text AS id, c.title, c.kind, to_char(c.held_on, 'YYYY-MM-DD') AS "heldOn", c.place_name AS "placeName"`;

/**
 * The subgraph's reads over its own database. Each read takes many keys and issues one statement for
 * all of them (`= ANY($1)`), answering in the order the keys were asked, so that a DataLoader can hand
 * it a whole request's keys at once.
 */
export class ActivityStore {
  constructor(private readonly db: Queryable) {}

  /** The activities with these ids, in the order asked; null for an id no activity has. */
  async activitiesByIds(ids: readonly string[]): Promise<Array<CommunityActivityRow | null>> {
    const wanted = [...new Set(ids.filter(isRecordId).map((id) => id.toLowerCase()))];
    if (wanted.length === 0) return ids.map(() => null);
    const { rows } = await this.db.query<CommunityActivityRow>(`SELECT ${ACTIVITY_COLUMNS} FROM community_activity c WHERE c.id = ANY($1::uuid[])`, [wanted]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => (isRecordId(id) ? (byId.get(id.toLowerCase()) ?? null) : null));
  }

  /** Each family's attendance, earliest activity first, in the order the families were asked; an empty list for a family that attended none. */
  async attendanceOf(familyIds: readonly string[]): Promise<AttendanceRow[][]> {
    const wanted = [...new Set(familyIds.filter(isRecordId).map((id) => id.toLowerCase()))];
    if (wanted.length === 0) return familyIds.map(() => []);
    const { rows } = await this.db.query<CommunityActivityRow & { familyId: string; membersAttended: number }>(
      `SELECT a.family_id::text AS "familyId", a.members_attended AS "membersAttended", ${ACTIVITY_COLUMNS}
         FROM activity_attendance a JOIN community_activity c ON c.id = a.activity_id
        WHERE a.family_id = ANY($1::uuid[])
        ORDER BY c.held_on, c.title, c.id`,
      [wanted],
    );
    const byFamily = new Map<string, AttendanceRow[]>(wanted.map((id) => [id, []]));
    for (const { familyId, membersAttended, ...activity } of rows) byFamily.get(familyId)!.push({ activity, membersAttended });
    return familyIds.map((id) => (isRecordId(id) ? byFamily.get(id.toLowerCase())! : []));
  }

  /** Whether the database answers. */
  async reachable(): Promise<boolean> {
    try {
      await this.db.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}
