import { Context } from '../context';
import { calendarWarnings, LoadedYears, SchedulingWarning, yearKey } from './calendar-coverage';

/** The loaded years of every jurisdiction's calendar, as this request sees them. */
export async function loadedYears(ctx: Context): Promise<LoadedYears> {
  return new Set((await ctx.loaders.calendarYears.load('ALL')).map((y) => yearKey(y.jurisdiction, y.year)));
}

/** CALENDAR_NOT_LOADED for each jurisdiction and year the local date ranges reach that is not loaded. */
export async function warningsFor(ctx: Context, ranges: ReadonlyArray<{ jurisdiction: 'ID' | 'HK'; from: string; to: string }>): Promise<SchedulingWarning[]> {
  return ranges.length ? calendarWarnings(await loadedYears(ctx), ranges) : [];
}
