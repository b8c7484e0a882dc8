import { demoUser, Stack, startStack } from '../support/stack';
import type { WorldAgency, WorldFamily } from '../../demo/world-types';
import { agencyByCode, at, bookingInput, CLEAR_DAYS_AHEAD, familiesOf, fullTimeStaff, refusal, SCHEDULE, Scheduled, staffOf, workingDays } from './scheduling-fixtures';
import { clock } from '../../subgraphs/kit';

const EVENT = `query($id: ID!) {
  appointment(id: $id) {
    id kind status capacity seatsTaken attendanceCount family { id } participants { id }
    registeredPersons { person { id } family { id } leftAt }
  }
}`;

const ATTENDANCE = `mutation($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) { appointments { id status version attendanceCount } }
}`;

const JOIN = `mutation($input: JoinGroupSessionInput!) { joinGroupSession(input: $input) { seatsTaken capacity } }`;
const LEAVE = `mutation($input: LeaveGroupSessionInput!) { leaveGroupSession(input: $input) { seatsTaken capacity } }`;
const RESCHEDULE = `mutation($input: RescheduleAppointmentInput!) { rescheduleAppointment(input: $input) { appointments { id version startsAt } } }`;

interface EventAnswer {
  appointment: {
    id: string;
    kind: string;
    status: string;
    capacity: number | null;
    seatsTaken: number | null;
    attendanceCount: number | null;
    family: { id: string } | null;
    participants: Array<{ id: string }>;
    registeredPersons: Array<{ person: { id: string }; family: { id: string }; leftAt: string | null }>;
  } | null;
}

/**
 * Community events, group sessions of persons and safe home visits, through the gateway: PUSPAGA Kota
 * Bandung's community education (edukasi) with no family and its attendance; a ChildPRO group session
 * that persons of several families join and leave; and home visits of families whose address UPTD PPA
 * Kota Tangerang Selatan protects, which no other agency may book and which UPTD PPA books only once
 * it confirms.
 */
