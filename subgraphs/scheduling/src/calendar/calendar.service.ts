import { asUuid, clock, conflictOnUnique, ForbiddenError, InputProblems, NotFoundError, staleVersion } from '../../../kit';
import { actsForAgency, canReadDirectory } from '../access-policy';
import { AppointmentRepository, AppointmentRow } from '../appointment/appointment.repository';
import { Context } from '../context';
import type { AddAgencyClosureInput, RemoveAgencyClosureInput, SetOperatingSessionsInput, SetStaffRosterInput } from '../generated/graphql';
import { schedulingError } from '../scheduling-error';
import { StaffRepository, StaffRow } from '../staff/staff.repository';
import { AgencyCalendarRow, CalendarRepository, ClosureRow, SessionRow } from './calendar.repository';
import { checkedSessions } from './operating-sessions-input';
import { addDays, localDateOf, zonedInstant } from './zoned-time';

/** The longest name of an agency closure. */
const MAX_CLOSURE_NAME = 200;

/**
 * The calendar of an agency the caller acts for. One the caller may not read is NOT_FOUND; another
 * agency's is FORBIDDEN: an agency changes only its own sessions, rosters and closures.
 */
async function agencyToManage(ctx: Context, agencyId: string): Promise<AgencyCalendarRow> {
  const id = asUuid(agencyId);
  const calendar = id ? await ctx.loaders.agencyCalendar.load(id) : null;
  if (!calendar || !canReadDirectory(ctx.caller, calendar.jurisdiction)) throw new NotFoundError('Agency', agencyId);
  if (!actsForAgency(ctx.caller, calendar.agencyId)) throw new ForbiddenError('only the agency itself changes its sessions, rosters and closures');
  return calendar;
}

/**
 * Replaces an agency's weekly sessions at the version the caller read (Agency.scheduleVersion), so
 * that two editors cannot overwrite each other. Booked appointments keep their times.
 */
export async function setOperatingSessions(ctx: Context, input: SetOperatingSessionsInput): Promise<{ sessions: SessionRow[]; scheduleVersion: number }> {
  const calendar = await agencyToManage(ctx, input.agencyId);
  if (input.expectedVersion < 1) throw schedulingError('RANGE', 'expectedVersion must be Agency.scheduleVersion as read (1 or more)', {}, 'expectedVersion');
  const current = await ctx.loaders.sessionsOfAgency.load(calendar.agencyId);
  const sessions = checkedSessions(input.sessions, new Set(current.map((s) => s.id)));
  const written = await ctx.db.transaction(async (sql) => {
    const repository = new CalendarRepository(sql);
    const [bumped] = await repository.bumpVersion(calendar.agencyId, input.expectedVersion);
    if (!bumped) return null;
    await repository.replaceSessions(calendar.agencyId, sessions);
    return { scheduleVersion: bumped.version, sessions: await repository.sessionsByAgencyIds([calendar.agencyId]) };
  });
  if (!written) {
    const [now] = await ctx.repos.calendars.calendarsByAgencyIds([calendar.agencyId]);
    throw staleVersion(`the sessions of agency ${calendar.agencyId}`, input.expectedVersion, { version: now.version });
  }
  ctx.audit.record(
    'WRITE',
    'OperatingSession',
    written.sessions.map((s) => ({ id: s.id, familyId: null })),
  );
  ctx.loaders.sessionsOfAgency.clear(calendar.agencyId).prime(calendar.agencyId, written.sessions);
  ctx.loaders.agencyCalendar.clear(calendar.agencyId).prime(calendar.agencyId, { ...calendar, version: written.scheduleVersion });
  return written;
}

