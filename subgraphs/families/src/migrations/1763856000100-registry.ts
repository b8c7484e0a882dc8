import { MigrationInterface, QueryRunner } from 'typeorm';

/** The family registry: families, their card numbers over time, persons and memberships over time. */
export class Registry1763856000100 implements MigrationInterface {
  name = 'Registry1763856000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE family (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jurisdiction text NOT NULL CHECK (jurisdiction IN ('ID', 'HK')),
        case_reference text,
        street text,
        rt_rw text,
        region_code text,
        hk_district text,
        address_protected boolean NOT NULL DEFAULT false,
        protecting_agency_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX family_region ON family (region_code text_pattern_ops)`);
    await q.query(`CREATE INDEX family_created ON family (created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE family_card (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family (id),
        kk_number text NOT NULL CHECK (kk_number ~ '^[0-9]{16}$'),
        valid_from date NOT NULL,
        valid_to date,
        reason text,
        CONSTRAINT family_card_kk_number_unique UNIQUE (kk_number)
      )`);
    await q.query(`CREATE UNIQUE INDEX family_card_one_current ON family_card (family_id) WHERE valid_to IS NULL`);
    await q.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        nik text CHECK (nik ~ '^[0-9]{16}$'),
        hkid text,
        full_name text NOT NULL,
        sex text NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
        birth_date date,
        deceased_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX person_nik_living ON person (nik) WHERE nik IS NOT NULL AND deceased_on IS NULL`);
    await q.query(`CREATE UNIQUE INDEX person_hkid_living ON person (hkid) WHERE hkid IS NOT NULL AND deceased_on IS NULL`);
    await q.query(`CREATE INDEX person_name_trgm ON person USING gin (full_name gin_trgm_ops)`);
    await q.query(`
      CREATE TABLE membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person (id),
        family_id uuid NOT NULL REFERENCES family (id),
        relationship smallint NOT NULL CHECK (relationship BETWEEN 1 AND 11),
        valid_from date NOT NULL,
        valid_to date
      )`);
    await q.query(`CREATE UNIQUE INDEX membership_one_current ON membership (person_id) WHERE valid_to IS NULL`);
    await q.query(`CREATE INDEX membership_family_current ON membership (family_id) WHERE valid_to IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE membership, person, family_card, family`);
  }
}
