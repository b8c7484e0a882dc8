import { demoUser, Stack, startStack } from '../support/stack';
import type { WorldAgency, WorldStaff } from '../../demo/world-types';
import { addDays, isoDayOfWeek, minutesOfClock } from '../../subgraphs/scheduling/src/calendar/zoned-time';
import {
  agencyByCode,
  at,
  bookingInput,
  CLEAR_DAYS_AHEAD,
  familiesOf,
  fullTimeStaff,
  holidayOn,
  HOLIDAYS,
  localToday,
  nextWeekday,
  refusal,
  SCHEDULE,
  Scheduled,
  staffOf,
  workingDays,
} from './scheduling-fixtures';

interface Slot {
  startsAt: string;
  endsAt: string;
  startsAtLocal: string;
  endsAtLocal: string;
  staff: { id: string };
}

const SLOT_FIELDS = 'startsAt endsAt startsAtLocal endsAtLocal staff { id }';
const STAFF_AVAILABILITY = `query($staffIds: [ID!]!, $from: DateTime!, $to: DateTime!, $minutes: Int!) {
  staffAvailability(staffIds: $staffIds, from: $from, to: $to, durationMinutes: $minutes) { totalCount slots { ${SLOT_FIELDS} } }
}`;
const AVAILABILITY = `query($agencyId: ID!, $role: StaffRole, $language: String, $from: DateTime!, $to: DateTime!, $minutes: Int!) {
  availability(agencyId: $agencyId, role: $role, language: $language, from: $from, to: $to, durationMinutes: $minutes) { totalCount slots { ${SLOT_FIELDS} } }
}`;

/**
 * The slots the rules allow for one full-time staff member on one local date, by arithmetic on the
 * agency's sessions written out here independently of the subgraph: every quarter hour from opening
 * until a slot of `minutes` no longer fits before closing.
 */
function expectedLocalStarts(agency: WorldAgency, date: string, minutes: number): string[] {
  if (holidayOn(agency.jurisdiction, date)) return [];
  const starts: string[] = [];
  for (const session of agency.sessions.filter((s) => s.dayOfWeek === isoDayOfWeek(date))) {
    for (let m = minutesOfClock(session.opens); m + minutes <= minutesOfClock(session.closes); m += 15) {
      starts.push(`${date}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00`);
    }
  }
  return starts;
}

/** A slot's local start without its offset, and the offset. */
const local = (slot: Slot) => ({ wall: slot.startsAtLocal.slice(0, 19), offset: slot.startsAtLocal.slice(19) });

