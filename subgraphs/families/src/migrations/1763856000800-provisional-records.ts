import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People without documents (a Puskesos/SLRT desk meets people with no family card and often no NIK,
 * and takes them to Dispendukcapil, the civil registry, to get one): they are registered provisionally
 * and receive their No. KK and NIK on the same records later.
 * - `family.kk_applied_on`, `person.nik_applied_on`: the day the desk submitted the application at
 *   Dispendukcapil (a family or person without a number and with this date is pending there);
 * - `person.birth_date_approximate`: a birth date estimated by the desk, which the NIK may correct;
 * - `person.sex` may be unknown for a person registered without documents;
 * - `person_nik_record`: every NIK state of a person over time (no NIK, pending, the NIK issued),
 *   with the agency that recorded it, so that the earlier state stays visible once a NIK is issued
 *   (several states of one day are ordered by the moment they were recorded).
 *   Persons already registered start with their current state.
 */
export class ProvisionalRecords1763856000800 implements MigrationInterface {
  name = 'ProvisionalRecords1763856000800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE family ADD COLUMN kk_applied_on date`);
    await q.query(`ALTER TABLE person ADD COLUMN nik_applied_on date`);
    await q.query(`ALTER TABLE person ADD COLUMN birth_date_approximate boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE person ALTER COLUMN sex DROP NOT NULL`);
    await q.query(`ALTER TABLE person ADD CONSTRAINT person_approximate_birth_date CHECK (NOT birth_date_approximate OR birth_date IS NOT NULL)`);
    await q.query(`
      CREATE TABLE person_nik_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person (id),
        nik text CHECK (nik ~ '^[0-9]{16}$'),
        document_status text NOT NULL CHECK (document_status IN ('NO_NIK', 'PENDING_AT_DUKCAPIL', 'ISSUED')),
        valid_from date NOT NULL,
        valid_to date,
        recorded_by_agency_id uuid,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT person_nik_record_issued CHECK ((document_status = 'ISSUED') = (nik IS NOT NULL)),
        CONSTRAINT person_nik_record_dates CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);
    await q.query(`CREATE UNIQUE INDEX person_nik_record_one_current ON person_nik_record (person_id) WHERE valid_to IS NULL`);
    await q.query(`CREATE INDEX person_nik_record_person ON person_nik_record (person_id, valid_from DESC)`);
    await q.query(`
      INSERT INTO person_nik_record (person_id, nik, document_status, valid_from)
      SELECT p.id, p.nik, CASE WHEN p.nik IS NULL THEN 'NO_NIK' ELSE 'ISSUED' END, p.created_at::date
        FROM person p
       WHERE p.nik IS NOT NULL
          OR EXISTS (SELECT 1 FROM membership m JOIN family f ON f.id = m.family_id WHERE m.person_id = p.id AND m.valid_to IS NULL AND f.jurisdiction = 'ID')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE person_nik_record`);
    await q.query(`ALTER TABLE person DROP CONSTRAINT person_approximate_birth_date`);
    await q.query(`ALTER TABLE person ALTER COLUMN sex SET NOT NULL`);
    await q.query(`ALTER TABLE person DROP COLUMN birth_date_approximate, DROP COLUMN nik_applied_on`);
    await q.query(`ALTER TABLE family DROP COLUMN kk_applied_on`);
  }
}
