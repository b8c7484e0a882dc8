import { randomUUID } from 'node:crypto';
import { clock, InputProblems, retryingDeadlocks, sqlState } from '../../../kit';
import { recordFamilyInvolvement } from '../../../family-records/family-involvement';
import { Context } from '../context';
import { SchedulingWarning } from '../holiday/calendar-coverage';
import type { RescheduleAppointmentInput, ScheduleAppointmentInput } from '../generated/graphql';
import { AppointmentRow } from './appointment.repository';
import { appointmentToChange } from './appointment-to-change';
import { checkBookingCalendar } from './booking-calendar';
import { checkedCapacity, checkedFamily, checkedId, checkedOverride, checkedStaffIds, checkedTimes, checkedVersion } from './booking-input';
import { checkBookingReferences, visitsHome } from './booking-references';
import { checkProtectedAddress } from './protected-address';
import { bookableStaff } from './booking-staff';
import { BookingRepository } from './booking.repository';
import { doubleBooked, EXCLUSION_VIOLATION, unchanged, written } from './write-outcome';

/** A booking as scheduleAppointment answers it. */
export interface Booked {
  bookingId: string;
  appointments: AppointmentRow[];
  warnings: SchedulingWarning[];
}

/**
 * Books staff time with a family, or a community event (an education programme with no family).
 * Every rule is checked before anything is written, in order: the input's own (staff count, family,
 * capacity, override reason, END_BEFORE_START, TOO_LONG, IN_THE_PAST); the staff (visible, of the
 * caller's agency, active); the calendar (CLOSED_DAY, OUTSIDE_SESSIONS, OUTSIDE_ROSTER, unless
 * overridden); the references, with the subgraphs that own them, and a home visit of a protected
 * family (PROTECTED_ADDRESS, PROTECTED_ADDRESS_CONFIRM). Then one insert of one appointment per staff
 * member, which the exclusion constraint refuses as a whole when any of them overlaps (CONFLICT,
 * DOUBLE_BOOKED); an attempt PostgreSQL aborted to break a deadlock between two clashing inserts runs
 * again, so its caller hears DOUBLE_BOOKED or gets the booking, never an internal error.
 */
export async function scheduleAppointment(ctx: Context, input: ScheduleAppointmentInput): Promise<Booked> {
  const problems = new InputProblems();
  const staffIds = problems.check(() => checkedStaffIds(input.staffIds))!;
  const familyId = problems.check(() => checkedFamily(input.kind, input.place, input.familyId)) ?? null;
  const episodeId = input.serviceEpisodeId ? problems.check(() => checkedId('serviceEpisodeId', 'service episode', input.serviceEpisodeId!))! : null;
  const referralId = input.referralId ? problems.check(() => checkedId('referralId', 'referral', input.referralId!))! : null;
  const capacity = problems.check(() => checkedCapacity(input.kind, input.capacity, !!input.familyId)) ?? null;
  const overrideReason = problems.check(() => checkedOverride(input.emergencyOverride)) ?? null;
  const times = problems.check(() => checkedTimes(input.startsAt, input.endsAt, clock.nowMs()))!;
  problems.throwIfAny();
  const staff = await bookableStaff(ctx, staffIds);
  const warnings = await checkBookingCalendar(ctx, staff, times, overrideReason !== null);
  const agencyId = staff[0].agencyId;
  const family = await checkBookingReferences({ agencyId, familyId, episodeId, referralId }, ctx.caller);
  checkProtectedAddress(ctx, { kind: input.kind, place: input.place, familyId }, family.protection, input.confirmProtectedAddress === true);
  if (familyId) await recordFamilyInvolvement(ctx.caller, familyId, [agencyId], 'APPOINTMENT');
  const bookingId = randomUUID();
  try {
    const rows = await retryingDeadlocks(() =>
      ctx.db.transaction((sql) =>
        new BookingRepository(sql).insert({
          bookingId,
          kind: input.kind,
          staffIds,
          agencyId,
          familyId,
          familyRegion: family.region,
          episodeId,
          referralId,
          place: input.place,
          startsAt: new Date(times.startsAt),
          endsAt: new Date(times.endsAt),
          capacity,
          overrideReason,
        }),
      ),
    );
    return { bookingId, appointments: written(ctx, rows), warnings };
  } catch (err) {
    if (sqlState(err) === EXCLUSION_VIOLATION) throw doubleBooked(staffIds);
    throw err;
  }
}

/**
 * Moves a booking, every staff member's appointment in it, to a new time under the same rules as
 * booking (an inactive staff member's booking cannot be moved: cancel it and book someone else),
 * at the version the caller read. A home visit asks the registry again whether the family's address is
 * protected, as a family may have fled since the visit was booked.
 */
export async function rescheduleAppointment(ctx: Context, input: RescheduleAppointmentInput): Promise<{ appointments: AppointmentRow[]; warnings: SchedulingWarning[] }> {
  const problems = new InputProblems();
  const version = problems.check(() => checkedVersion(input.expectedVersion))!;
  const overrideReason = problems.check(() => checkedOverride(input.emergencyOverride)) ?? null;
  const times = problems.check(() => checkedTimes(input.startsAt, input.endsAt, clock.nowMs()))!;
  problems.throwIfAny();
  const appointment = await appointmentToChange(ctx, input.appointmentId);
  const booking = await ctx.loaders.booking.load(appointment.bookingId);
  const staffIds = booking.map((a) => a.staffId);
  const staff = await bookableStaff(ctx, staffIds);
  const warnings = await checkBookingCalendar(ctx, staff, times, overrideReason !== null);
  if (appointment.familyId && visitsHome(appointment)) {
    const family = await checkBookingReferences({ agencyId: appointment.agencyId, familyId: appointment.familyId, episodeId: null, referralId: null }, ctx.caller);
    checkProtectedAddress(ctx, appointment, family.protection, input.confirmProtectedAddress === true);
  }
  let rows: AppointmentRow[];
  try {
    rows = await retryingDeadlocks(() => ctx.db.transaction((sql) => new BookingRepository(sql).move(appointment.id, version, new Date(times.startsAt), new Date(times.endsAt), overrideReason)));
  } catch (err) {
    if (sqlState(err) === EXCLUSION_VIOLATION) throw doubleBooked(staffIds);
    throw err;
  }
  if (rows.length === 0) return { appointments: await unchanged(ctx, appointment.id, version), warnings };
  return { appointments: written(ctx, rows), warnings };
}
