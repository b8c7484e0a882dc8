import { MigrationInterface, QueryRunner } from 'typeorm';
import { shippedCalendar } from '../holiday/calendar-file';
import { writeCalendarYear } from '../holiday/calendar-year-sql';

/** The calendars this migration loads: the data files of each jurisdiction and year it knew. */
const CALENDARS = ['ID-2026', 'HK-2026', 'ID-2027', 'HK-2027'];

/**
 * Public holidays become data that operators keep current:
 * - `calendar_year`: which years of a jurisdiction's calendar are loaded, and from which legal source.
 *   A year not in it is unknown, never holiday-free.
 * - `public_holiday`: each public holiday and collective leave day with its own source, one per
 *   jurisdiction and date, inside a loaded year.
 * - `closure` keeps the closures of single agencies only (its holiday rows move here).
 * - `appointment_scheduled_starts`: the bookings of a day across a jurisdiction's agencies, which a
 *   new holiday collides with.
 * The days are read from the versioned data files named above; a later year is imported by
 * operators (`npm run holidays -- import FILE`) or loaded by a later migration.
 */
export class PublicHolidays1763856000500 implements MigrationInterface {
  name = 'PublicHolidays1763856000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_year (
        jurisdiction text NOT NULL CHECK (jurisdiction IN ('ID', 'HK')),
        year smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        source text NOT NULL CHECK (btrim(source) <> ''),
        loaded_at timestamptz NOT NULL DEFAULT now(),
        loaded_by text NOT NULL,
        PRIMARY KEY (jurisdiction, year)
      )`);
    await q.query(`
      CREATE TABLE public_holiday (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jurisdiction text NOT NULL,
        year smallint NOT NULL,
        date date NOT NULL,
        name text NOT NULL CHECK (btrim(name) <> ''),
        kind text NOT NULL CHECK (kind IN ('PUBLIC_HOLIDAY', 'COLLECTIVE_LEAVE')),
        source text NOT NULL CHECK (btrim(source) <> ''),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT public_holiday_of_loaded_year FOREIGN KEY (jurisdiction, year) REFERENCES calendar_year (jurisdiction, year),
        CONSTRAINT public_holiday_in_its_year CHECK (extract(year FROM date) = year),
        -- Collective leave (cuti bersama) is Indonesian; Hong Kong has general holidays only.
        CONSTRAINT public_holiday_kind_of_jurisdiction CHECK (kind = 'PUBLIC_HOLIDAY' OR jurisdiction = 'ID'),
        CONSTRAINT public_holiday_one_per_day UNIQUE (jurisdiction, date)
      )`);
    await q.query(`DELETE FROM closure WHERE agency_id IS NULL`);
    await q.query(`ALTER TABLE closure DROP COLUMN jurisdiction`);
    await q.query(`ALTER TABLE closure ALTER COLUMN agency_id SET NOT NULL`);
    await q.query(`ALTER TABLE closure DROP CONSTRAINT IF EXISTS closure_kind_check`);
    await q.query(`ALTER TABLE closure ADD CONSTRAINT closure_of_one_agency CHECK (kind = 'AGENCY_CLOSURE')`);
    await q.query(`CREATE INDEX appointment_scheduled_starts ON appointment (starts_at) WHERE status = 'SCHEDULED'`);
    for (const name of CALENDARS) await writeCalendarYear(q, shippedCalendar(name), 'migration');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX appointment_scheduled_starts`);
    await q.query(`ALTER TABLE closure DROP CONSTRAINT closure_of_one_agency`);
    await q.query(`ALTER TABLE closure ADD COLUMN jurisdiction text CHECK (jurisdiction IN ('ID', 'HK'))`);
    await q.query(`ALTER TABLE closure ALTER COLUMN agency_id DROP NOT NULL`);
    await q.query(`INSERT INTO closure (jurisdiction, date, name, kind) SELECT jurisdiction, date, name, kind FROM public_holiday`);
    await q.query(`DROP TABLE public_holiday, calendar_year`);
  }
}
