import { MigrationInterface, QueryRunner } from 'typeorm';

const STAFF_ROLES = `'SOCIAL_WORKER', 'PSYCHOLOGIST', 'CLINICAL_PSYCHOLOGIST', 'NURSE', 'COUNSELLOR', 'CASE_MANAGER', 'FACILITATOR', 'OPERATOR', 'VOLUNTEER'`;
const APPOINTMENT_KINDS = `'HOME_VISIT', 'INDIVIDUAL_SESSION', 'GROUP_SESSION', 'CONSULTATION', 'ESCORT', 'CASE_CONFERENCE', 'EDUCATION_PROGRAMME'`;
const PLACES = `'HOME', 'CENTRE', 'SCHOOL', 'HOSPITAL', 'COURT', 'OTHER'`;
const STATUSES = `'SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'`;

/**
 * Scheduling: the agencies it books for, their weekly sessions and closed days, staff and rosters,
 * and appointments. A staff member is never double-booked: the exclusion constraint makes the
 * database refuse overlapping live appointments of one staff member, so that two concurrent bookings
 * cannot both win (a check in the service could not stop that). Cancelled and no-show appointments free the time again.
 * Public holidays are reference data the product needs, not demo data: they once lived in `closure`
 * too; the public holidays migration moved them to a table of their own, loaded from data files.
 */
export class Scheduling1763856000300 implements MigrationInterface {
  name = 'Scheduling1763856000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`
      CREATE TABLE agency_calendar (
        agency_id uuid PRIMARY KEY,
        jurisdiction text NOT NULL CHECK (jurisdiction IN ('ID', 'HK')),
        time_zone text NOT NULL,
        -- AT TIME ZONE raises on a zone name PostgreSQL does not know, so a typo never gets in.
        CONSTRAINT agency_calendar_time_zone_known
          CHECK ((timestamptz '2000-01-01 00:00:00+00' AT TIME ZONE time_zone) IS NOT NULL)
      )`);
    await q.query(`
      CREATE TABLE operating_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency_calendar (agency_id),
        day_of_week smallint NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
        opens time NOT NULL,
        closes time NOT NULL,
        kind text NOT NULL CHECK (kind IN ('DAY', 'EVENING')),
        CONSTRAINT operating_session_closes_after_opens CHECK (closes > opens)
      )`);
    await q.query(`CREATE INDEX operating_session_agency ON operating_session (agency_id, day_of_week, opens)`);
    await q.query(`
      CREATE TABLE closure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jurisdiction text CHECK (jurisdiction IN ('ID', 'HK')),
        agency_id uuid REFERENCES agency_calendar (agency_id),
        date date NOT NULL,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('PUBLIC_HOLIDAY', 'COLLECTIVE_LEAVE', 'AGENCY_CLOSURE')),
        -- A holiday closes a whole jurisdiction; an agency closure closes one agency.
        CONSTRAINT closure_scope CHECK (
          (kind = 'AGENCY_CLOSURE' AND agency_id IS NOT NULL AND jurisdiction IS NULL)
          OR (kind <> 'AGENCY_CLOSURE' AND agency_id IS NULL AND jurisdiction IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX closure_holiday_unique ON closure (jurisdiction, date, name) WHERE agency_id IS NULL`);
    await q.query(`CREATE INDEX closure_agency_date ON closure (agency_id, date) WHERE agency_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE staff (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency_calendar (agency_id),
        full_name text NOT NULL,
        role text NOT NULL CHECK (role IN (${STAFF_ROLES})),
        languages text[] NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        CONSTRAINT staff_id_agency UNIQUE (id, agency_id)
      )`);
    await q.query(`CREATE INDEX staff_agency_active ON staff (agency_id) WHERE active`);
    await q.query(`
      CREATE TABLE staff_roster (
        staff_id uuid NOT NULL REFERENCES staff (id),
        session_id uuid NOT NULL REFERENCES operating_session (id),
        PRIMARY KEY (staff_id, session_id)
      )`);
    await q.query(`CREATE INDEX staff_roster_session ON staff_roster (session_id)`);
    await q.query(`
      CREATE TABLE appointment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN (${APPOINTMENT_KINDS})),
        staff_id uuid NOT NULL,
        agency_id uuid NOT NULL REFERENCES agency_calendar (agency_id),
        family_id uuid NOT NULL,
        family_region text NOT NULL,
        episode_id uuid,
        referral_id uuid,
        place text NOT NULL CHECK (place IN (${PLACES})),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN (${STATUSES})),
        override_reason text CHECK (override_reason IS NULL OR btrim(override_reason) <> ''),
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        -- The agency whose staff are booked is the staff member's own agency.
        CONSTRAINT appointment_staff_of_agency FOREIGN KEY (staff_id, agency_id) REFERENCES staff (id, agency_id),
        CONSTRAINT appointment_ends_after_start CHECK (ends_at > starts_at),
        CONSTRAINT appointment_no_double_booking EXCLUDE USING gist (
          staff_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&
        ) WHERE (status IN ('SCHEDULED', 'COMPLETED'))
      )`);
    await q.query(`CREATE INDEX appointment_family_starts ON appointment (family_id, starts_at)`);
    await q.query(`CREATE INDEX appointment_staff_starts ON appointment (staff_id, starts_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE appointment, staff_roster, staff, closure, operating_session, agency_calendar`);
  }
}
