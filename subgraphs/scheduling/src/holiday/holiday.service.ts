import { asUuid, clock, conflictOnUnique, ForbiddenError, InputProblems, NotFoundError, staleVersion } from '../../../kit';
import { canManageCalendar, canReadHolidays } from '../access-policy';
import { AppointmentRepository, AppointmentRow } from '../appointment/appointment.repository';
import { ClosureRow } from '../calendar/calendar.repository';
import { checkHolidayRange } from '../calendar/holiday-range';
import { Context } from '../context';
import type { AddPublicHolidayInput, ChangePublicHolidayInput, RemovePublicHolidayInput } from '../generated/graphql';
import { schedulingError } from '../scheduling-error';
import { HolidayKind, isCalendarDate, kindAllowed, MAX_HOLIDAY_NAME, MAX_HOLIDAY_SOURCE } from './calendar-file';
import { loadedYears } from './calendar-warnings';
import { missingYears, yearKey } from './calendar-coverage';
import { CalendarYearRow, HolidayRepository } from './holiday.repository';

/**
 * The public holidays and collective leave days of a jurisdiction from one date to another, for a
 * caller who may read that calendar (others get none); a range reaching a year whose calendar is not
 * loaded is CALENDAR_NOT_LOADED rather than a silent "no holidays".
 */
export async function holidaysBetween(ctx: Context, jurisdiction: 'ID' | 'HK', from: string, to: string): Promise<ClosureRow[]> {
  checkHolidayRange(from, to);
  if (!canReadHolidays(ctx.caller, jurisdiction)) return [];
  const [year] = missingYears(await loadedYears(ctx), jurisdiction, from, to);
  if (year !== undefined) {
    throw schedulingError(
      'CALENDAR_NOT_LOADED',
      `the ${jurisdiction} public holidays of ${year} are not loaded, so SatuPintu cannot say which days of ${year} are holidays`,
      { jurisdiction, year },
      'to',
    );
  }
  return ctx.repos.calendars.holidays(jurisdiction, from, to);
}

/** The loaded years of a jurisdiction's holiday calendar, for a caller who may read it. */
export async function calendarYearsOf(ctx: Context, jurisdiction: 'ID' | 'HK'): Promise<CalendarYearRow[]> {
  if (!canReadHolidays(ctx.caller, jurisdiction)) return [];
  return (await ctx.loaders.calendarYears.load('ALL')).filter((y) => y.jurisdiction === jurisdiction);
}

/** A public holiday after a change, and the bookings that now fall on it. */
export interface HolidayChange {
  holiday: ClosureRow;
  scheduledAppointments: AppointmentRow[];
}

function onlyCalendarManagers(ctx: Context, jurisdiction: 'ID' | 'HK'): void {
  if (!canManageCalendar(ctx.caller, jurisdiction)) {
    throw new ForbiddenError(`only a calendar manager of ${jurisdiction} changes its public holidays`);
  }
}

function checkedText(field: string, value: string, max: number): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max) throw schedulingError('LENGTH', `${field} must be 1 to ${max} characters`, {}, field);
  return text;
}

function checkedDay(jurisdiction: 'ID' | 'HK', year: number, date: string, kind: HolidayKind): void {
  if (!isCalendarDate(date) || !date.startsWith(`${year}-`)) {
    throw schedulingError('OUTSIDE_YEAR', `date ${date} is not in ${year}, the calendar year being edited`, { year });
  }
  if (!kindAllowed(jurisdiction, kind)) throw schedulingError('KIND_NOT_IN_JURISDICTION', `${jurisdiction} has no ${kind}`);
}

async function checkYearLoaded(ctx: Context, jurisdiction: 'ID' | 'HK', year: number): Promise<void> {
  if (!(await loadedYears(ctx)).has(yearKey(jurisdiction, year))) {
    throw schedulingError('CALENDAR_NOT_LOADED', `the ${jurisdiction} calendar of ${year} is not loaded; import the whole year first`, { jurisdiction, year });
  }
}

function holidayExists(jurisdiction: 'ID' | 'HK', date: string) {
  return schedulingError('HOLIDAY_EXISTS', `${jurisdiction} already has a public holiday or collective leave day on ${date}; change that one instead`, { date });
}

