import { demoUser, Stack, startStack } from '../support/stack';
import { isoDayOfWeek } from '../../subgraphs/scheduling/src/calendar/zoned-time';
import {
  agencyByCode,
  at,
  bookingInput,
  CLEAR_DAYS_AHEAD,
  familiesOf,
  fullTimeStaff,
  HOLIDAYS,
  localToday,
  nextWeekday,
  refusal,
  SCHEDULE,
  Scheduled,
  staffOf,
  unknownId,
  workingDays,
} from './scheduling-fixtures';
import { clock } from '../../subgraphs/kit';

/**
 * The booking rules through the gateway: every refusal with its code and rule, and the
 * emergency override that waives the calendar's rules and is recorded. Balai Harum (Mataram, WITA,
 * office hours 08:00-16:00 Monday to Friday, 08:00-12:00 Saturday) and ChildPRO team 3 (Hong Kong).
 */
describe('booking rules through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const balaiHarum = () => agencyByCode(stack.world, 'BALAI-HARUM-MTR');
  const childPro = () => agencyByCode(stack.world, 'CHILDPRO-3');

  async function schedule(as: Parameters<Stack['query']>[0], input: Record<string, unknown>) {
    return stack.query<Scheduled>(as, SCHEDULE, { input });
  }

  it('books an hour inside Balai Harum’s hours and answers in WITA and UTC', async () => {
    const agency = balaiHarum();
    const [worker] = fullTimeStaff(stack.world, agency);
    const [family] = familiesOf(stack.world, agency);
    const [date] = workingDays(agency, CLEAR_DAYS_AHEAD, 1);
    const answer = await schedule(staffOf(agency), bookingInput([worker.id], family.id, at(agency, date, '09:00'), at(agency, date, '10:00')));
    expect(answer.errors).toBeUndefined();
    const [appointment] = answer.data!.scheduleAppointment.appointments;
    expect(appointment.startsAt).toBe(`${date}T01:00:00.000Z`);
    expect(appointment.startsAtLocal).toBe(`${date}T09:00:00+08:00`);
    expect(appointment.endsAtLocal).toBe(`${date}T10:00:00+08:00`);
    expect(appointment).toMatchObject({ status: 'SCHEDULED', version: 1, overrideReason: null, staff: { id: worker.id } });
  });

  it('refuses a Sunday as a closed day', async () => {
    const agency = childPro();
    const [worker] = fullTimeStaff(stack.world, agency);
    const sunday = nextWeekday(agency, 7, CLEAR_DAYS_AHEAD);
    const answer = await schedule(staffOf(agency), bookingInput([worker.id], familiesOf(stack.world, agency)[0].id, at(agency, sunday, '10:00'), at(agency, sunday, '11:00')));
    expect(refusal(answer)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'CLOSED_DAY', field: 'startsAt' });
    expect(answer.errors![0].message).toContain('Sunday');
    expect(answer.errors![0].extensions!.waivableByEmergencyOverride).toBe(true);
  });

  it('refuses a public holiday of the agency’s jurisdiction, naming it', async () => {
    for (const agency of [balaiHarum(), childPro()]) {
      const today = localToday(agency);
      const holiday = HOLIDAYS.find((h) => h.jurisdiction === agency.jurisdiction && h.date > today && agency.sessions.some((s) => s.dayOfWeek === isoDayOfWeek(h.date)));
      if (!holiday) throw new Error(`the shipped ${agency.jurisdiction} calendars have no holiday after ${today} on a working day: ship the next year's calendar`);
      const [worker] = fullTimeStaff(stack.world, agency);
      const answer = await schedule(staffOf(agency), bookingInput([worker.id], familiesOf(stack.world, agency)[0].id, at(agency, holiday.date, '10:00'), at(agency, holiday.date, '11:00')));
      expect(refusal(answer)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'CLOSED_DAY' });
      expect(answer.errors![0].extensions).toMatchObject({ date: holiday.date, closure: holiday.name });
    }
  });

  it('refuses a time outside the agency’s sessions: before opening, after closing, across closing', async () => {
    const agency = balaiHarum();
    const [worker] = fullTimeStaff(stack.world, agency);
    const family = familiesOf(stack.world, agency)[0];
    const [date] = workingDays(agency, CLEAR_DAYS_AHEAD + 1, 1);
    for (const [from, to] of [
      ['07:00', '08:00'],
      ['16:00', '17:00'],
      ['15:30', '16:30'],
    ]) {
      const answer = await schedule(staffOf(agency), bookingInput([worker.id], family.id, at(agency, date, from), at(agency, date, to)));
      expect(refusal(answer)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'OUTSIDE_SESSIONS', field: 'startsAt' });
    }
  });

  it('reads the hours in the agency’s own zone: 08:00 WIB is 09:00 WITA, inside Mataram’s hours; 15:30 WIB is outside', async () => {
    const agency = balaiHarum();
    const [, worker] = fullTimeStaff(stack.world, agency);
    const family = familiesOf(stack.world, agency)[1];
    const [date] = workingDays(agency, CLEAR_DAYS_AHEAD + 2, 1);
    const jakarta = (clock: string) => new Date(Date.parse(`${date}T${clock}:00+07:00`)).toISOString();
    const late = await schedule(staffOf(agency), bookingInput([worker.id], family.id, jakarta('15:30'), jakarta('16:00')));
    expect(refusal(late)).toMatchObject({ rule: 'OUTSIDE_SESSIONS' });
    const early = await schedule(staffOf(agency), bookingInput([worker.id], family.id, jakarta('07:00'), jakarta('08:00')));
    expect(early.errors).toBeUndefined();
    expect(early.data!.scheduleAppointment.appointments[0].startsAtLocal).toBe(`${date}T08:00:00+08:00`);
  });

  it('refuses a time the agency is open but the staff member is not rostered', async () => {
    const agency = childPro();
    const partTimer = stack.world.staff.find((s) => s.agencyId === agency.id && s.active && s.rosterSessionIds.length > 0 && s.rosterSessionIds.length < agency.sessions.length);
    if (!partTimer) throw new Error('ChildPRO team 3 has no part-time staff member in the demo world');
    const offSession = agency.sessions.find((s) => !partTimer.rosterSessionIds.includes(s.id))!;
    const date = nextWeekday(agency, offSession.dayOfWeek, CLEAR_DAYS_AHEAD);
    const start = offSession.kind === 'EVENING' ? '14:00' : '10:00';
    const end = offSession.kind === 'EVENING' ? '15:00' : '11:00';
    const answer = await schedule(staffOf(agency), bookingInput([partTimer.id], familiesOf(stack.world, agency)[0].id, at(agency, date, start), at(agency, date, end)));
    expect(refusal(answer)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'OUTSIDE_ROSTER', field: 'staffIds[0]' });
    expect(answer.errors![0].extensions!.staffId).toBe(partTimer.id);
  });

  it('books on a closed day and outside the roster under an emergency override, recording the reason for the agency only', async () => {
    const agency = childPro();
    const [worker] = fullTimeStaff(stack.world, agency);
    const family = familiesOf(stack.world, agency)[2];
    const sunday = nextWeekday(agency, 7, CLEAR_DAYS_AHEAD + 7);
    const reason = 'Child disclosed abuse on Saturday evening; forensic interview escort cannot wait until Monday';
    const answer = await schedule(
      staffOf(agency),
      bookingInput([worker.id], family.id, at(agency, sunday, '19:00'), at(agency, sunday, '22:00'), {
        kind: 'ESCORT',
        place: 'HOSPITAL',
        emergencyOverride: { reason: `  ${reason} ` },
      }),
    );
    expect(answer.errors).toBeUndefined();
    const [booked] = answer.data!.scheduleAppointment.appointments;
    expect(booked.overrideReason).toBe(reason);
    expect(booked.startsAtLocal).toBe(`${sunday}T19:00:00+08:00`);

    const read = `query($id: ID!) { appointment(id: $id) { id overrideReason } }`;
    const own = await stack.query<{ appointment: { overrideReason: string } }>(demoUser('childpro-worker'), read, { id: booked.id });
    expect(own.data!.appointment.overrideReason).toBe(reason);
    const otherTeam = await stack.query(staffOf(agencyByCode(stack.world, 'CHILDPRO-1')), read, { id: booked.id });
    expect(otherTeam.data).toEqual({ appointment: null });
    const areaManager = { ...staffOf(agencyByCode(stack.world, 'CHILDPRO-1'), ['AREA_MANAGER']), area: [family.hkDistrict!] };
    const managed = await stack.query<{ appointment: { id: string; overrideReason: null } }>(areaManager, read, { id: booked.id });
    expect(managed.data!.appointment).toEqual({ id: booked.id, overrideReason: null });
    expect(refusal(managed)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('does not waive the time rules with an override', async () => {
    const agency = balaiHarum();
    const [worker] = fullTimeStaff(stack.world, agency);
    const family = familiesOf(stack.world, agency)[0];
    const override = { emergencyOverride: { reason: 'urgent' } };
    const [date] = workingDays(agency, CLEAR_DAYS_AHEAD, 1);
    const cases: Array<[string, string, string]> = [
      ['END_BEFORE_START', at(agency, date, '10:00'), at(agency, date, '09:00')],
      ['END_BEFORE_START', at(agency, date, '10:00'), at(agency, date, '10:00')],
      ['TOO_LONG', at(agency, date, '08:00'), at(agency, date, '16:01')],
      ['IN_THE_PAST', new Date(clock.nowMs() - 3_600_000).toISOString(), new Date(clock.nowMs() + 3_600_000).toISOString()],
    ];
    for (const [rule, startsAt, endsAt] of cases) {
      const answer = await schedule(staffOf(agency), bookingInput([worker.id], family.id, startsAt, endsAt, override));
      expect(refusal(answer)).toMatchObject({ code: 'BAD_USER_INPUT', rule });
    }
  });

  it('refuses an inactive staff member, another agency’s staff, and references that do not resolve', async () => {
    const agency = balaiHarum();
    const [date] = workingDays(agency, CLEAR_DAYS_AHEAD, 1);
    const slot = [at(agency, date, '13:00'), at(agency, date, '14:00')] as const;
    const family = familiesOf(stack.world, agency)[0];
    const inactive =
      stack.world.staff.find((s) => !s.active && s.agencyId === agency.id) ?? stack.world.staff.find((s) => !s.active && stack.world.agencies.find((a) => a.id === s.agencyId)!.jurisdiction === 'ID');
    if (!inactive) throw new Error('the demo world has no inactive Indonesian staff member');
    const inactiveAgency = stack.world.agencies.find((a) => a.id === inactive.agencyId)!;
    const asInactiveAgency = await schedule(staffOf(inactiveAgency), bookingInput([inactive.id], family.id, ...slot, { emergencyOverride: { reason: 'test' } }));
    expect(refusal(asInactiveAgency)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'STAFF_INACTIVE', field: 'staffIds[0]' });

    const [worker] = fullTimeStaff(stack.world, agency);
    const foreign = await schedule(staffOf(agencyByCode(stack.world, 'DINSOS-MTR')), bookingInput([worker.id], family.id, ...slot));
    expect(refusal(foreign)).toMatchObject({ code: 'FORBIDDEN' });

    const hongKongFamily = familiesOf(stack.world, childPro())[0];
    const invisibleFamily = await schedule(staffOf(agency), bookingInput([worker.id], hongKongFamily.id, ...slot));
    expect(refusal(invisibleFamily)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'NOT_FOUND', field: 'familyId' });
    const noReferral = await schedule(staffOf(agency), bookingInput([worker.id], family.id, ...slot, { referralId: unknownId() }));
    expect(refusal(noReferral)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'NOT_FOUND', field: 'referralId' });
    const unknownStaff = await schedule(staffOf(agency), bookingInput([unknownId()], family.id, ...slot));
    expect(refusal(unknownStaff)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'NOT_FOUND', field: 'staffIds[0]' });
  });

  it('checks the episode and referral it follows from against the family and the agency', async () => {
    const world = stack.world;
    const agency = childPro();
    const episode = world.episodes.find((e) => e.agencyId === agency.id && e.status !== 'CLOSED' && e.referralId);
    if (!episode) throw new Error('ChildPRO team 3 has no open episode from a referral in the demo world');
    const [worker] = fullTimeStaff(world, agency);
    const [date] = workingDays(agency, CLEAR_DAYS_AHEAD + 3, 1);
    const slot = [at(agency, date, '10:00'), at(agency, date, '11:00')] as const;
    const ok = await schedule(staffOf(agency), bookingInput([worker.id], episode.familyId, ...slot, { serviceEpisodeId: episode.id, referralId: episode.referralId }));
    expect(ok.errors).toBeUndefined();
    const otherFamily = familiesOf(world, agency).find((f) => f.id !== episode.familyId)!;
    const mismatch = await schedule(staffOf(agency), bookingInput([worker.id], otherFamily.id, at(agency, date, '12:00'), at(agency, date, '13:00'), { serviceEpisodeId: episode.id }));
    expect(refusal(mismatch)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'FAMILY_MISMATCH', field: 'serviceEpisodeId' });
  });

  it('books two staff for an escort as one booking, all or nothing', async () => {
    const agency = childPro();
    const [a, b] = fullTimeStaff(stack.world, agency);
    const families = familiesOf(stack.world, agency);
    const [date] = workingDays(agency, CLEAR_DAYS_AHEAD + 4, 1);
    const blocker = await schedule(staffOf(agency), bookingInput([b.id], families[0].id, at(agency, date, '11:00'), at(agency, date, '12:00')));
    expect(blocker.errors).toBeUndefined();
    const clash = await schedule(staffOf(agency), bookingInput([a.id, b.id], families[1].id, at(agency, date, '10:30'), at(agency, date, '11:30'), { kind: 'ESCORT', place: 'COURT' }));
    expect(refusal(clash)).toMatchObject({ code: 'CONFLICT', rule: 'DOUBLE_BOOKED' });
    const aloneAfterwards = await schedule(staffOf(agency), bookingInput([a.id], families[2].id, at(agency, date, '10:30'), at(agency, date, '11:30')));
    expect(aloneAfterwards.errors).toBeUndefined();

    const pair = await schedule(staffOf(agency), bookingInput([a.id, b.id], families[1].id, at(agency, date, '14:00'), at(agency, date, '16:00'), { kind: 'HOME_VISIT', place: 'HOME' }));
    expect(pair.errors).toBeUndefined();
    const booking = pair.data!.scheduleAppointment;
    expect(booking.appointments.map((x) => x.staff.id).sort()).toEqual([a.id, b.id].sort());
    const shared = await stack.query<{ appointment: { bookingId: string } }>(staffOf(agency), `query($id: ID!) { appointment(id: $id) { bookingId } }`, { id: booking.appointments[0].id });
    expect(shared.data!.appointment.bookingId).toBe(booking.bookingId);
  });

  it('reschedules, cancels and records outcomes at the version read, refusing stale versions', async () => {
    const agency = balaiHarum();
    const [, , worker] = fullTimeStaff(stack.world, agency);
    const family = familiesOf(stack.world, agency)[3];
    // Weekdays: the afternoon times below are outside Balai Harum's shorter Saturday session.
    const [d1, d2] = workingDays(agency, CLEAR_DAYS_AHEAD + 5, 10).filter((d) => isoDayOfWeek(d) <= 5);
    const booked = await schedule(staffOf(agency), bookingInput([worker.id], family.id, at(agency, d1, '10:00'), at(agency, d1, '11:00')));
    const id = booked.data!.scheduleAppointment.appointments[0].id;
    const reschedule = `mutation($input: RescheduleAppointmentInput!) { rescheduleAppointment(input: $input) { appointments { id version startsAtLocal } } }`;
    const moved = await stack.query<{ rescheduleAppointment: { appointments: Array<{ version: number; startsAtLocal: string }> } }>(staffOf(agency), reschedule, {
      input: { appointmentId: id, expectedVersion: 1, startsAt: at(agency, d2, '13:00'), endsAt: at(agency, d2, '14:00') },
    });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.rescheduleAppointment.appointments[0]).toEqual(expect.objectContaining({ version: 2, startsAtLocal: `${d2}T13:00:00+08:00` }));
    const stale = await stack.query(staffOf(agency), reschedule, { input: { appointmentId: id, expectedVersion: 1, startsAt: at(agency, d2, '14:00'), endsAt: at(agency, d2, '15:00') } });
    expect(refusal(stale)).toMatchObject({ code: 'CONFLICT', rule: 'STALE_VERSION' });
    expect(stale.errors![0].extensions!.currentVersion).toBe(2);
    const outside = await stack.query(staffOf(agency), reschedule, { input: { appointmentId: id, expectedVersion: 2, startsAt: at(agency, d2, '16:00'), endsAt: at(agency, d2, '17:00') } });
    expect(refusal(outside)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'OUTSIDE_SESSIONS' });

    const outcome = `mutation($input: RecordAppointmentOutcomeInput!) { recordAppointmentOutcome(input: $input) { appointments { status } } }`;
    const early = await stack.query(staffOf(agency), outcome, { input: { appointmentId: id, expectedVersion: 2, outcome: 'COMPLETED' } });
    expect(refusal(early)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'NOT_STARTED' });

    const cancel = `mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { appointments { status version cancelReason } } }`;
    const blank = await stack.query(staffOf(agency), cancel, { input: { appointmentId: id, expectedVersion: 2, reason: '  ' } });
    expect(refusal(blank)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const foreign = await stack.query(staffOf(agencyByCode(stack.world, 'DINSOS-MTR')), cancel, { input: { appointmentId: id, expectedVersion: 2, reason: 'x' } });
    expect(refusal(foreign)).toMatchObject({ code: 'NOT_FOUND' });
    const cancelled = await stack.query<{ cancelAppointment: { appointments: Array<{ status: string; version: number; cancelReason: string }> } }>(staffOf(agency), cancel, {
      input: { appointmentId: id, expectedVersion: 2, reason: 'family moved to Lombok Timur' },
    });
    expect(cancelled.data!.cancelAppointment.appointments[0]).toEqual({ status: 'CANCELLED', version: 3, cancelReason: 'family moved to Lombok Timur' });
    const again = await stack.query(staffOf(agency), cancel, { input: { appointmentId: id, expectedVersion: 3, reason: 'again' } });
    expect(refusal(again)).toMatchObject({ code: 'CONFLICT', rule: 'NOT_SCHEDULED' });
    const rebook = await schedule(staffOf(agency), bookingInput([worker.id], family.id, at(agency, d2, '13:00'), at(agency, d2, '14:00')));
    expect(rebook.errors).toBeUndefined();
  });

  it('records the outcome of an appointment once it has started', async () => {
    const agency = balaiHarum();
    const [worker] = fullTimeStaff(stack.world, agency);
    const family = familiesOf(stack.world, agency)[4];
    const [date] = workingDays(agency, CLEAR_DAYS_AHEAD + 5, 1);
    const booked = await schedule(staffOf(agency), bookingInput([worker.id], family.id, at(agency, date, '11:00'), at(agency, date, '12:00')));
    expect(booked.errors).toBeUndefined();
    const id = booked.data!.scheduleAppointment.appointments[0].id;
    // Time passes: the appointment is moved to have begun an hour before the clock's now.
    const now = clock.nowMs();
    await stack.subgraphs.scheduling.subgraph.db.query(`UPDATE appointment SET starts_at = $2, ends_at = $3 WHERE id = $1`, [id, new Date(now - 3_600_000), new Date(now)]);
    const outcome = `mutation($input: RecordAppointmentOutcomeInput!) { recordAppointmentOutcome(input: $input) { appointments { status version } } }`;
    const answer = await stack.query<{ recordAppointmentOutcome: { appointments: Array<{ status: string; version: number }> } }>(staffOf(agency), outcome, {
      input: { appointmentId: id, expectedVersion: 1, outcome: 'NO_SHOW' },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.recordAppointmentOutcome.appointments).toEqual([{ status: 'NO_SHOW', version: 2 }]);
    const twice = await stack.query(staffOf(agency), outcome, { input: { appointmentId: id, expectedVersion: 2, outcome: 'COMPLETED' } });
    expect(refusal(twice)).toMatchObject({ code: 'CONFLICT', rule: 'NOT_SCHEDULED' });
  });

  it('fills a group session up to its capacity, even when families join at once', async () => {
    const agency = childPro();
    const [, , facilitator] = fullTimeStaff(stack.world, agency);
    const families = familiesOf(stack.world, agency);
    const [date] = workingDays(agency, CLEAR_DAYS_AHEAD + 6, 1);
    const created = await schedule(staffOf(agency), bookingInput([facilitator.id], families[0].id, at(agency, date, '10:00'), at(agency, date, '12:00'), { kind: 'GROUP_SESSION', capacity: 4 }));
    expect(created.errors).toBeUndefined();
    const { bookingId } = created.data!.scheduleAppointment;
    expect(created.data!.scheduleAppointment.appointments[0]).toMatchObject({ capacity: 4, seatsTaken: 1 });
    const join = `mutation($input: JoinGroupSessionInput!) { joinGroupSession(input: $input) { seatsTaken capacity appointments { id } } }`;
    const answers = await Promise.all(families.slice(1, 9).map((f) => stack.query<{ joinGroupSession: { seatsTaken: number } }>(staffOf(agency), join, { input: { bookingId, familyId: f.id } })));
    const joined = answers.filter((a) => !a.errors);
    expect(joined).toHaveLength(3);
    expect(joined.map((a) => a.data!.joinGroupSession.seatsTaken).sort()).toEqual([2, 3, 4]);
    for (const refused of answers.filter((a) => a.errors)) expect(refusal(refused)).toMatchObject({ code: 'CONFLICT', rule: 'CAPACITY_REACHED' });
    const twice = await stack.query(staffOf(agency), join, { input: { bookingId, familyId: families[0].id } });
    expect(refusal(twice)).toMatchObject({ code: 'CONFLICT', rule: 'ALREADY_JOINED' });

    const joinedFamily = families.slice(1, 9)[answers.findIndex((a) => !a.errors)];
    const profile = await stack.query<{ family: { appointments: Array<{ bookingId: string; seatsTaken: number; participants: Array<{ id: string }> }> } }>(
      demoUser('childpro-worker'),
      `query($id: ID!) { family(id: $id) { appointments(window: UPCOMING) { bookingId seatsTaken participants { id } } } }`,
      { id: joinedFamily.id },
    );
    expect(profile.errors).toBeUndefined();
    const session = profile.data!.family.appointments.find((a) => a.bookingId === bookingId);
    expect(session).toBeDefined();
    expect(session!.seatsTaken).toBe(4);
    expect(session!.participants.map((p) => p.id)).toContain(joinedFamily.id);
  });

  it('refuses a capacity on anything but a group session, and a group session without one', async () => {
    const agency = childPro();
    const [worker] = fullTimeStaff(stack.world, agency);
    const family = familiesOf(stack.world, agency)[0];
    const [date] = workingDays(agency, CLEAR_DAYS_AHEAD + 6, 1);
    const slot = [at(agency, date, '15:00'), at(agency, date, '16:00')] as const;
    expect(refusal(await schedule(staffOf(agency), bookingInput([worker.id], family.id, ...slot, { capacity: 3 })))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capacity', rule: 'GROUP_ONLY' });
    expect(refusal(await schedule(staffOf(agency), bookingInput([worker.id], family.id, ...slot, { kind: 'GROUP_SESSION' })))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'capacity',
      rule: 'REQUIRED',
    });
  });
});