/** Sets the sessions of their agency that a staff member works. */
export async function setStaffRoster(ctx: Context, input: SetStaffRosterInput): Promise<StaffRow> {
  const id = asUuid(input.staffId);
  const staff = id ? await ctx.loaders.staff.load(id) : null;
  if (!staff || !canReadDirectory(ctx.caller, staff.jurisdiction)) throw new NotFoundError('Staff', input.staffId);
  await agencyToManage(ctx, staff.agencyId);
  const sessions = new Set((await ctx.loaders.sessionsOfAgency.load(staff.agencyId)).map((s) => s.id));
  const problems = new InputProblems();
  const sessionIds = input.sessionIds.flatMap((sessionId, i) => {
    const uuid = asUuid(sessionId);
    if (uuid && sessions.has(uuid)) return [uuid];
    problems.refuse(schedulingError('NOT_FOUND', `sessionIds[${i}] ${sessionId} is not a session of the staff member's agency`, {}, `sessionIds[${i}]`));
    return [];
  });
  problems.throwIfAny();
  const wanted = [...new Set(sessionIds)];
  await ctx.db.transaction(async (sql) => {
    const rostered = await new StaffRepository(sql).replaceRoster(staff.id, staff.agencyId, wanted);
    if (rostered !== wanted.length) {
      throw staleVersion("the agency's sessions (while the roster was being set)", null);
    }
  });
  ctx.audit.record('WRITE', 'StaffRoster', [{ id: staff.id, familyId: null }]);
  ctx.loaders.roster.clear(staff.id);
  return staff;
}

/**
 * Closes the caller's agency for a day (today or later, in its own calendar). Answers with the
 * appointments still scheduled that day, which a coordinator now reschedules or cancels: a closure
 * does not move them by itself.
 */
export async function addAgencyClosure(ctx: Context, input: AddAgencyClosureInput): Promise<{ closure: ClosureRow; scheduledAppointments: AppointmentRow[] }> {
  const calendar = await agencyToManage(ctx, input.agencyId);
  const name = input.name.trim();
  if (name.length === 0 || name.length > MAX_CLOSURE_NAME) throw schedulingError('LENGTH', `name must be 1 to ${MAX_CLOSURE_NAME} characters`, {}, 'name');
  const today = localDateOf(clock.nowMs(), calendar.timeZone);
  if (input.date < today) throw schedulingError('IN_THE_PAST', `date must be today (${today} in ${calendar.timeZone}) or later`, {}, 'date');
  const [closure] = await conflictOnUnique(
    () => ctx.db.transaction((sql) => new CalendarRepository(sql).addAgencyClosure(calendar.agencyId, input.date, name)),
    () => schedulingError('ALREADY_CLOSED', `the agency is already closed on ${input.date}`, { date: input.date }),
  );
  ctx.audit.record('WRITE', 'Closure', [{ id: closure.id, familyId: null }]);
  const dayStart = new Date(zonedInstant(input.date, 0, calendar.timeZone));
  const dayEnd = new Date(zonedInstant(addDays(input.date, 1), 0, calendar.timeZone));
  const scheduledAppointments = await new AppointmentRepository(ctx.db).scheduledOfAgencyStartingBetween(calendar.agencyId, dayStart, dayEnd);
  ctx.audit.record(
    'READ',
    'Appointment',
    scheduledAppointments.map((a) => ({ id: a.id, familyId: a.familyId })),
  );
  return { closure, scheduledAppointments };
}

/** Reopens a day the caller's agency had closed; a public holiday or collective leave day cannot be removed. */
export async function removeAgencyClosure(ctx: Context, input: RemoveAgencyClosureInput): Promise<string> {
  const id = asUuid(input.closureId);
  const [closure] = id ? await ctx.repos.calendars.closureById(id) : [];
  if (!closure) throw new NotFoundError('Closure', input.closureId);
  const agencyId = closure.agencyId;
  if (agencyId === null) {
    throw schedulingError('NOT_AGENCY_CLOSURE', `closure ${closure.id} is a ${closure.kind} of the jurisdiction, which an agency cannot remove`, {}, 'closureId');
  }
  await agencyToManage(ctx, agencyId);
  const removed = await ctx.db.transaction((sql) => new CalendarRepository(sql).removeAgencyClosure(closure.id, agencyId));
  if (removed.length === 0) throw new NotFoundError('Closure', input.closureId);
  ctx.audit.record('WRITE', 'Closure', [{ id: closure.id, familyId: null }]);
  return closure.id;
}