/** A public holiday the caller may change, by id; an agency closure or an unknown id is NOT_FOUND. */
async function holidayToChange(ctx: Context, holidayId: string): Promise<ClosureRow> {
  const id = asUuid(holidayId);
  const [closure] = id ? await ctx.repos.calendars.closureById(id) : [];
  if (!closure || closure.jurisdiction === null) throw new NotFoundError('Public holiday', holidayId);
  onlyCalendarManagers(ctx, closure.jurisdiction);
  return closure;
}

function staleHoliday(holiday: ClosureRow, expected: number, current: number | null) {
  return staleVersion(`public holiday ${holiday.id}`, expected, { version: current });
}

/**
 * The appointments still scheduled on a jurisdiction's new closed day, which their agencies must now
 * move: read as the calendar manager, audited as reads of those families' appointments.
 */
async function collidingAppointments(ctx: Context, holiday: ClosureRow): Promise<AppointmentRow[]> {
  const rows = await new AppointmentRepository(ctx.db).scheduledOfJurisdictionOn(holiday.jurisdiction!, holiday.date);
  ctx.audit.record(
    'READ',
    'Appointment',
    rows.map((a) => ({ id: a.id, familyId: a.familyId })),
  );
  return rows;
}

function changed(ctx: Context, holiday: ClosureRow): void {
  ctx.audit.record('WRITE', 'PublicHoliday', [{ id: holiday.id, familyId: null }]);
  ctx.loaders.calendarYears.clearAll();
}

/** Adds a day to a loaded year of the caller's jurisdiction. */
export async function addPublicHoliday(ctx: Context, input: AddPublicHolidayInput): Promise<HolidayChange> {
  onlyCalendarManagers(ctx, input.jurisdiction);
  const problems = new InputProblems();
  const name = problems.check(() => checkedText('name', input.name, MAX_HOLIDAY_NAME))!;
  const source = problems.check(() => checkedText('source', input.source, MAX_HOLIDAY_SOURCE))!;
  problems.check(() => checkedDay(input.jurisdiction, input.year, input.date, input.kind));
  problems.throwIfAny();
  await checkYearLoaded(ctx, input.jurisdiction, input.year);
  const [holiday] = await conflictOnUnique(
    () => ctx.db.transaction((sql) => new HolidayRepository(sql).insert({ jurisdiction: input.jurisdiction, year: input.year, date: input.date, name, kind: input.kind, source }, clock.now())),
    () => holidayExists(input.jurisdiction, input.date),
  );
  changed(ctx, holiday);
  return { holiday, scheduledAppointments: await collidingAppointments(ctx, holiday) };
}

/** Changes a day's date (within its year), name, kind or source, at the version read. */
export async function changePublicHoliday(ctx: Context, input: ChangePublicHolidayInput): Promise<HolidayChange> {
  const current = await holidayToChange(ctx, input.holidayId);
  const jurisdiction = current.jurisdiction!;
  const year = Number(current.date.slice(0, 4));
  const date = input.date ?? current.date;
  const kind = (input.kind ?? current.kind) as HolidayKind;
  const problems = new InputProblems();
  const name = input.name == null ? current.name : problems.check(() => checkedText('name', input.name!, MAX_HOLIDAY_NAME))!;
  if (date !== current.date && input.source == null) problems.refuse(schedulingError('REQUIRED', 'moving a public holiday needs the legal source that moves it', {}, 'source'));
  const source = input.source == null ? current.source! : problems.check(() => checkedText('source', input.source!, MAX_HOLIDAY_SOURCE))!;
  problems.check(() => checkedDay(jurisdiction, year, date, kind));
  problems.throwIfAny();
  const [holiday] = await conflictOnUnique(
    () => ctx.db.transaction((sql) => new HolidayRepository(sql).update(current.id, input.expectedVersion, { date, name, kind, source }, clock.now())),
    () => holidayExists(jurisdiction, date),
  );
  if (!holiday) throw staleHoliday(current, input.expectedVersion, current.version);
  changed(ctx, holiday);
  return { holiday, scheduledAppointments: await collidingAppointments(ctx, holiday) };
}

/** Removes a day from its year, at the version read; the day becomes a working day again. */
export async function removePublicHoliday(ctx: Context, input: RemovePublicHolidayInput): Promise<string> {
  const current = await holidayToChange(ctx, input.holidayId);
  const removed = await ctx.db.transaction((sql) => new HolidayRepository(sql).delete(current.id, input.expectedVersion));
  if (removed.length === 0) throw staleHoliday(current, input.expectedVersion, current.version);
  changed(ctx, current);
  return current.id;
}