describe('availability across time zones, closures and bookings', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  async function slotsOf(as: Parameters<Stack['query']>[0], staff: WorldStaff, agency: WorldAgency, firstDate: string, days: number, minutes = 60) {
    const answer = await stack.query<{ staffAvailability: { totalCount: number; slots: Slot[] } }>(as, STAFF_AVAILABILITY, {
      staffIds: [staff.id],
      from: at(agency, firstDate, '00:00'),
      to: at(agency, addDays(firstDate, days), '00:00'),
      minutes,
    });
    expect(answer.errors).toBeUndefined();
    return answer.data!.staffAvailability;
  }

  it('gives Balai Harum’s week in WITA (UTC+8): 08:00-16:00 on weekdays, 08:00-12:00 on Saturday', async () => {
    const agency = agencyByCode(stack.world, 'BALAI-HARUM-MTR');
    const [worker] = fullTimeStaff(stack.world, agency);
    const monday = nextWeekday(agency, 1, CLEAR_DAYS_AHEAD);
    const { totalCount, slots } = await slotsOf(staffOf(agency), worker, agency, monday, 7);
    const expected = Array.from({ length: 7 }, (_, i) => expectedLocalStarts(agency, addDays(monday, i), 60)).flat();
    expect(slots.map((s) => local(s).wall)).toEqual(expected);
    expect(totalCount).toBe(expected.length);
    expect(new Set(slots.map((s) => local(s).offset))).toEqual(new Set(['+08:00']));
    expect(slots[0]).toEqual({
      startsAt: `${monday}T00:00:00.000Z`,
      endsAt: `${monday}T01:00:00.000Z`,
      startsAtLocal: `${monday}T08:00:00+08:00`,
      endsAtLocal: `${monday}T09:00:00+08:00`,
      staff: { id: worker.id },
    });
    expect(slots.some((s) => s.startsAtLocal.startsWith(addDays(monday, 6)))).toBe(false);
  });

  it('gives ChildPRO team 3’s evening sessions in HKT: Wednesday 13:00-21:00 is 05:00-13:00 UTC', async () => {
    const agency = agencyByCode(stack.world, 'CHILDPRO-3');
    const [worker] = fullTimeStaff(stack.world, agency);
    const wednesday = nextWeekday(agency, 3, CLEAR_DAYS_AHEAD);
    const { slots } = await slotsOf(staffOf(agency), worker, agency, wednesday, 1);
    expect(slots.map((s) => local(s).wall)).toEqual(expectedLocalStarts(agency, wednesday, 60));
    expect(slots[0].startsAt).toBe(`${wednesday}T05:00:00.000Z`);
    expect(slots[slots.length - 1]).toMatchObject({ startsAtLocal: `${wednesday}T20:00:00+08:00`, endsAt: `${wednesday}T13:00:00.000Z` });
  });

  it('takes booked time out, back-to-back slots kept; a cancellation gives it back', async () => {
    const agency = agencyByCode(stack.world, 'BALAI-HARUM-MTR');
    const [, worker] = fullTimeStaff(stack.world, agency);
    const [date] = workingDays(agency, CLEAR_DAYS_AHEAD + 1, 1);
    const before = await slotsOf(staffOf(agency), worker, agency, date, 1);
    const booked = await stack.query<Scheduled>(staffOf(agency), SCHEDULE, {
      input: bookingInput([worker.id], familiesOf(stack.world, agency)[0].id, at(agency, date, '10:00'), at(agency, date, '11:00')),
    });
    expect(booked.errors).toBeUndefined();
    const after = await slotsOf(staffOf(agency), worker, agency, date, 1);
    const starts = after.slots.map((s) => local(s).wall.slice(11, 16));
    expect(starts).toContain('09:00');
    expect(starts).toContain('11:00');
    for (const gone of ['09:15', '09:30', '09:45', '10:00', '10:15', '10:30', '10:45']) expect(starts).not.toContain(gone);
    expect(after.totalCount).toBe(before.totalCount - 7);

    const id = booked.data!.scheduleAppointment.appointments[0].id;
    const cancel = await stack.query(staffOf(agency), `mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { appointments { status } } }`, {
      input: { appointmentId: id, expectedVersion: 1, reason: 'rescheduled by phone' },
    });
    expect(cancel.errors).toBeUndefined();
    expect((await slotsOf(staffOf(agency), worker, agency, date, 1)).totalCount).toBe(before.totalCount);
  });

  it('skips the public holidays of the jurisdiction', async () => {
    for (const agency of [agencyByCode(stack.world, 'CHILDPRO-3'), agencyByCode(stack.world, 'BALAI-HARUM-MTR')]) {
      const today = localToday(agency);
      const holiday = HOLIDAYS.find((h) => h.jurisdiction === agency.jurisdiction && h.date > today && agency.sessions.some((s) => s.dayOfWeek === isoDayOfWeek(h.date)));
      if (!holiday) throw new Error(`the shipped ${agency.jurisdiction} calendars have no holiday after ${today} on a working day: ship the next year's calendar`);
      const [worker] = fullTimeStaff(stack.world, agency);
      const { slots } = await slotsOf(staffOf(agency), worker, agency, addDays(holiday.date, -3), 7);
      expect(slots.filter((s) => s.startsAtLocal.startsWith(holiday.date))).toEqual([]);
      expect(slots.length).toBeGreaterThan(0);
    }
  });

  it('skips an agency closure while it stands, lists it with the holidays, and reopens the day when it is removed', async () => {
    const agency = agencyByCode(stack.world, 'CHILDPRO-3');
    const [worker] = fullTimeStaff(stack.world, agency);
    const [date] = workingDays(agency, CLEAR_DAYS_AHEAD + 2, 1);
    const families = familiesOf(stack.world, agency);
    const appointment = await stack.query<Scheduled>(staffOf(agency), SCHEDULE, { input: bookingInput([worker.id], families[0].id, at(agency, date, '15:00'), at(agency, date, '16:00')) });
    expect(appointment.errors).toBeUndefined();
    const open = await slotsOf(staffOf(agency), worker, agency, date, 1);
    expect(open.totalCount).toBeGreaterThan(0);

    const add = `mutation($input: AddAgencyClosureInput!) { addAgencyClosure(input: $input) { closure { id date name kind agency { id } } scheduledAppointments { id startsAtLocal } } }`;
    const added = await stack.query<{ addAgencyClosure: { closure: { id: string; date: string; kind: string; agency: { id: string } }; scheduledAppointments: Array<{ id: string }> } }>(
      staffOf(agency),
      add,
      { input: { agencyId: agency.id, date, name: 'Team training day' } },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addAgencyClosure.closure).toMatchObject({ date, kind: 'AGENCY_CLOSURE', agency: { id: agency.id } });
    expect(added.data!.addAgencyClosure.scheduledAppointments.map((a) => a.id)).toContain(appointment.data!.scheduleAppointment.appointments[0].id);
    expect(refusal(await stack.query(staffOf(agency), add, { input: { agencyId: agency.id, date, name: 'again' } }))).toMatchObject({ code: 'CONFLICT', rule: 'ALREADY_CLOSED' });
    expect(refusal(await stack.query(staffOf(agencyByCode(stack.world, 'CHILDPRO-1')), add, { input: { agencyId: agency.id, date, name: 'not ours' } }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(refusal(await stack.query(staffOf(agency), add, { input: { agencyId: agency.id, date: addDays(localToday(agency), -1), name: 'late' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'date',
    });

    expect((await slotsOf(staffOf(agency), worker, agency, date, 1)).totalCount).toBe(0);
    const refused = await stack.query(staffOf(agency), SCHEDULE, { input: bookingInput([worker.id], families[1].id, at(agency, date, '10:00'), at(agency, date, '11:00')) });
    expect(refusal(refused)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'CLOSED_DAY' });
    expect(refused.errors![0].extensions!.closure).toBe('Team training day');

    const closures = await stack.query<{ agency: { closures: Array<{ id: string; date: string; kind: string; name: string }> } }>(
      demoUser('childpro-worker'),
      `query($id: ID!, $from: Date!, $to: Date!) { agency(id: $id) { closures(from: $from, to: $to) { id date kind name } } }`,
      { id: agency.id, from: addDays(date, -300), to: addDays(date, 1) },
    );
    expect(closures.errors).toBeUndefined();
    const listed = closures.data!.agency.closures;
    expect(listed.filter((c) => c.kind === 'AGENCY_CLOSURE').map((c) => c.date)).toEqual([date]);
    expect(listed.filter((c) => c.kind === 'PUBLIC_HOLIDAY').map((c) => c.date)).toEqual(
      HOLIDAYS.filter((h) => h.jurisdiction === 'HK' && h.date >= addDays(date, -300) && h.date <= addDays(date, 1)).map((h) => h.date),
    );

    const remove = `mutation($input: RemoveAgencyClosureInput!) { removeAgencyClosure(input: $input) { closureId } }`;
    const holidayId = listed.find((c) => c.kind === 'PUBLIC_HOLIDAY')!.id;
    expect(refusal(await stack.query(staffOf(agency), remove, { input: { closureId: holidayId } }))).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'NOT_AGENCY_CLOSURE' });
    const removed = await stack.query(staffOf(agency), remove, { input: { closureId: added.data!.addAgencyClosure.closure.id } });
    expect(removed.errors).toBeUndefined();
    expect((await slotsOf(staffOf(agency), worker, agency, date, 1)).totalCount).toBe(open.totalCount);
  });

  it('finds an agency’s slots by role and language, and the next one, in a few queries', async () => {
    const agency = agencyByCode(stack.world, 'BALAI-HARUM-MTR');
    const psychologists = stack.world.staff.filter((s) => s.agencyId === agency.id && s.role === 'PSYCHOLOGIST' && s.active);
    const monday = nextWeekday(agency, 1, CLEAR_DAYS_AHEAD + 7);
    const variables = { agencyId: agency.id, role: 'PSYCHOLOGIST', language: 'sas', from: at(agency, monday, '00:00'), to: at(agency, addDays(monday, 1), '00:00'), minutes: 90 };
    const db = stack.subgraphs.scheduling.subgraph.db;
    const statementsBefore = db.statements;
    const answer = await stack.query<{ availability: { totalCount: number; slots: Slot[] } }>(staffOf(agency), AVAILABILITY, variables);
    const statements = db.statements - statementsBefore;
    expect(answer.errors).toBeUndefined();
    expect(statements).toBeLessThanOrEqual(6);
    const { slots, totalCount } = answer.data!.availability;
    expect(new Set(slots.map((s) => s.staff.id))).toEqual(
      new Set(psychologists.filter((p) => p.rosterSessionIds.length > 0 && agency.sessions.some((s) => s.dayOfWeek === 1 && p.rosterSessionIds.includes(s.id))).map((p) => p.id)),
    );
    expect(totalCount).toBe(slots.length);
    expect(slots.every((s, i) => i === 0 || s.startsAt >= slots[i - 1].startsAt)).toBe(true);
    expect(slots.every((s) => Date.parse(s.endsAt) - Date.parse(s.startsAt) === 90 * 60_000)).toBe(true);

    const none = await stack.query<{ availability: { totalCount: number } }>(staffOf(agency), AVAILABILITY, { ...variables, language: 'yue' });
    expect(none.data!.availability.totalCount).toBe(0);

    const next = await stack.query<{ nextAvailableSlot: Slot }>(
      staffOf(agency),
      `query($agencyId: ID!, $from: DateTime) { nextAvailableSlot(agencyId: $agencyId, role: PSYCHOLOGIST, language: "sas", from: $from, durationMinutes: 90) { ${SLOT_FIELDS} } }`,
      { agencyId: agency.id, from: variables.from },
    );
    expect(next.errors).toBeUndefined();
    expect(next.data!.nextAvailableSlot).toEqual(slots[0]);
  });

  it('refuses a range over 31 days, a bad duration, and an agency the caller may not read', async () => {
    const agency = agencyByCode(stack.world, 'BALAI-HARUM-MTR');
    const from = at(agency, addDays(localToday(agency), 1), '00:00');
    const base = { agencyId: agency.id, from, to: at(agency, addDays(localToday(agency), 33), '00:00'), minutes: 60 };
    expect(refusal(await stack.query(staffOf(agency), AVAILABILITY, base))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to', rule: 'DATE_RANGE' });
    expect(refusal(await stack.query(staffOf(agency), AVAILABILITY, { ...base, to: at(agency, addDays(localToday(agency), 2), '00:00'), minutes: 5 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'durationMinutes',
    });
    expect(refusal(await stack.query(demoUser('childpro-worker'), AVAILABILITY, { ...base, to: at(agency, addDays(localToday(agency), 2), '00:00') }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets an agency change its sessions at the version it read, and its rosters', async () => {
    const agency = agencyByCode(stack.world, 'LK3-TANGSEL');
    const [worker] = fullTimeStaff(stack.world, agency);
    const read = `query($id: ID!) { agency(id: $id) { scheduleVersion operatingSessions { id dayOfWeek opens closes kind } } }`;
    const before = await stack.query<{ agency: { scheduleVersion: number; operatingSessions: Array<{ id: string; dayOfWeek: number; opens: string; closes: string; kind: string }> } }>(
      demoUser('lk3-counsellor'),
      read,
      { id: agency.id },
    );
    expect(before.errors).toBeUndefined();
    const { scheduleVersion, operatingSessions } = before.data!.agency;
    const saturday = operatingSessions.find((s) => s.dayOfWeek === 6)!;
    const week: Array<{ id?: string; dayOfWeek: number; opens: string; closes: string; kind: string }> = [
      ...operatingSessions.map((s) => (s.id === saturday.id ? { ...s, opens: '09:00', closes: '13:00' } : s)),
      { dayOfWeek: 7, opens: '09:00', closes: '12:00', kind: 'DAY' },
    ];
    const set = `mutation($input: SetOperatingSessionsInput!) { setOperatingSessions(input: $input) { scheduleVersion sessions { id dayOfWeek opens closes } } }`;
    const overlap = await stack.query(demoUser('lk3-counsellor'), set, {
      input: { agencyId: agency.id, expectedVersion: scheduleVersion, sessions: [...week, { dayOfWeek: 7, opens: '11:00', closes: '13:00', kind: 'DAY' }] },
    });
    expect(refusal(overlap)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'OVERLAP' });
    const foreign = await stack.query(staffOf(agencyByCode(stack.world, 'UPTD-PPA-TANGSEL')), set, { input: { agencyId: agency.id, expectedVersion: scheduleVersion, sessions: week } });
    expect(refusal(foreign)).toMatchObject({ code: 'FORBIDDEN' });
    const changed = await stack.query<{ setOperatingSessions: { scheduleVersion: number; sessions: Array<{ id: string; dayOfWeek: number; opens: string }> } }>(demoUser('lk3-counsellor'), set, {
      input: { agencyId: agency.id, expectedVersion: scheduleVersion, sessions: week },
    });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.setOperatingSessions.scheduleVersion).toBe(scheduleVersion + 1);
    expect(changed.data!.setOperatingSessions.sessions.find((s) => s.id === saturday.id)).toMatchObject({ opens: '09:00' });
    const stale = await stack.query(demoUser('lk3-counsellor'), set, { input: { agencyId: agency.id, expectedVersion: scheduleVersion, sessions: week } });
    expect(refusal(stale)).toMatchObject({ code: 'CONFLICT', rule: 'STALE_VERSION' });
    expect(stale.errors![0].extensions!.currentVersion).toBe(scheduleVersion + 1);

    // Saturday now opens at 09:00 WIB and the worker keeps it (the session kept its id); Sunday is open but nobody works it yet.
    const sat = nextWeekday(agency, 6, CLEAR_DAYS_AHEAD);
    const weekend = await slotsOf(demoUser('lk3-counsellor'), worker, agency, sat, 2);
    expect(weekend.slots[0].startsAtLocal).toBe(`${sat}T09:00:00+07:00`);
    expect(weekend.slots.some((s) => s.startsAtLocal.startsWith(addDays(sat, 1)))).toBe(false);
    const sunday = changed.data!.setOperatingSessions.sessions.find((s) => s.dayOfWeek === 7)!;
    const roster = `mutation($input: SetStaffRosterInput!) { setStaffRoster(input: $input) { staff { id roster { id dayOfWeek } } } }`;
    const rostered = await stack.query<{ setStaffRoster: { staff: { roster: Array<{ id: string }> } } }>(demoUser('lk3-counsellor'), roster, {
      input: { staffId: worker.id, sessionIds: [...worker.rosterSessionIds, sunday.id] },
    });
    expect(rostered.errors).toBeUndefined();
    expect(rostered.data!.setStaffRoster.staff.roster.map((s) => s.id)).toContain(sunday.id);
    const withSunday = await slotsOf(demoUser('lk3-counsellor'), worker, agency, sat, 2);
    expect(withSunday.slots.filter((s) => s.startsAtLocal.startsWith(addDays(sat, 1))).map((s) => s.startsAtLocal.slice(11, 16))).toEqual([
      '09:00',
      '09:15',
      '09:30',
      '09:45',
      '10:00',
      '10:15',
      '10:30',
      '10:45',
      '11:00',
    ]);
    const badSession = await stack.query(demoUser('lk3-counsellor'), roster, { input: { staffId: worker.id, sessionIds: [agencyByCode(stack.world, 'CHILDPRO-3').sessions[0].id] } });
    expect(refusal(badSession)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sessionIds[0]' });
  });

  it('shows a manager who is overloaded: hours booked against hours rostered, counts by kind', async () => {
    const agency = agencyByCode(stack.world, 'BALAI-HARUM-MTR');
    const [, , , worker] = fullTimeStaff(stack.world, agency);
    const monday = nextWeekday(agency, 1, CLEAR_DAYS_AHEAD + 14);
    const families = familiesOf(stack.world, agency);
    const bookings: Array<[number, string, string, string]> = [
      [0, '08:00', '10:00', 'HOME_VISIT'],
      [1, '13:00', '14:30', 'HOME_VISIT'],
      [2, '09:00', '10:00', 'CONSULTATION'],
    ];
    for (const [day, from, to, kind] of bookings) {
      const date = addDays(monday, day);
      const answer = await stack.query(staffOf(agency), SCHEDULE, {
        input: bookingInput([worker.id], families[day].id, at(agency, date, from), at(agency, date, to), { kind, place: kind === 'HOME_VISIT' ? 'HOME' : 'CENTRE' }),
      });
      expect(answer.errors).toBeUndefined();
    }
    const query = `query($id: ID!, $from: Date!, $to: Date!) { agency(id: $id) { staff { id workload(from: $from, to: $to) { bookedHours rosteredHours utilisation appointmentCount byKind { kind count } } } } }`;
    const variables = { id: agency.id, from: monday, to: addDays(monday, 6) };
    const db = stack.subgraphs.scheduling.subgraph.db;
    const statementsBefore = db.statements;
    const answer = await stack.query<{
      agency: { staff: Array<{ id: string; workload: { bookedHours: number; rosteredHours: number; utilisation: number; appointmentCount: number; byKind: Array<{ kind: string; count: number }> } }> };
    }>(demoUser('balai-harum-psychologist'), query, variables);
    expect(answer.errors).toBeUndefined();
    expect(db.statements - statementsBefore).toBeLessThanOrEqual(6);
    const mine = answer.data!.agency.staff.find((s) => s.id === worker.id)!.workload;
    const rostered = Array.from({ length: 7 }, (_, i) =>
      expectedLocalStarts(agency, addDays(monday, i), 15).length > 0
        ? agency.sessions.filter((s) => s.dayOfWeek === isoDayOfWeek(addDays(monday, i))).reduce((h, s) => h + (minutesOfClock(s.closes) - minutesOfClock(s.opens)) / 60, 0)
        : 0,
    ).reduce((a, b) => a + b, 0);
    expect(mine).toEqual({
      bookedHours: 4.5,
      rosteredHours: rostered,
      utilisation: Math.round((4.5 / rostered) * 1000) / 1000,
      appointmentCount: 3,
      byKind: [
        { kind: 'HOME_VISIT', count: 2 },
        { kind: 'CONSULTATION', count: 1 },
      ],
    });

    const manager = { ...staffOf(agencyByCode(stack.world, 'DINSOS-MTR'), ['AREA_MANAGER']), area: ['5271'] };
    const managed = await stack.query<typeof answer.data>(manager, query, variables);
    expect(managed.errors).toBeUndefined();
    const outsider = await stack.query(staffOf(agencyByCode(stack.world, 'DINSOS-MTR')), query, variables);
    expect(outsider.errors!.every((e) => e.extensions!.code === 'FORBIDDEN')).toBe(true);
  });
});
