import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Booking on top of the scheduling read side:
 * - `appointment.booking_id`: a booking of two staff members (an escort, a home visit) is one row per
 *   staff member sharing it, so that the exclusion constraint appointment_no_double_booking still
 *   holds per staff member; existing rows become bookings of their own.
 * - `appointment.capacity` and `group_session_family`: the families that joined a group session after
 *   the one it was booked for. Joins lock the booking's rows, so two joins for the last seat cannot
 *   both win.
 * - `appointment.cancel_reason` and `updated_at`; no appointment longer than 8 hours, which the
 *   booking rules refuse (TOO_LONG) and availability relies on to read only recent rows.
 * - `agency_calendar.version`: setOperatingSessions takes the version it read (no lost updates).
 * - an agency closes at most once a day (closure_agency_date_unique replaces closure_agency_date).
 */
export class Booking1763856000400 implements MigrationInterface {
  name = 'Booking1763856000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE appointment ADD COLUMN booking_id uuid`);
    await q.query(`UPDATE appointment SET booking_id = id`);
    await q.query(`ALTER TABLE appointment ALTER COLUMN booking_id SET NOT NULL, ALTER COLUMN booking_id SET DEFAULT gen_random_uuid()`);
    await q.query(`ALTER TABLE appointment ADD CONSTRAINT appointment_booking_staff UNIQUE (booking_id, staff_id)`);
    await q.query(`
      ALTER TABLE appointment
        ADD COLUMN capacity integer,
        ADD COLUMN cancel_reason text,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT appointment_capacity_of_group CHECK (
          capacity IS NULL OR (kind = 'GROUP_SESSION' AND capacity BETWEEN 1 AND 200)),
        ADD CONSTRAINT appointment_cancel_reason_given CHECK (
          cancel_reason IS NULL OR btrim(cancel_reason) <> ''),
        ADD CONSTRAINT appointment_at_most_8_hours CHECK (ends_at - starts_at <= interval '8 hours')`);
    await q.query(`CREATE INDEX appointment_agency_starts ON appointment (agency_id, starts_at)`);
    await q.query(`
      CREATE TABLE group_session_family (
        booking_id uuid NOT NULL,
        family_id uuid NOT NULL,
        family_region text NOT NULL,
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (booking_id, family_id)
      )`);
    await q.query(`CREATE INDEX group_session_family_family ON group_session_family (family_id)`);
    await q.query(`ALTER TABLE agency_calendar ADD COLUMN version integer NOT NULL DEFAULT 1`);
    await q.query(`CREATE UNIQUE INDEX closure_agency_date_unique ON closure (agency_id, date) WHERE agency_id IS NOT NULL`);
    await q.query(`DROP INDEX closure_agency_date`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX closure_agency_date ON closure (agency_id, date) WHERE agency_id IS NOT NULL`);
    await q.query(`DROP INDEX closure_agency_date_unique`);
    await q.query(`ALTER TABLE agency_calendar DROP COLUMN version`);
    await q.query(`DROP TABLE group_session_family`);
    await q.query(`DROP INDEX appointment_agency_starts`);
    await q.query(`
      ALTER TABLE appointment
        DROP CONSTRAINT appointment_at_most_8_hours,
        DROP CONSTRAINT appointment_cancel_reason_given,
        DROP CONSTRAINT appointment_capacity_of_group,
        DROP CONSTRAINT appointment_booking_staff,
        DROP COLUMN updated_at,
        DROP COLUMN cancel_reason,
        DROP COLUMN capacity,
        DROP COLUMN booking_id`);
  }
}