describe('community events, group sessions of persons and safe home visits', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const puspaga = () => agencyByCode(stack.world, 'PUSPAGA-BDG');
  const schedule = (as: Parameters<Stack['query']>[0], input: Record<string, unknown>) => stack.query<Scheduled>(as, SCHEDULE, { input });

  /** An active staff member of the agency with no demo appointment in the next `hours` hours. */
  function freeNow(agency: WorldAgency, hours: number) {
    const now = clock.nowMs();
    const busy = new Set(stack.world.appointments.filter((a) => Date.parse(a.startsAt) < now + hours * 3_600_000 && Date.parse(a.endsAt) > now).map((a) => a.staffId));
    const member = stack.world.staff.find((s) => s.agencyId === agency.id && s.active && !busy.has(s.id));
    if (!member) throw new Error(`${agency.code} has nobody free now in the demo world`);
    return member;
  }

  /**
   * A family whose address UPTD PPA protects, with an agency that works with it (it referred the family)
   * and does not protect it.
   */
  function protectedFamily(): { family: WorldFamily; protecting: WorldAgency; other: WorldAgency } {
    const protecting = agencyByCode(stack.world, 'UPTD-PPA-TANGSEL');
    for (const family of stack.world.families.filter((f) => f.addressProtected && f.protectingAgencyId === protecting.id)) {
      const referral = stack.world.referrals.find((r) => r.familyId === family.id && r.fromAgencyId !== protecting.id);
      if (referral) return { family, protecting, other: stack.world.agencies.find((a) => a.id === referral.fromAgencyId)! };
    }
    throw new Error('the demo world has no family protected by UPTD-PPA-TANGSEL that another agency referred');
  }

  it('lets PUSPAGA Bandung hold community education with no family and record 40 attendees once it started', async () => {
    const agency = puspaga();
    const [facilitator] = fullTimeStaff(stack.world, agency);
    const [date] = workingDays(agency, CLEAR_DAYS_AHEAD + 2, 1);
    const slot = [at(agency, date, '09:00'), at(agency, date, '11:00')] as const;
    const event = { kind: 'EDUCATION_PROGRAMME', staffIds: [facilitator.id], place: 'OTHER', startsAt: slot[0], endsAt: slot[1] };

    expect(refusal(await schedule(staffOf(agency), event))).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'REQUIRED', field: 'capacity' });
    expect(refusal(await schedule(staffOf(agency), { ...event, place: 'HOME', capacity: 60 }))).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'HOME_WITHOUT_FAMILY', field: 'place' });
    expect(refusal(await schedule(staffOf(agency), { ...event, kind: 'GROUP_SESSION', capacity: 60 }))).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'REQUIRED', field: 'familyId' });
    expect(refusal(await schedule(staffOf(agency), { ...event, capacity: 1001 }))).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'RANGE', field: 'capacity' });

    const booked = await schedule(staffOf(agency), { ...event, capacity: 60 });
    expect(booked.errors).toBeUndefined();
    const [appointment] = booked.data!.scheduleAppointment.appointments;
    expect(appointment).toMatchObject({ status: 'SCHEDULED', capacity: 60, seatsTaken: 0 });

    const read = await stack.query<EventAnswer>(staffOf(agency), EVENT, { id: appointment.id });
    expect(read.errors).toBeUndefined();
    expect(read.data!.appointment).toMatchObject({ kind: 'EDUCATION_PROGRAMME', family: null, participants: [], registeredPersons: [], attendanceCount: null });

    // Not yet begun: no attendance.
    expect(refusal(await stack.query(staffOf(agency), ATTENDANCE, { input: { appointmentId: appointment.id, expectedVersion: 1, attendanceCount: 40 } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'NOT_STARTED',
    });

    // An event under way: it starts in a moment (outside the week's sessions, so with an override).
    const member = freeNow(agency, 2);
    const startsAt = clock.nowMs() + 1500;
    const now = await schedule(staffOf(agency), {
      kind: 'EDUCATION_PROGRAMME',
      staffIds: [member.id],
      place: 'CENTRE',
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + 3_600_000).toISOString(),
      capacity: 60,
      emergencyOverride: { reason: 'Sosialisasi pengasuhan positif di kelurahan, dijadwalkan mendadak' },
    });
    expect(now.errors).toBeUndefined();
    const [running] = now.data!.scheduleAppointment.appointments;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, startsAt - clock.nowMs()) + 300));

    expect(refusal(await stack.query(staffOf(agency), ATTENDANCE, { input: { appointmentId: running.id, expectedVersion: 1, attendanceCount: 61 } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'RANGE',
      field: 'attendanceCount',
    });
    const recorded = await stack.query<{ recordAttendance: { appointments: Array<{ status: string; version: number; attendanceCount: number }> } }>(staffOf(agency), ATTENDANCE, {
      input: { appointmentId: running.id, expectedVersion: 1, attendanceCount: 40 },
    });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordAttendance.appointments).toEqual([{ id: running.id, status: 'COMPLETED', version: 2, attendanceCount: 40 }]);
    const stale = await stack.query(staffOf(agency), ATTENDANCE, { input: { appointmentId: running.id, expectedVersion: 1, attendanceCount: 41 } });
    expect(refusal(stale)).toMatchObject({ code: 'CONFLICT', rule: 'STALE_VERSION' });
  });

  it('shows another agency nothing of a community event', async () => {
    const agency = puspaga();
    const [, facilitator] = fullTimeStaff(stack.world, agency);
    const [date] = workingDays(agency, CLEAR_DAYS_AHEAD + 3, 1);
    const booked = await schedule(staffOf(agency), {
      kind: 'EDUCATION_PROGRAMME',
      staffIds: [facilitator.id],
      place: 'SCHOOL',
      startsAt: at(agency, date, '10:00'),
      endsAt: at(agency, date, '11:30'),
      capacity: 120,
    });
    expect(booked.errors).toBeUndefined();
    const [appointment] = booked.data!.scheduleAppointment.appointments;

    // A parent of a Bandung family registers for it.
    const family = familiesOf(stack.world, agency).find((f) => f.members.length > 0)!;
    const registered = await stack.query<{ joinGroupSession: { seatsTaken: number } }>(staffOf(agency), JOIN, {
      input: { bookingId: booked.data!.scheduleAppointment.bookingId, personIds: [family.members[0].id] },
    });
    expect(registered.errors).toBeUndefined();
    expect(registered.data!.joinGroupSession).toEqual({ seatsTaken: 1, capacity: 120 });
    const own = await stack.query<EventAnswer>(staffOf(agency), EVENT, { id: appointment.id });
    expect(own.data!.appointment).toMatchObject({
      id: appointment.id,
      capacity: 120,
      seatsTaken: 1,
      participants: [{ id: family.id }],
      registeredPersons: [{ person: { id: family.members[0].id }, family: { id: family.id }, leftAt: null }],
    });
    const outsider = agencyByCode(stack.world, 'LK3-TANGSEL');
    const read = await stack.query<EventAnswer>(staffOf(outsider), EVENT, { id: appointment.id });
    expect(read.errors).toBeUndefined();
    expect(read.data!.appointment).toBeNull();
    // Both reads of the event are audited, with no family of its own to name.
    const audited = await stack.subgraphs.scheduling.subgraph.db.query<{ outcome: string; family_ids: string[] }>(
      `SELECT outcome, family_ids::text[] AS family_ids FROM audit_log WHERE operation = 'READ' AND record_type = 'Appointment' AND $1 = ANY(record_ids) ORDER BY at`,
      [appointment.id],
    );
    expect(audited).toEqual([
      { outcome: 'ALLOWED', family_ids: [] },
      { outcome: 'DENIED', family_ids: [] },
    ]);
    const attendance = await stack.query(staffOf(outsider), ATTENDANCE, { input: { appointmentId: appointment.id, expectedVersion: 1, attendanceCount: 1 } });
    expect(refusal(attendance)).toMatchObject({ code: 'NOT_FOUND' });
    // A manager of another jurisdiction sees nothing either.
    const hk = await stack.query<EventAnswer>({ sub: 'test:hk-manager', roles: ['AREA_MANAGER'], jur: 'HK', area: ['Sha Tin'] }, EVENT, { id: appointment.id });
    expect(hk.data!.appointment).toBeNull();
  });

  it('seats persons of two families in a group session, one of whom leaves', async () => {
    const agency = agencyByCode(stack.world, 'CHILDPRO-3');
    const [, , , facilitator] = fullTimeStaff(stack.world, agency);
    const families = familiesOf(stack.world, agency).filter((f) => f.members.length > 0);
    const [host, first, second, third] = families;
    const [date] = workingDays(agency, CLEAR_DAYS_AHEAD + 7, 1);
    const created = await schedule(staffOf(agency), bookingInput([facilitator.id], host.id, at(agency, date, '10:00'), at(agency, date, '12:00'), { kind: 'GROUP_SESSION', capacity: 3 }));
    expect(created.errors).toBeUndefined();
    const { bookingId } = created.data!.scheduleAppointment;
    const [session] = created.data!.scheduleAppointment.appointments;

    const [leaver, stayer] = [first.members[0], second.members[0]];
    expect(refusal(await stack.query(staffOf(agency), JOIN, { input: { bookingId, familyId: first.id, personIds: [leaver.id] } }))).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'ONE_OF' });
    const joined = await stack.query<{ joinGroupSession: { seatsTaken: number; capacity: number } }>(staffOf(agency), JOIN, { input: { bookingId, personIds: [leaver.id, stayer.id] } });
    expect(joined.errors).toBeUndefined();
    expect(joined.data!.joinGroupSession).toEqual({ seatsTaken: 3, capacity: 3 });
    expect(refusal(await stack.query(staffOf(agency), JOIN, { input: { bookingId, personIds: [third.members[0].id] } }))).toMatchObject({ code: 'CONFLICT', rule: 'CAPACITY_REACHED' });

    const left = await stack.query<{ leaveGroupSession: { seatsTaken: number } }>(staffOf(agency), LEAVE, { input: { bookingId, personId: leaver.id } });
    expect(left.errors).toBeUndefined();
    expect(left.data!.leaveGroupSession).toEqual({ seatsTaken: 2, capacity: 3 });
    expect(refusal(await stack.query(staffOf(agency), LEAVE, { input: { bookingId, personId: leaver.id } }))).toMatchObject({ code: 'CONFLICT', rule: 'NOT_JOINED', field: 'personId' });
    expect(refusal(await stack.query(staffOf(agency), JOIN, { input: { bookingId, personIds: [stayer.id] } }))).toMatchObject({ code: 'CONFLICT', rule: 'ALREADY_JOINED' });

    const read = await stack.query<EventAnswer>(staffOf(agency), EVENT, { id: session.id });
    expect(read.errors).toBeUndefined();
    const appointment = read.data!.appointment!;
    expect(appointment.seatsTaken).toBe(2);
    expect(appointment.participants.map((p) => p.id)).toEqual([host.id, second.id]);
    // The one who left stays on record, with their family.
    expect(appointment.registeredPersons).toHaveLength(2);
    expect(appointment.registeredPersons).toEqual(
      expect.arrayContaining([
        { person: { id: leaver.id }, family: { id: first.id }, leftAt: expect.any(String) },
        { person: { id: stayer.id }, family: { id: second.id }, leftAt: null },
      ]),
    );

    const profile = await stack.query<{ family: { appointments: Array<{ bookingId: string }> } }>(
      demoUser('childpro-worker'),
      `query($id: ID!) { family(id: $id) { appointments(window: UPCOMING) { bookingId } } }`,
      { id: second.id },
    );
    expect(profile.errors).toBeUndefined();
    expect(profile.data!.family.appointments.map((a) => a.bookingId)).toContain(bookingId);

    // The freed seat can be taken again.
    const again = await stack.query<{ joinGroupSession: { seatsTaken: number } }>(staffOf(agency), JOIN, { input: { bookingId, personIds: [third.members[0].id] } });
    expect(again.data?.joinGroupSession.seatsTaken).toBe(3);
  });

  it('refuses a home visit at a protected address to an agency that does not protect the family, without telling where', async () => {
    const { family, other } = protectedFamily();
    const [worker] = fullTimeStaff(stack.world, other);
    const [date] = workingDays(other, CLEAR_DAYS_AHEAD + 4, 1);
    const visit = bookingInput([worker.id], family.id, at(other, date, '10:00'), at(other, date, '11:00'), { kind: 'HOME_VISIT', place: 'HOME' });
    for (const input of [visit, { ...visit, confirmProtectedAddress: true }, { ...visit, kind: 'INDIVIDUAL_SESSION' }]) {
      const refused = refusal(await schedule(staffOf(other), input));
      expect(refused).toMatchObject({ code: 'FORBIDDEN', rule: 'PROTECTED_ADDRESS', field: 'familyId' });
      for (const secret of [family.street, family.rtRw, family.regionCode, 'UPTD']) if (secret) expect(refused.message).not.toContain(secret);
    }
    // Each refusal is in the family's audit trail, as it tells that the family is protected.
    const [{ n }] = await stack.subgraphs.scheduling.subgraph.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE operation = 'WRITE' AND outcome = 'DENIED' AND record_type = 'Appointment' AND $1 = ANY(family_ids)`,
      [family.id],
    );
    expect(n).toBe(3);
    // The family can still be met elsewhere.
    const atCentre = await schedule(staffOf(other), { ...visit, kind: 'INDIVIDUAL_SESSION', place: 'CENTRE' });
    expect(atCentre.errors).toBeUndefined();
  });

  it('books a home visit at a protected address for the protecting agency only once it confirms, and again to move it', async () => {
    const { family, protecting } = protectedFamily();
    const [worker] = fullTimeStaff(stack.world, protecting);
    const [date, later] = workingDays(protecting, CLEAR_DAYS_AHEAD + 5, 2);
    const visit = bookingInput([worker.id], family.id, at(protecting, date, '10:00'), at(protecting, date, '11:00'), { kind: 'HOME_VISIT', place: 'HOME' });
    const unconfirmed = await schedule(staffOf(protecting), visit);
    expect(refusal(unconfirmed)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'PROTECTED_ADDRESS_CONFIRM', field: 'confirmProtectedAddress' });
    expect(unconfirmed.errors![0].extensions).toMatchObject({ confirmWith: 'confirmProtectedAddress' });

    const confirmed = await schedule(staffOf(protecting), { ...visit, confirmProtectedAddress: true });
    expect(confirmed.errors).toBeUndefined();
    const [appointment] = confirmed.data!.scheduleAppointment.appointments;

    const move = { appointmentId: appointment.id, expectedVersion: appointment.version, startsAt: at(protecting, later, '10:00'), endsAt: at(protecting, later, '11:00') };
    expect(refusal(await stack.query(staffOf(protecting), RESCHEDULE, { input: move }))).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'PROTECTED_ADDRESS_CONFIRM' });
    const moved = await stack.query<{ rescheduleAppointment: { appointments: Array<{ version: number }> } }>(staffOf(protecting), RESCHEDULE, { input: { ...move, confirmProtectedAddress: true } });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.rescheduleAppointment.appointments[0].version).toBe(appointment.version + 1);
  });
});
