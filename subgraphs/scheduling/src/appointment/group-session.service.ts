import { clock, ForbiddenError, InputProblems, isUniqueViolation, NotFoundError } from '../../../kit';
import { recordFamilyInvolvement } from '../../../family-records/family-involvement';
import { canSeeAppointment, isAppointmentParty } from '../access-policy';
import { Context } from '../context';
import type { JoinGroupSessionInput, LeaveGroupSessionInput } from '../generated/graphql';
import { schedulingError } from '../scheduling-error';
import { AppointmentRow } from './appointment.repository';
import { checkedId, MAX_PERSONS_PER_JOIN } from './booking-input';
import { checkBookingReferences, checkJoiningPersons, JoiningPerson } from './booking-references';
import { BookingRepository } from './booking.repository';
import { written } from './write-outcome';

/** A group session after a family or persons joined it, or a person left. */
export interface Seats {
  appointments: AppointmentRow[];
  seatsTaken: number;
  capacity: number;
}

/** The kinds whose bookings have seats that families and persons join. */
const WITH_SEATS = new Set(['GROUP_SESSION', 'EDUCATION_PROGRAMME']);

function alreadyJoined(who: string, facts: Record<string, unknown>): never {
  throw schedulingError('ALREADY_JOINED', `${who} already in this group session`, facts);
}

/** The seat of the family a session was booked for (a community event has none). */
const bookedSeat = (session: AppointmentRow) => (session.familyId ? 1 : 0);

/**
 * Who joins: a family as a whole, or persons (1 to 50, distinct), exactly one of the two.
 */
function checkedJoiners(problems: InputProblems, input: JoinGroupSessionInput): { familyId: string | null; personIds: string[] | null } {
  const hasFamily = input.familyId !== null && input.familyId !== undefined;
  const hasPersons = input.personIds !== null && input.personIds !== undefined;
  if (hasFamily === hasPersons) {
    problems.add('personIds', 'ONE_OF', 'give either familyId (a family joining as a whole) or personIds (persons joining), not both or neither');
    return { familyId: null, personIds: null };
  }
  if (hasFamily) return { familyId: problems.check(() => checkedId('familyId', 'family', input.familyId!)) ?? null, personIds: null };
  const personIds = input.personIds!;
  if (personIds.length === 0 || personIds.length > MAX_PERSONS_PER_JOIN) {
    problems.add('personIds', personIds.length === 0 ? 'REQUIRED' : 'TOO_MANY', `personIds must name 1 to ${MAX_PERSONS_PER_JOIN} persons`);
    return { familyId: null, personIds: null };
  }
  const ids = personIds.map((id, i) => problems.check(() => checkedId(`personIds[${i}]`, 'person', id)) ?? id);
  if (new Set(ids).size !== ids.length) problems.add('personIds', 'DUPLICATE', 'personIds must not name a person twice');
  return { familyId: null, personIds: ids };
}

/**
 * A scheduled group session or education programme with seats that the caller's agency runs and that
 * has not ended: NOT_FOUND when the caller cannot see it, FORBIDDEN for another agency's,
 * NOT_GROUP_SESSION for a booking without seats, IN_THE_PAST once it ended.
 */
async function sessionToChange(ctx: Context, bookingId: string, rawId: string): Promise<AppointmentRow & { capacity: number }> {
  const booking = (await ctx.loaders.booking.load(bookingId)).filter((row) => canSeeAppointment(ctx.caller, row));
  if (booking.length === 0) throw new NotFoundError('Group session', rawId);
  const session = booking[0];
  if (!isAppointmentParty(ctx.caller, session)) throw new ForbiddenError("only the group session's own agency changes who takes part in it");
  if (!WITH_SEATS.has(session.kind) || session.capacity === null) {
    throw schedulingError('NOT_GROUP_SESSION', `booking ${bookingId} is a ${session.kind} without seats, not a GROUP_SESSION or an EDUCATION_PROGRAMME with a capacity`, {}, 'bookingId');
  }
  if (session.endsAt.getTime() <= clock.nowMs()) throw schedulingError('IN_THE_PAST', 'the group session has ended', {}, 'bookingId');
  return session as AppointmentRow & { capacity: number };
}

/** Locks the booking's rows (so that joins and leaves of one session run one after the other) and refuses one no longer scheduled. */
async function lockedScheduled(repository: BookingRepository, bookingId: string): Promise<AppointmentRow[]> {
  const rows = await repository.lockBooking(bookingId);
  const status = rows[0]?.status;
  if (status !== 'SCHEDULED') throw schedulingError('NOT_SCHEDULED', `the group session is ${status ?? 'gone'}, no longer SCHEDULED`, { currentStatus: status ?? null });
  return rows;
}

