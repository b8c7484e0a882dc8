import { MigrationInterface, QueryRunner } from 'typeorm';

/** Agencies, their services, and families' service episodes. */
export class Services1763856000400 implements MigrationInterface {
  name = 'Services1763856000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agency (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        kind text NOT NULL,
        sector text NOT NULL CHECK (sector IN ('SOCIAL', 'WOMEN', 'CHILDREN')),
        jurisdiction text NOT NULL CHECK (jurisdiction IN ('ID', 'HK')),
        time_zone text NOT NULL,
        region_code text,
        area_served text[] NOT NULL DEFAULT '{}',
        address text NOT NULL,
        phone text,
        fax text,
        email text,
        operator text
      )`);
    await q.query(`
      CREATE TABLE service (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id),
        code text NOT NULL,
        category text NOT NULL,
        name text NOT NULL,
        description text NOT NULL,
        fee_free boolean NOT NULL,
        eligibility text NOT NULL,
        requires_child_role boolean NOT NULL DEFAULT false,
        UNIQUE (agency_id, code)
      )`);
    await q.query(`
      CREATE TABLE service_episode (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL,
        family_region text NOT NULL,
        participant_ids uuid[] NOT NULL DEFAULT '{}',
        service_id uuid NOT NULL REFERENCES service (id),
        agency_id uuid NOT NULL REFERENCES agency (id),
        status text NOT NULL CHECK (status IN ('OPEN', 'ACTIVE', 'ON_HOLD', 'CLOSED')),
        opened_on date NOT NULL,
        closed_on date,
        closure_reason text,
        lead_worker_id uuid,
        child_role text CHECK (child_role IN ('VICTIM', 'PERPETRATOR', 'WITNESS')),
        notes text,
        referral_id uuid,
        version integer NOT NULL DEFAULT 1,
        CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX service_episode_family ON service_episode (family_id, opened_on DESC)`);
    await q.query(`CREATE INDEX service_episode_participants ON service_episode USING gin (participant_ids)`);
    await q.query(`CREATE INDEX service_agency ON service (agency_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE service_episode, service, agency`);
  }
}
