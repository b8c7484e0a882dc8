import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Community events and group sessions of persons:
 * - an EDUCATION_PROGRAMME may be held for the public with no family at all (a community education
 *   session): `appointment.family_id` and `family_region` become nullable, for that kind only, and
 *   are null together;
 * - a capacity on a GROUP_SESSION (1 to 200) or an EDUCATION_PROGRAMME (1 to 1000, a hall);
 * - `appointment.attendance_count`: how many came to a group session or education programme, recorded
 *   once it has started, never more than its capacity;
 * - `group_session_person`: the persons who joined a group session or community event, each with the
 *   family they belong to (and its region, for the area rule); a person who leaves keeps the row with
 *   `left_at`, so the family's part in it stays on record while the seat is freed.
 */
export class CommunityEvents1763856000510 implements MigrationInterface {
  name = 'CommunityEvents1763856000510';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE appointment
        ALTER COLUMN family_id DROP NOT NULL,
        ALTER COLUMN family_region DROP NOT NULL,
        ADD COLUMN attendance_count integer,
        DROP CONSTRAINT appointment_capacity_of_group,
        ADD CONSTRAINT appointment_family_unless_event CHECK (family_id IS NOT NULL OR kind = 'EDUCATION_PROGRAMME'),
        ADD CONSTRAINT appointment_family_region_with_family CHECK ((family_id IS NULL) = (family_region IS NULL)),
        ADD CONSTRAINT appointment_capacity_of_group CHECK (
          capacity IS NULL OR (kind = 'GROUP_SESSION' AND capacity BETWEEN 1 AND 200) OR (kind = 'EDUCATION_PROGRAMME' AND capacity BETWEEN 1 AND 1000)),
        ADD CONSTRAINT appointment_attendance_of_group CHECK (
          attendance_count IS NULL OR (kind IN ('GROUP_SESSION', 'EDUCATION_PROGRAMME') AND attendance_count BETWEEN 0 AND COALESCE(capacity, 1000)))`);
    await q.query(`
      CREATE TABLE group_session_person (
        booking_id uuid NOT NULL,
        person_id uuid NOT NULL,
        family_id uuid NOT NULL,
        family_region text NOT NULL,
        joined_at timestamptz NOT NULL DEFAULT now(),
        left_at timestamptz,
        PRIMARY KEY (booking_id, person_id),
        CONSTRAINT group_session_person_left_after_joining CHECK (left_at IS NULL OR left_at >= joined_at)
      )`);
    await q.query(`CREATE INDEX group_session_person_family ON group_session_person (family_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE group_session_person`);
    await q.query(`DELETE FROM appointment WHERE family_id IS NULL`);
    await q.query(`UPDATE appointment SET capacity = NULL WHERE kind = 'EDUCATION_PROGRAMME'`);
    await q.query(`
      ALTER TABLE appointment
        DROP CONSTRAINT appointment_attendance_of_group,
        DROP CONSTRAINT appointment_capacity_of_group,
        DROP CONSTRAINT appointment_family_region_with_family,
        DROP CONSTRAINT appointment_family_unless_event,
        DROP COLUMN attendance_count,
        ALTER COLUMN family_id SET NOT NULL,
        ALTER COLUMN family_region SET NOT NULL,
        ADD CONSTRAINT appointment_capacity_of_group CHECK (
          capacity IS NULL OR (kind = 'GROUP_SESSION' AND capacity BETWEEN 1 AND 200))`);
  }
}