/**
 * Adds a family as a whole (one seat) or persons (one seat each, from one family or several) to a
 * scheduled group session or education programme of the caller's agency, up to its capacity. Each
 * person is resolved to their family with the registry, and each family is reported as one the agency
 * now works with. The seats are counted under a lock on the booking's rows, so of two joins for the
 * last seat one wins and the other is refused with CONFLICT, CAPACITY_REACHED; persons join all or none.
 */
export async function joinGroupSession(ctx: Context, input: JoinGroupSessionInput): Promise<Seats> {
  const problems = new InputProblems();
  const bookingId = problems.check(() => checkedId('bookingId', 'group session', input.bookingId))!;
  const { familyId, personIds } = checkedJoiners(problems, input);
  problems.throwIfAny();
  const session = await sessionToChange(ctx, bookingId, input.bookingId);
  if (familyId && session.familyId === familyId) alreadyJoined(`family ${familyId} is`, { familyId });
  let persons: JoiningPerson[] = [];
  let familyRegion: string | null = null;
  if (familyId) familyRegion = (await checkBookingReferences({ agencyId: session.agencyId, familyId, episodeId: null, referralId: null }, ctx.caller)).region;
  else persons = await checkJoiningPersons(personIds!, ctx.caller);
  const familyIds = familyId ? [familyId] : [...new Set(persons.map((p) => p.familyId))];
  for (const id of familyIds) await recordFamilyInvolvement(ctx.caller, id, [session.agencyId], 'APPOINTMENT');
  const seatsWanted = familyId ? 1 : persons.length;
  try {
    const joined = await ctx.db.transaction(async (sql) => {
      const repository = new BookingRepository(sql);
      const rows = await lockedScheduled(repository, bookingId);
      const capacity = rows[0].capacity ?? 0;
      const seatsTaken = bookedSeat(rows[0]) + (await repository.joinedCount(bookingId));
      if (seatsTaken + seatsWanted > capacity) {
        throw schedulingError('CAPACITY_REACHED', `the group session has ${capacity - seatsTaken} of ${capacity} seats free, and ${seatsWanted} are asked for`, { capacity, seatsTaken });
      }
      if (familyId) await repository.join(bookingId, familyId, familyRegion!);
      else {
        const added = new Set(await repository.joinPersons(bookingId, persons));
        const already = persons.filter((p) => !added.has(p.personId)).map((p) => p.personId);
        if (already.length) alreadyJoined(already.length === 1 ? `person ${already[0]} is` : `${already.length} of these persons are`, { personIds: already });
      }
      return { appointments: rows, seatsTaken: seatsTaken + seatsWanted, capacity };
    });
    ctx.loaders.participants.clear(bookingId);
    ctx.loaders.sessionPersons.clear(bookingId);
    return { ...joined, appointments: written(ctx, joined.appointments, familyIds) };
  } catch (err) {
    if (familyId && isUniqueViolation(err)) alreadyJoined(`family ${familyId} is`, { familyId });
    throw err;
  }
}

/**
 * A person leaves a scheduled group session or education programme of the caller's agency: their seat
 * is free again. The row stays with the time they left, so their family's part in the session (and the
 * agency's involvement with the family) stays on record. CONFLICT, NOT_JOINED when they do not take part.
 */
export async function leaveGroupSession(ctx: Context, input: LeaveGroupSessionInput): Promise<Seats> {
  const problems = new InputProblems();
  const bookingId = problems.check(() => checkedId('bookingId', 'group session', input.bookingId))!;
  const personId = problems.check(() => checkedId('personId', 'person', input.personId))!;
  problems.throwIfAny();
  await sessionToChange(ctx, bookingId, input.bookingId);
  const left = await ctx.db.transaction(async (sql) => {
    const repository = new BookingRepository(sql);
    const rows = await lockedScheduled(repository, bookingId);
    const [leaving] = await repository.leave(bookingId, personId);
    if (!leaving) throw schedulingError('NOT_JOINED', `person ${personId} does not take part in this group session`, { personId });
    const capacity = rows[0].capacity ?? 0;
    const seatsTaken = bookedSeat(rows[0]) + (await repository.joinedCount(bookingId));
    return { appointments: rows, seatsTaken, capacity, familyId: leaving.familyId };
  });
  ctx.loaders.sessionPersons.clear(bookingId);
  return { appointments: written(ctx, left.appointments, [left.familyId]), seatsTaken: left.seatsTaken, capacity: left.capacity };
}
