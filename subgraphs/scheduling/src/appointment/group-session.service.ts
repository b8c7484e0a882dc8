import { clock, ForbiddenError, InputProblems, isUniqueViolation, NotFoundError } from '../../../kit';
import { recordFamilyInvolvement } from '../../../family-records/family-involvement';
import { canSeeAppointment, isAppointmentParty } from '../access-policy';
import { Context } from '../context';
import type { JoinGroupSessionInput } from '../generated/graphql';
import { schedulingError } from '../scheduling-error';
import { AppointmentRow } from './appointment.repository';
import { checkedId } from './booking-input';
import { checkBookingReferences } from './booking-references';
import { BookingRepository } from './booking.repository';
import { written } from './write-outcome';

/** A group session after a family joined it. */
export interface Joined {
  appointments: AppointmentRow[];
  seatsTaken: number;
  capacity: number;
}

function alreadyJoined(familyId: string): never {
  throw schedulingError('ALREADY_JOINED', `family ${familyId} is already in this group session`, { familyId });
}

/**
 * Adds a family to a scheduled group session of the caller's agency (a group session holds several
 * families, up to its capacity). The seats are counted under a lock on the booking's rows, so
 * of two joins for the last seat one wins and the other is refused with CONFLICT, CAPACITY_REACHED.
 */
export async function joinGroupSession(ctx: Context, input: JoinGroupSessionInput): Promise<Joined> {
  const problems = new InputProblems();
  const familyId = problems.check(() => checkedId('familyId', 'family', input.familyId))!;
  const bookingId = problems.check(() => checkedId('bookingId', 'group session', input.bookingId))!;
  problems.throwIfAny();
  const booking = (await ctx.loaders.booking.load(bookingId)).filter((row) => canSeeAppointment(ctx.caller, row));
  if (booking.length === 0) throw new NotFoundError('Group session', input.bookingId);
  const session = booking[0];
  if (!isAppointmentParty(ctx.caller, session)) throw new ForbiddenError("only the group session's own agency adds families to it");
  if (session.kind !== 'GROUP_SESSION' || session.capacity === null) {
    throw schedulingError('NOT_GROUP_SESSION', `booking ${bookingId} is a ${session.kind}, not a GROUP_SESSION`, {}, 'bookingId');
  }
  if (session.endsAt.getTime() <= clock.nowMs()) throw schedulingError('IN_THE_PAST', 'the group session has ended', {}, 'bookingId');
  if (session.familyId === familyId) alreadyJoined(familyId);
  const familyRegion = await checkBookingReferences({ agencyId: session.agencyId, familyId, episodeId: null, referralId: null }, ctx.caller);
  await recordFamilyInvolvement(ctx.caller, familyId, [session.agencyId], 'APPOINTMENT');
  try {
    const joined = await ctx.db.transaction(async (sql) => {
      const repository = new BookingRepository(sql);
      const rows = await repository.lockBooking(bookingId);
      const status = rows[0]?.status;
      if (status !== 'SCHEDULED') throw schedulingError('NOT_SCHEDULED', `the group session is ${status ?? 'gone'}, no longer SCHEDULED`, { currentStatus: status ?? null });
      const capacity = rows[0].capacity ?? 0;
      const seatsTaken = 1 + (await repository.joinedCount(bookingId));
      if (seatsTaken >= capacity) throw schedulingError('CAPACITY_REACHED', `the group session is full (${seatsTaken} of ${capacity} families)`, { capacity, seatsTaken });
      await repository.join(bookingId, familyId, familyRegion);
      return { appointments: rows, seatsTaken: seatsTaken + 1, capacity };
    });
    ctx.loaders.participants.clear(bookingId);
    return { ...joined, appointments: written(ctx, joined.appointments, [familyId]) };
  } catch (err) {
    if (isUniqueViolation(err)) alreadyJoined(familyId);
    throw err;
  }
}
