import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { HolidayKind } from './calendar-file';

/** A loaded year of a jurisdiction's public holiday calendar: a year not here is unknown, never holiday-free. */
@Entity({ name: 'calendar_year' })
export class CalendarYearEntity {
  @PrimaryColumn({ name: 'jurisdiction', type: 'text' })
  jurisdiction!: 'ID' | 'HK';

  @PrimaryColumn({ name: 'year', type: 'smallint' })
  year!: number;

  /** The legal source of the year's list. */
  @Column({ name: 'source', type: 'text' })
  source!: string;

  @Column({ name: 'loaded_at', type: 'timestamptz' })
  loadedAt!: Date;

  /** Who loaded it: the migration, or the operator's import. */
  @Column({ name: 'loaded_by', type: 'text' })
  loadedBy!: string;
}

/** A public holiday or collective leave day of a jurisdiction, one per date, with its legal source. */
@Entity({ name: 'public_holiday' })
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
  @Column({ name: 'version', type: 'integer' })
  version!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
