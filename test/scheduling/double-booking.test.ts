import { randomUUID } from 'node:crypto';
import { BookingRepository } from '../../subgraphs/scheduling/src/appointment/booking.repository';
import { GraphQLAnswer, Stack, startStack } from '../support/stack';
import { agencyByCode, at, bookingInput, CLEAR_DAYS_AHEAD, familiesOf, fullTimeStaff, refusal, SCHEDULE, Scheduled, staffOf, workingDays } from './scheduling-fixtures';

/**
 * A staff member is never double-booked: the exclusion constraint on half-open ranges
 * decides, so concurrent bookings cannot both win and back-to-back bookings are allowed. ChildPRO
 * team 3, Hong Kong time.
 */
describe('no double booking, held by the database', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const team = () => agencyByCode(stack.world, 'CHILDPRO-3');

  /** Appointments holding a staff member's time (scheduled or completed) on a local date. */
  async function holding(staffId: string, date: string): Promise<Array<{ starts: string; ends: string }>> {
    const agency = team();
    return stack.subgraphs.scheduling.subgraph.db.query<{ starts: string; ends: string }>(
      `SELECT to_char(starts_at AT TIME ZONE $3, 'HH24:MI:SS') AS starts, to_char(ends_at AT TIME ZONE $3, 'HH24:MI:SS') AS ends
         FROM appointment WHERE staff_id = $1 AND status IN ('SCHEDULED', 'COMPLETED')
          AND starts_at >= $2::timestamptz AND starts_at < $2::timestamptz + interval '1 day' ORDER BY starts_at`,
      [staffId, at(agency, date, '00:00'), agency.timeZone],
    );
  }

  it('lets exactly one of 50 concurrent bookings of one staff member’s slot win; 49 are CONFLICT', async () => {
    const agency = team();
    const [worker] = fullTimeStaff(stack.world, agency);
    const families = familiesOf(stack.world, agency);
    const [date] = workingDays(agency, CLEAR_DAYS_AHEAD, 1);
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        stack.query<Scheduled>(staffOf(agency), SCHEDULE, { input: bookingInput([worker.id], families[i % families.length].id, at(agency, date, '10:00'), at(agency, date, '11:00')) }),
      ),
    );
    const won = answers.filter((a) => !a.errors);
    const refused = answers.filter((a) => a.errors);
    expect(won).toHaveLength(1);
    expect(refused).toHaveLength(49);
    for (const answer of refused) {
      expect(refusal(answer)).toMatchObject({ code: 'CONFLICT', rule: 'DOUBLE_BOOKED' });
      expect(answer.errors![0].message).not.toMatch(/exclusion|constraint|tstzrange|SQL/i);
    }
    expect(await holding(worker.id, date)).toEqual([{ starts: '10:00:00', ends: '11:00:00' }]);
  });

  it('answers a booking that PostgreSQL aborted to break a deadlock with DOUBLE_BOOKED, never an internal error', async () => {
    const agency = team();
    const [first, second] = fullTimeStaff(stack.world, agency);
    const [family] = familiesOf(stack.world, agency);
    const date = workingDays(agency, CLEAR_DAYS_AHEAD, 2)[1];
    const db = stack.subgraphs.scheduling.subgraph.db;
    const slot = (staffId: string) => ({
      bookingId: randomUUID(),
      kind: 'INDIVIDUAL_SESSION' as const,
      staffIds: [staffId],
      agencyId: agency.id,
      familyId: family.id,
      familyRegion: family.regionCode ?? family.hkDistrict ?? '',
      episodeId: null,
      referralId: null,
      place: 'CENTRE' as const,
      startsAt: new Date(at(agency, date, '10:00')),
      endsAt: new Date(at(agency, date, '11:00')),
      capacity: null,
      overrideReason: null,
    });
    const waitingOnLocks = async () => Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`))[0].n);
    // Another writer holds the second staff member's hour, uncommitted. The booking of both inserts the
    // first one's hour and then waits on that writer; the writer then inserts the first one's hour and
    // waits on the booking. PostgreSQL aborts one of the two to break the deadlock.
    let booking: Promise<GraphQLAnswer<Scheduled>> | undefined;
    const writer = db
      .transaction(async (sql) => {
        const repository = new BookingRepository(sql);
        await repository.insert(slot(second.id));
        booking = stack.query<Scheduled>(staffOf(agency), SCHEDULE, {
          input: bookingInput([first.id, second.id], family.id, at(agency, date, '10:00'), at(agency, date, '11:00')),
        });
        for (let tries = 0; (await waitingOnLocks()) === 0; tries++) {
          if (tries > 200) throw new Error('the booking never waited on the other writer');
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        await repository.insert(slot(first.id));
      })
      .then(
        () => 'COMMITTED',
        (err: unknown) => (err as { code?: string }).code ?? String(err),
      );
    const writerOutcome = await writer;
    const answer = await booking!;
    if (writerOutcome === 'COMMITTED') {
      expect(refusal(answer)).toMatchObject({ code: 'CONFLICT', rule: 'DOUBLE_BOOKED' });
    } else {
      expect(writerOutcome).toBe('40P01');
      expect(answer.errors).toBeUndefined();
    }
    expect(await holding(first.id, date)).toEqual([{ starts: '10:00:00', ends: '11:00:00' }]);
    expect(await holding(second.id, date)).toEqual([{ starts: '10:00:00', ends: '11:00:00' }]);
  });

  type Who = 'same' | 'other' | 'same+other' | 'other+third';
  interface OverlapCase {
    name: string;
    from: string;
    to: string;
    who: Who;
    /** What happens to the 10:00-11:00 booking first. */
    before?: 'cancel' | 'move';
    /** Book the candidate, or move another appointment of the same staff member onto it. */
    via?: 'schedule' | 'reschedule';
    expected: 'BOOKED' | 'CONFLICT';
  }

  /** Against a booking of one staff member from 10:00 to 11:00 local time. */
  const CASES: OverlapCase[] = [
    { name: 'the same hour', from: '10:00', to: '11:00', who: 'same', expected: 'CONFLICT' },
    { name: 'inside it', from: '10:15', to: '10:45', who: 'same', expected: 'CONFLICT' },
    { name: 'around it', from: '09:30', to: '11:30', who: 'same', expected: 'CONFLICT' },
    { name: 'across its start', from: '09:30', to: '10:30', who: 'same', expected: 'CONFLICT' },
    { name: 'across its end', from: '10:30', to: '11:30', who: 'same', expected: 'CONFLICT' },
    { name: 'the same start, shorter', from: '10:00', to: '10:30', who: 'same', expected: 'CONFLICT' },
    { name: 'the same end, later start', from: '10:30', to: '11:00', who: 'same', expected: 'CONFLICT' },
    { name: 'the same start, longer', from: '10:00', to: '12:00', who: 'same', expected: 'CONFLICT' },
    { name: 'the same end, earlier start', from: '09:00', to: '11:00', who: 'same', expected: 'CONFLICT' },
    { name: 'one minute over its start', from: '09:01', to: '10:01', who: 'same', expected: 'CONFLICT' },
    { name: 'one minute over its end', from: '10:59', to: '11:59', who: 'same', expected: 'CONFLICT' },
    { name: 'one second over its end', from: '10:59:59', to: '11:30', who: 'same', expected: 'CONFLICT' },
    { name: 'touching its start (back-to-back before)', from: '09:00', to: '10:00', who: 'same', expected: 'BOOKED' },
    { name: 'touching its end (back-to-back after)', from: '11:00', to: '12:00', who: 'same', expected: 'BOOKED' },
    { name: 'well before it', from: '09:00', to: '09:30', who: 'same', expected: 'BOOKED' },
    { name: 'well after it', from: '12:00', to: '13:00', who: 'same', expected: 'BOOKED' },
    { name: 'the same hour, another staff member', from: '10:00', to: '11:00', who: 'other', expected: 'BOOKED' },
    { name: 'around it, another staff member', from: '09:00', to: '12:00', who: 'other', expected: 'BOOKED' },
    { name: 'across its end, a pair that includes the booked staff member', from: '10:30', to: '11:30', who: 'same+other', expected: 'CONFLICT' },
    { name: 'the same hour, a pair of two other staff members', from: '10:00', to: '11:00', who: 'other+third', expected: 'BOOKED' },
    { name: 'the same hour after it was cancelled', from: '10:00', to: '11:00', who: 'same', before: 'cancel', expected: 'BOOKED' },
    { name: 'the same hour after it was moved away', from: '10:00', to: '11:00', who: 'same', before: 'move', expected: 'BOOKED' },
    { name: 'another appointment moved across its start', from: '09:30', to: '10:30', who: 'same', via: 'reschedule', expected: 'CONFLICT' },
    { name: 'another appointment moved to touch its end', from: '11:00', to: '11:45', who: 'same', via: 'reschedule', expected: 'BOOKED' },
  ];

  it(`has at least 20 overlap cases (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });

  const CANCEL = `mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { appointments { status } } }`;
  const RESCHEDULE = `mutation($input: RescheduleAppointmentInput!) { rescheduleAppointment(input: $input) { appointments { id } } }`;

  it.each(CASES.map((c, i) => [i, c.name, c] as const))('case %i: %s', async (index, _name, c) => {
    const agency = team();
    const [same, other, third] = fullTimeStaff(stack.world, agency);
    const families = familiesOf(stack.world, agency);
    const date = workingDays(agency, CLEAR_DAYS_AHEAD + 7, CASES.length)[index];
    const clock = (t: string) => new Date(Date.parse(at(agency, date, t.slice(0, 5))) + Number(t.slice(6) || 0) * 1000).toISOString();
    const as = staffOf(agency);
    const base = await stack.query<Scheduled>(as, SCHEDULE, { input: bookingInput([same.id], families[0].id, clock('10:00'), clock('11:00')) });
    expect(base.errors).toBeUndefined();
    const baseId = base.data!.scheduleAppointment.appointments[0].id;
    if (c.before === 'cancel') expect((await stack.query(as, CANCEL, { input: { appointmentId: baseId, expectedVersion: 1, reason: 'family asked' } })).errors).toBeUndefined();
    if (c.before === 'move') {
      expect((await stack.query(as, RESCHEDULE, { input: { appointmentId: baseId, expectedVersion: 1, startsAt: clock('14:00'), endsAt: clock('15:00') } })).errors).toBeUndefined();
    }
    const staffIds = { same: [same.id], other: [other.id], 'same+other': [same.id, other.id], 'other+third': [other.id, third.id] }[c.who];
    let answer;
    if (c.via === 'reschedule') {
      const elsewhere = await stack.query<Scheduled>(as, SCHEDULE, { input: bookingInput(staffIds, families[1].id, clock('15:00'), clock('16:00')) });
      expect(elsewhere.errors).toBeUndefined();
      const id = elsewhere.data!.scheduleAppointment.appointments[0].id;
      answer = await stack.query(as, RESCHEDULE, { input: { appointmentId: id, expectedVersion: 1, startsAt: clock(c.from), endsAt: clock(c.to) } });
    } else {
      answer = await stack.query(as, SCHEDULE, { input: bookingInput(staffIds, families[1].id, clock(c.from), clock(c.to)) });
    }
    if (c.expected === 'CONFLICT') {
      expect(refusal(answer)).toMatchObject({ code: 'CONFLICT', rule: 'DOUBLE_BOOKED' });
      // Nothing of the refused booking was written, not even the other staff member's half of a pair.
      if (c.who === 'same+other') expect(await holding(other.id, date)).toEqual([]);
    } else {
      expect(answer.errors).toBeUndefined();
    }
    // Whatever happened, the staff member holds 10:00-11:00 exactly once and no two of their appointments overlap.
    const sameHolds = await holding(same.id, date);
    expect(sameHolds.filter((h) => h.starts === '10:00:00' && h.ends === '11:00:00')).toHaveLength(1);
    for (let i = 1; i < sameHolds.length; i++) expect(sameHolds[i].starts >= sameHolds[i - 1].ends).toBe(true);
  });
});
