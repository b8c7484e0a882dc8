import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Need to know in the registry:
 * - `family_agency`: which agencies work with a family and why (they registered it, or hold a service
 *   episode, a referral or an appointment with it, or were granted access). An agency sees and changes
 *   the families of its service area and the families it works with; the other subgraphs report their
 *   records here as they are written.
 * - `family_access_request`: an agency outside a family's circle that found the family by an exact
 *   identifier asks for access; the agencies that work with the family decide.
 */
export class NeedToKnow1763856000700 implements MigrationInterface {
  name = 'NeedToKnow1763856000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE family_agency (
        family_id uuid NOT NULL REFERENCES family(id),
        agency_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('REGISTERED', 'EPISODE', 'REFERRAL', 'APPOINTMENT', 'ACCESS_GRANTED')),
        since timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (family_id, agency_id, kind)
      )`);
    await q.query(`CREATE INDEX family_agency_by_agency ON family_agency (agency_id, family_id)`);
    await q.query(`
      CREATE TABLE family_access_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family(id),
        requester_agency_id uuid NOT NULL,
        requester_subject text NOT NULL,
        reason text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'GRANTED', 'DECLINED')),
        requested_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        decided_by_subject text,
        decided_by_agency_id uuid,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX family_access_request_one_pending ON family_access_request (family_id, requester_agency_id) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX family_access_request_by_family ON family_access_request (family_id, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE family_access_request`);
    await q.query(`DROP TABLE family_agency`);
  }
}
