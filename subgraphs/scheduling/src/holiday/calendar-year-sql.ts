import type { CalendarYear } from './calendar-file';

/** What both a migration's query runner and the kit's Sql can do. */
interface Queryable {
  query(text: string, params?: unknown[]): Promise<unknown>;
}

/** What loading a whole year changed, by date. */
export interface CalendarYearChange {
  added: string[];
  changed: string[];
  removed: string[];
}

/**
 * Makes a jurisdiction's calendar for one year exactly `calendar`: the year is marked loaded with its
 * source, days no longer listed are removed, new days are added, and changed days keep their id and
 * move to their next version. Run inside a transaction; the caller audits it.
 */
export async function writeCalendarYear(sql: Queryable, calendar: CalendarYear, loadedBy: string, loadedAt: Date = new Date()): Promise<CalendarYearChange> {
  const before = (await sql.query(`SELECT to_char(date, 'YYYY-MM-DD') AS date, name, kind, source FROM public_holiday WHERE jurisdiction = $1 AND year = $2`, [
    calendar.jurisdiction,
    calendar.year,
  ])) as Array<{ date: string; name: string; kind: string; source: string }>;
  const old = new Map(before.map((d) => [d.date, d]));
  const wanted = new Set(calendar.days.map((d) => d.date));
  const change: CalendarYearChange = {
    added: calendar.days.filter((d) => !old.has(d.date)).map((d) => d.date),
    changed: calendar.days
      .filter((d) => {
        const o = old.get(d.date);
        return o !== undefined && (o.name !== d.name || o.kind !== d.kind || o.source !== d.source);
      })
      .map((d) => d.date),
    removed: before.filter((d) => !wanted.has(d.date)).map((d) => d.date),
  };
  await sql.query(
    `INSERT INTO calendar_year (jurisdiction, year, source, loaded_at, loaded_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (jurisdiction, year) DO UPDATE SET source = EXCLUDED.source, loaded_at = EXCLUDED.loaded_at, loaded_by = EXCLUDED.loaded_by`,
    [calendar.jurisdiction, calendar.year, calendar.source, loadedAt, loadedBy],
  );
  await sql.query(`DELETE FROM public_holiday WHERE jurisdiction = $1 AND year = $2 AND NOT (date = ANY($3::date[]))`, [calendar.jurisdiction, calendar.year, [...wanted]]);
  await sql.query(
    `INSERT INTO public_holiday AS h (jurisdiction, year, date, name, kind, source, updated_at)
     SELECT $1, $2, d.date, d.name, d.kind, d.source, $4 FROM jsonb_to_recordset($3::jsonb) AS d(date date, name text, kind text, source text)
     ON CONFLICT (jurisdiction, date) DO UPDATE
        SET name = EXCLUDED.name, kind = EXCLUDED.kind, source = EXCLUDED.source, version = h.version + 1, updated_at = EXCLUDED.updated_at
      WHERE (h.name, h.kind, h.source) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.kind, EXCLUDED.source)`,
    [calendar.jurisdiction, calendar.year, JSON.stringify(calendar.days.map(({ date, name, kind, source }) => ({ date, name, kind, source }))), loadedAt],
  );
  return change;
}
