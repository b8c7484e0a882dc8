import { schedulingError } from '../scheduling-error';
import { asUuid, clock, InputProblems, NotFoundError } from '../../../kit';
import { canReadDirectory } from '../access-policy';
import { toLocalIsoDateTime } from '../appointment/local-date-time';
import { AgencyCalendarRow } from '../calendar/calendar.repository';
import { localDateOf } from '../calendar/zoned-time';
import { SchedulingWarning } from '../holiday/calendar-coverage';
import { warningsFor } from '../holiday/calendar-warnings';
import { Context } from '../context';
import type { QueryAvailabilityArgs, QueryNextAvailableSlotArgs, QueryStaffAvailabilityArgs } from '../generated/graphql';
import { StaffRow } from '../staff/staff.repository';
import { AvailabilityRepository } from './availability.repository';
import { AvailabilityWindow, checkedFirst, checkedWindow, MAX_AVAILABILITY_DAYS, MAX_NAMED_STAFF, checkedDuration } from './availability-args';
import { StaffSlot, staffSlots } from './free-time';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** A slot as the contract shows it: UTC instants and the agency's local times. */
export interface SlotView {
  staff: StaffRow;
  startsAt: Date;
  endsAt: Date;
  startsAtLocal: string;
  endsAtLocal: string;
}

/** An availability answer: how many slots there are, the earliest of them, and its caveats. */
export interface AvailabilityView {
  totalCount: number;
  slots: SlotView[];
  warnings: SchedulingWarning[];
}

const byName = (a: StaffRow, b: StaffRow) => a.fullName.localeCompare(b.fullName) || a.id.localeCompare(b.id);

/** The agency's calendar, if the caller may read its directory; NOT_FOUND otherwise. */
async function readableAgency(ctx: Context, agencyId: string): Promise<AgencyCalendarRow> {
  const id = asUuid(agencyId);
  const calendar = id ? await ctx.loaders.agencyCalendar.load(id) : null;
  if (!calendar || !canReadDirectory(ctx.caller, calendar.jurisdiction)) throw new NotFoundError('Agency', agencyId);
  return calendar;
}

/** Free slots of staff over a window, earliest first: the arithmetic is free-time.ts, the reads AvailabilityRepository. */
async function slotsOf(ctx: Context, staff: readonly StaffRow[], window: AvailabilityWindow): Promise<{ slots: Array<StaffSlot<StaffRow>>; warnings: SchedulingWarning[] }> {
  const active = staff.filter((s) => s.active);
  const calendars = new Map<string, AgencyCalendarRow>();
  for (const agencyId of new Set(active.map((s) => s.agencyId))) {
    const calendar = await ctx.loaders.agencyCalendar.load(agencyId);
    if (calendar) calendars.set(agencyId, calendar);
  }
  const [times, warnings] = await Promise.all([
    new AvailabilityRepository(ctx.db).staffTimes(active, calendars, window.from, window.to),
    warningsFor(
      ctx,
      [...calendars.values()].map((c) => ({ jurisdiction: c.jurisdiction, from: localDateOf(window.from, c.timeZone), to: localDateOf(window.to - 1, c.timeZone) })),
    ),
  ]);
  return { slots: staffSlots(times, window.from, window.to, window.durationMinutes, byName), warnings };
}

function view(slot: StaffSlot<StaffRow>, timeZone: string): SlotView {
  return {
    staff: slot.staff,
    startsAt: new Date(slot.start),
    endsAt: new Date(slot.end),
    startsAtLocal: toLocalIsoDateTime(slot.start, timeZone),
    endsAtLocal: toLocalIsoDateTime(slot.end, timeZone),
  };
}

/** Only the slots returned get local times: formatting every slot of a busy month would cost more than finding them. */
async function answer(ctx: Context, { slots, warnings }: { slots: ReadonlyArray<StaffSlot<StaffRow>>; warnings: SchedulingWarning[] }, first: number): Promise<AvailabilityView> {
  const shown = slots.slice(0, first);
  const zones = new Map<string, string>();
  for (const agencyId of new Set(shown.map((s) => s.staff.agencyId))) zones.set(agencyId, (await ctx.loaders.agencyCalendar.load(agencyId))?.timeZone ?? 'UTC');
  return { totalCount: slots.length, slots: shown.map((s) => view(s, zones.get(s.staff.agencyId) ?? 'UTC')), warnings };
}

/** Free slots of an agency's active staff, of a role and a language when asked. */
export async function availability(ctx: Context, args: QueryAvailabilityArgs): Promise<AvailabilityView> {
  const problems = new InputProblems();
  const window = problems.check(() => checkedWindow(args.from, args.to, args.durationMinutes, clock.nowMs()))!;
  const first = problems.check(() => checkedFirst(args.first ?? 500))!;
  problems.throwIfAny();
  const calendar = await readableAgency(ctx, args.agencyId);
  const staff = await ctx.repos.staff.activeMatching(calendar.agencyId, args.role ?? null, args.language ?? null);
  return answer(ctx, await slotsOf(ctx, staff, window), first);
}

/** Free slots of named staff members (of any agencies whose directory the caller reads). */
export async function staffAvailability(ctx: Context, args: QueryStaffAvailabilityArgs): Promise<AvailabilityView> {
  const problems = new InputProblems();
  const window = problems.check(() => checkedWindow(args.from, args.to, args.durationMinutes, clock.nowMs()))!;
  const first = problems.check(() => checkedFirst(args.first ?? 500))!;
  if (args.staffIds.length < 1 || args.staffIds.length > MAX_NAMED_STAFF) {
    problems.refuse(schedulingError('STAFF_COUNT', `staffIds must name 1 to ${MAX_NAMED_STAFF} staff members`, {}, 'staffIds'));
  }
  problems.throwIfAny();
  const staff = await Promise.all(
    [...new Set(args.staffIds)].map(async (id) => {
      const uuid = asUuid(id);
      const row = uuid ? await ctx.loaders.staff.load(uuid) : null;
      if (!row || !canReadDirectory(ctx.caller, row.jurisdiction)) throw new NotFoundError('Staff', id);
      return row;
    }),
  );
  return answer(ctx, await slotsOf(ctx, staff, window), first);
}

/**
 * The earliest free slot for availability's criteria within 31 days of `from` (default now). The
 * month is searched a week at a time, so that a slot found soon costs one week's reads.
 */
export async function nextAvailableSlot(ctx: Context, args: QueryNextAvailableSlotArgs): Promise<SlotView | null> {
  const durationMinutes = checkedDuration(args.durationMinutes);
  const now = clock.nowMs();
  const start = Math.max(args.from ? new Date(args.from).getTime() : now, now);
  const calendar = await readableAgency(ctx, args.agencyId);
  const staff = await ctx.repos.staff.activeMatching(calendar.agencyId, args.role ?? null, args.language ?? null);
  const end = start + MAX_AVAILABILITY_DAYS * DAY_MS;
  for (let from = start; from < end; from += WEEK_MS) {
    // Each week reaches one slot length into the next, so a slot that starts before the week ends is
    // seen whole; any slot earlier than the one found would then have been seen too.
    const {
      slots: [slot],
    } = await slotsOf(ctx, staff, { from, to: Math.min(from + WEEK_MS + durationMinutes * 60_000, end), durationMinutes });
    if (slot) return view(slot, calendar.timeZone);
  }
  return null;
}
