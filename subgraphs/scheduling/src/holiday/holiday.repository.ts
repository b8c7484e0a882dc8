import { Sql } from '../../../kit';
import { ClosureRow, HOLIDAY_COLUMNS } from '../calendar/calendar.repository';
import type { CalendarYearEntity, PublicHolidayEntity } from './holiday.entity';

/** A loaded year of a jurisdiction's calendar. */
export interface CalendarYearRow extends Omit<CalendarYearEntity, 'loadedBy'> {
  holidayCount: number;
}

/** A public holiday as written. */
export type HolidayWrite = Pick<PublicHolidayEntity, 'jurisdiction' | 'year' | 'date' | 'name' | 'kind' | 'source'>;

/** The only place the scheduling subgraph reads and writes single public holidays and loaded years. */
export class HolidayRepository {
  constructor(private readonly sql: Sql) {}

  /** Every loaded year, with how many days each holds: a small table (two jurisdictions, a few years). */
  loadedYears(): Promise<CalendarYearRow[]> {
    return this.sql.query<CalendarYearRow>(
      `SELECT y.jurisdiction, y.year, y.source, y.loaded_at AS "loadedAt",
              (SELECT count(*)::int FROM public_holiday h WHERE h.jurisdiction = y.jurisdiction AND h.year = y.year) AS "holidayCount"
         FROM calendar_year y ORDER BY y.jurisdiction, y.year`,
      [],
      'calendar_years',
    );
  }

  /** A public holiday by id, locked for the change that follows (inside a transaction). */
  lockById(id: string): Promise<ClosureRow[]> {
    return this.sql.query<ClosureRow>(`SELECT ${HOLIDAY_COLUMNS} FROM public_holiday WHERE id = $1 FOR UPDATE`, [id]);
  }

  /** Adds a day; the unique (jurisdiction, date) refuses a second holiday on one date (23505). */
  insert(h: HolidayWrite, at: Date): Promise<ClosureRow[]> {
    return this.sql.query<ClosureRow>(
      `INSERT INTO public_holiday (jurisdiction, year, date, name, kind, source, updated_at) VALUES ($1, $2, $3::date, $4, $5, $6, $7)
       RETURNING ${HOLIDAY_COLUMNS}`,
      [h.jurisdiction, h.year, h.date, h.name, h.kind, h.source, at],
    );
  }

  /** Changes a day at the version read; none when it moved on meanwhile. */
  update(id: string, expectedVersion: number, h: Omit<HolidayWrite, 'jurisdiction' | 'year'>, at: Date): Promise<ClosureRow[]> {
    return this.sql.query<ClosureRow>(
      `UPDATE public_holiday SET date = $3::date, name = $4, kind = $5, source = $6, version = version + 1, updated_at = $7
        WHERE id = $1 AND version = $2 RETURNING ${HOLIDAY_COLUMNS}`,
      [id, expectedVersion, h.date, h.name, h.kind, h.source, at],
    );
  }

  /** Removes a day at the version read; none when it moved on or was gone. */
  delete(id: string, expectedVersion: number): Promise<Array<{ id: string }>> {
    return this.sql.query<{ id: string }>(`DELETE FROM public_holiday WHERE id = $1 AND version = $2 RETURNING id`, [id, expectedVersion]);
  }
}
