import { clock, Sql } from '../../../kit';
import type { FamilyAccessRequestEntity, FamilyAgencyKind } from './family-agency.entity';

export type { FamilyAgencyKind } from './family-agency.entity';

/** An access request as stored. */
export type AccessRequestRow = Pick<FamilyAccessRequestEntity, 'id' | 'familyId' | 'requesterAgencyId' | 'reason' | 'status' | 'requestedAt' | 'decidedAt' | 'version'>;

const REQUEST_COLUMNS = `r.id, r.family_id AS "familyId", r.requester_agency_id AS "requesterAgencyId", r.reason, r.status,
  r.requested_at AS "requestedAt", r.decided_at AS "decidedAt", r.version`;

/** Which agencies work with which families, and the requests to join them. */
export class FamilyAgencyRepository {
  constructor(private readonly sql: Sql) {}

  /** Records that agencies work with a family (once per agency and kind; the first time is kept). */
  async add(familyId: string, agencyIds: readonly string[], kind: FamilyAgencyKind): Promise<void> {
    if (agencyIds.length === 0) return;
    await this.sql.query(`INSERT INTO family_agency (family_id, agency_id, kind) SELECT $1, a, $3 FROM unnest($2::uuid[]) a ON CONFLICT DO NOTHING`, [familyId, agencyIds, kind], 'family_agency_add');
  }

  /** The agency's pending request for a family, or a new one. */
  async requestAccess(familyId: string, agencyId: string, subject: string, reason: string): Promise<AccessRequestRow> {
    const rows = await this.sql.query<AccessRequestRow>(
      `WITH created AS (
         INSERT INTO family_access_request (family_id, requester_agency_id, requester_subject, reason, requested_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (family_id, requester_agency_id) WHERE status = 'PENDING' DO NOTHING
         RETURNING *)
       SELECT ${REQUEST_COLUMNS} FROM created r
       UNION ALL
       SELECT ${REQUEST_COLUMNS} FROM family_access_request r
        WHERE r.family_id = $1 AND r.requester_agency_id = $2 AND r.status = 'PENDING' AND NOT EXISTS (SELECT 1 FROM created)`,
      [familyId, agencyId, subject, reason, clock.now()],
      'family_access_request_add',
    );
    return rows[0];
  }

  async findRequest(id: string): Promise<AccessRequestRow | null> {
    const rows = await this.sql.query<AccessRequestRow>(`SELECT ${REQUEST_COLUMNS} FROM family_access_request r WHERE r.id = $1`, [id], 'family_access_request_by_id');
    return rows[0] ?? null;
  }

  /**
   * Requests the agency decides (for families it works with; a protected family's only by its
   * protecting agency) and requests it made, by status, oldest first.
   */
  requestsOf(agencyId: string, status: string, first: number): Promise<AccessRequestRow[]> {
    return this.sql.query<AccessRequestRow>(
      `SELECT ${REQUEST_COLUMNS} FROM family_access_request r JOIN family f ON f.id = r.family_id
        WHERE r.status = $2 AND (r.requester_agency_id = $1 OR (
              CASE WHEN f.address_protected THEN f.protecting_agency_id = $1
                   ELSE EXISTS (SELECT 1 FROM family_agency fa WHERE fa.family_id = f.id AND fa.agency_id = $1 AND fa.kind <> 'ACCESS_GRANTED') END))
        ORDER BY r.requested_at, r.id LIMIT $3`,
      [agencyId, status, first],
      'family_access_requests_of_agency',
    );
  }

  /** Decides a pending request at the version read; null when it was not pending at that version. */
  async decide(id: string, version: number, status: 'GRANTED' | 'DECLINED', subject: string, agencyId: string): Promise<AccessRequestRow | null> {
    const rows = await this.sql.query<AccessRequestRow>(
      `UPDATE family_access_request r SET status = $3, decided_at = $6, decided_by_subject = $4, decided_by_agency_id = $5, version = version + 1
        WHERE r.id = $1 AND r.version = $2 AND r.status = 'PENDING' RETURNING ${REQUEST_COLUMNS}`,
      [id, version, status, subject, agencyId, clock.now()],
      'family_access_request_decide',
    );
    return rows[0] ?? null;
  }
}
