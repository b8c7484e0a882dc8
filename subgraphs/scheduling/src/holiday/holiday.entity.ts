import { Check, Column, Entity, ForeignKey, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { HolidayKind } from './calendar-file';

/** A loaded year of a jurisdiction's public holiday calendar: a year not here is unknown, never holiday-free. */
@Entity({ name: 'calendar_year' })
@Check('calendar_year_jurisdiction_check', `jurisdiction IN ('ID', 'HK')`)
@Check('calendar_year_year_check', 'year BETWEEN 2000 AND 2100')
@Check('calendar_year_source_check', `btrim(source) <> ''`)
export class CalendarYearEntity {
  @PrimaryColumn({ name: 'jurisdiction', type: 'text' })
  jurisdiction!: 'ID' | 'HK';

  @PrimaryColumn({ name: 'year', type: 'smallint' })
  year!: number;

  /** The legal source of the year's list. */
  @Column({ name: 'source', type: 'text' })
  source!: string;

  @Column({ name: 'loaded_at', type: 'timestamptz', default: () => 'now()' })
  loadedAt!: Date;

  /** Who loaded it: the migration, or the operator's import. */
  @Column({ name: 'loaded_by', type: 'text' })
  loadedBy!: string;
}

/** A public holiday or collective leave day of a jurisdiction, one per date, with its legal source. */
@Entity({ name: 'public_holiday' })
@Check('public_holiday_source_check', `btrim(source) <> ''`)
@Check('public_holiday_name_check', `btrim(name) <> ''`)
@Check('public_holiday_kind_check', `kind IN ('PUBLIC_HOLIDAY', 'COLLECTIVE_LEAVE')`)
@Check('public_holiday_in_its_year', 'extract(year FROM date) = year')
// Collective leave (cuti bersama) is Indonesian; Hong Kong has general holidays only.
@Check('public_holiday_kind_of_jurisdiction', `kind = 'PUBLIC_HOLIDAY' OR jurisdiction = 'ID'`)
@Unique('public_holiday_one_per_day', ['jurisdiction', 'date'])
@ForeignKey(() => CalendarYearEntity, ['jurisdiction', 'year'], ['jurisdiction', 'year'], { name: 'public_holiday_of_loaded_year' })
export class PublicHolidayEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'jurisdiction', type: 'text' })
  jurisdiction!: 'ID' | 'HK';

  @Column({ name: 'year', type: 'smallint' })
  year!: number;

  @Column({ name: 'date', type: 'date' })
  date!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'kind', type: 'text' })
  kind!: HolidayKind;

  @Column({ name: 'source', type: 'text' })
  source!: string;

  /** Increases with each change; changePublicHoliday and removePublicHoliday take it. */
  @Column({ name: 'version', type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
