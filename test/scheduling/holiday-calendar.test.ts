import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { clock, repoPath } from '../../subgraphs/kit';
import { addDays, isoDayOfWeek } from '../../subgraphs/scheduling/src/calendar/zoned-time';
import { demoUser, Stack, startStack } from '../support/stack';
import { agencyByCode, at, bookingInput, familiesOf, fullTimeStaff, holidayOn, localToday, refusal, SCHEDULE, Scheduled, staffOf, workingDays } from './scheduling-fixtures';

const HOLIDAYS = `query($j: Jurisdiction!, $from: Date!, $to: Date!) { holidays(jurisdiction: $j, from: $from, to: $to) { id date name kind source version } }`;
const ADD = `mutation($input: AddPublicHolidayInput!) {
  addPublicHoliday(input: $input) { holiday { id date name kind source version jurisdiction } scheduledAppointments { appointmentId bookingId startsAtLocal agency { id } } }
}`;
const CHANGE = `mutation($input: ChangePublicHolidayInput!) { changePublicHoliday(input: $input) { holiday { id date name version } scheduledAppointments { appointmentId } } }`;
const REMOVE = `mutation($input: RemovePublicHolidayInput!) { removePublicHoliday(input: $input) { holidayId } }`;
const SCHEDULE_WITH_WARNINGS = `mutation($input: ScheduleAppointmentInput!) {
  scheduleAppointment(input: $input) { bookingId appointments { id } warnings { code jurisdiction year message } }
}`;

type Holiday = { id: string; date: string; name: string; kind: string; source: string; version: number };

/**
 * The public holiday calendar as data: the shipped years through the gateway, a year that is not
 * loaded never answered as holiday-free, calendar managers keeping it current (and nobody else), and
 * a change applying at once to bookings and availability.
 */
describe('the public holiday calendar', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const idManager = () => demoUser('calendar-manager-id');
  const hkManager = () => demoUser('calendar-manager-hk');
  const thisYear = () => Number(clock.today('Asia/Jakarta').slice(0, 4));

  it('refuses 1 January 2027 with CLOSED_DAY for ChildPRO and for an Indonesian agency', async () => {
    for (const [code, name] of [
      ['CHILDPRO-3', 'The first day of January'],
      ['BALAI-HARUM-MTR', 'Tahun Baru 2027 Masehi'],
    ] as const) {
      const agency = agencyByCode(stack.world, code);
      const [worker] = fullTimeStaff(stack.world, agency);
      const answer = await stack.query(staffOf(agency), SCHEDULE, {
        input: bookingInput([worker.id], familiesOf(stack.world, agency)[0].id, at(agency, '2027-01-01', '10:00'), at(agency, '2027-01-01', '11:00')),
      });
      // Once 1 January 2027 has passed, the same booking is refused as in the past instead.
      const expected = localToday(agency) < '2027-01-01' ? { rule: 'CLOSED_DAY' } : { rule: 'IN_THE_PAST' };
      expect(refusal(answer)).toMatchObject({ code: 'BAD_USER_INPUT', ...expected });
      if (expected.rule === 'CLOSED_DAY') expect(answer.errors![0].extensions).toMatchObject({ date: '2027-01-01', closure: name });
    }
  });

  it('answers the shipped 2027 calendars, each day with its legal source', async () => {
    const hk = await stack.query<{ holidays: Holiday[] }>(demoUser('childpro-worker'), HOLIDAYS, { j: 'HK', from: '2027-01-01', to: '2027-12-31' });
    expect(hk.errors).toBeUndefined();
    expect(hk.data!.holidays).toHaveLength(17);
    expect(hk.data!.holidays[0]).toMatchObject({ date: '2027-01-01', kind: 'PUBLIC_HOLIDAY', version: 1 });
    expect(hk.data!.holidays.every((h) => h.source.includes('Cap. 149'))).toBe(true);
    const id = await stack.query<{ holidays: Holiday[] }>(demoUser('lk3-counsellor'), HOLIDAYS, { j: 'ID', from: '2027-01-01', to: '2027-12-31' });
    expect(id.data!.holidays.filter((h) => h.kind === 'COLLECTIVE_LEAVE')).toHaveLength(8);
    expect(id.data!.holidays.every((h) => h.source.includes('SKB 3 Menteri'))).toBe(true);
    const years = await stack.query<{ calendarYears: Array<{ year: number; holidayCount: number }> }>(idManager(), `{ calendarYears(jurisdiction: ID) { year holidayCount source } }`);
    expect(years.data!.calendarYears.map((y) => [y.year, y.holidayCount])).toEqual([
      [2026, 25],
      [2027, 26],
    ]);
  });

  it('gives nothing of another jurisdiction’s calendar: loaded years, or an agency’s working-day deadline', async () => {
    expect(await stack.query(demoUser('childpro-worker'), `{ calendarYears(jurisdiction: ID) { year } }`)).toMatchObject({ data: { calendarYears: [] } });
    const deadline = `query($id: ID!, $from: DateTime!) { agency(id: $id) { workingDayDeadline(from: $from, workingDays: 3) } }`;
    const uptd = agencyByCode(stack.world, 'UPTD-PPA-TANGSEL');
    const from = clock.now().toISOString();
    expect((await stack.query<{ agency: { workingDayDeadline: string | null } }>(demoUser('childpro-worker'), deadline, { id: uptd.id, from })).data!.agency.workingDayDeadline).toBeNull();
    const own = await stack.query<{ agency: { workingDayDeadline: string | null } }>(demoUser('lk3-counsellor'), deadline, { id: uptd.id, from });
    expect(Date.parse(own.data!.agency.workingDayDeadline!)).toBeGreaterThan(clock.nowMs());
    expect(refusal(await stack.query(demoUser('lk3-counsellor'), deadline.replace('workingDays: 3', 'workingDays: 0'), { id: uptd.id, from }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'workingDays',
    });
  });

  it('never answers a year that is not loaded as if it had no holidays', async () => {
    const answer = await stack.query(demoUser('childpro-worker'), HOLIDAYS, { j: 'HK', from: '2027-12-01', to: '2028-01-31' });
    expect(refusal(answer)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'CALENDAR_NOT_LOADED', field: 'to' });
    expect(answer.errors![0].extensions).toMatchObject({ jurisdiction: 'HK', year: 2028 });
    expect(answer.errors![0].message).toContain('2028');
    // Out of the jurisdiction, a caller learns nothing, not even that the year is missing.
    expect(await stack.query(demoUser('lk3-counsellor'), HOLIDAYS, { j: 'HK', from: '2028-01-01', to: '2028-01-31' })).toMatchObject({ data: { holidays: [] } });
  });

  it('books in a year that is not loaded, with a CALENDAR_NOT_LOADED warning, and availability says so too', async () => {
    const agency = agencyByCode(stack.world, 'CHILDPRO-3');
    const [worker] = fullTimeStaff(stack.world, agency);
    const monday = (() => {
      let date = `${thisYear() + 2}-01-05`;
      while (isoDayOfWeek(date) !== 1) date = addDays(date, 1);
      return date;
    })();
    const booked = await stack.query<{ scheduleAppointment: { warnings: Array<{ code: string; jurisdiction: string; year: number }> } }>(staffOf(agency), SCHEDULE_WITH_WARNINGS, {
      input: bookingInput([worker.id], familiesOf(stack.world, agency)[0].id, at(agency, monday, '10:00'), at(agency, monday, '11:00')),
    });
    expect(booked.errors).toBeUndefined();
    expect(booked.data!.scheduleAppointment.warnings).toMatchObject([{ code: 'CALENDAR_NOT_LOADED', jurisdiction: 'HK', year: thisYear() + 2 }]);
    const slots = await stack.query<{ staffAvailability: { totalCount: number; warnings: Array<{ year: number }> } }>(
      staffOf(agency),
      `query($ids: [ID!]!, $from: DateTime!, $to: DateTime!) { staffAvailability(staffIds: $ids, from: $from, to: $to, durationMinutes: 60) { totalCount warnings { code year } } }`,
      { ids: [worker.id], from: at(agency, monday, '00:00'), to: at(agency, addDays(monday, 2), '00:00') },
    );
    expect(slots.data!.staffAvailability.totalCount).toBeGreaterThan(0);
    expect(slots.data!.staffAvailability.warnings).toEqual([{ code: 'CALENDAR_NOT_LOADED', year: thisYear() + 2 }]);
    // A loaded day carries no warning.
    const [loadedDay] = workingDays(agency, 40, 1);
    const clean = await stack.query<{ scheduleAppointment: { warnings: unknown[] } }>(staffOf(agency), SCHEDULE_WITH_WARNINGS, {
      input: bookingInput([worker.id], familiesOf(stack.world, agency)[1].id, at(agency, loadedDay, '10:00'), at(agency, loadedDay, '11:00')),
    });
    if (Number(loadedDay.slice(0, 4)) <= 2027) expect(clean.data!.scheduleAppointment.warnings).toEqual([]);
  });

  it('a calendar manager adds a holiday: it is listed, blocks bookings and availability, and names the booking it now collides with', async () => {
    const agency = agencyByCode(stack.world, 'CHILDPRO-3');
    const [worker] = fullTimeStaff(stack.world, agency);
    // A working day of a loaded year at least two days ahead (the test needs the clock inside 2026 or 2027).
    const [date] = workingDays(agency, 45, 1);
    const year = Number(date.slice(0, 4));
    if (year > 2027) throw new Error(`no loaded year is ahead of ${date}: ship the next year's calendar`);
    const booked = await stack.query<Scheduled>(staffOf(agency), SCHEDULE, {
      input: bookingInput([worker.id], familiesOf(stack.world, agency)[2].id, at(agency, date, '10:00'), at(agency, date, '11:00')),
    });
    expect(booked.errors).toBeUndefined();
    const appointmentId = booked.data!.scheduleAppointment.appointments[0].id;
    const input = { jurisdiction: 'HK', year, date, name: 'Day of mourning', kind: 'PUBLIC_HOLIDAY', source: 'G.N. (E.) 99 of the year, General Holidays Ordinance (Cap. 149)' };

    // Nobody but a calendar manager of the jurisdiction changes it.
    for (const outsider of [staffOf(agency), demoUser('tangsel-manager'), idManager(), demoUser('auditor')]) {
      expect(refusal(await stack.query(outsider, ADD, { input }))).toMatchObject({ code: 'FORBIDDEN' });
    }
    const added = await stack.query<{ addPublicHoliday: { holiday: Holiday & { jurisdiction: string }; scheduledAppointments: Array<{ appointmentId: string }> } }>(hkManager(), ADD, { input });
    expect(added.errors).toBeUndefined();
    const holiday = added.data!.addPublicHoliday.holiday;
    expect(holiday).toMatchObject({ date, name: 'Day of mourning', kind: 'PUBLIC_HOLIDAY', jurisdiction: 'HK', version: 1, source: input.source });
    const colliding = added.data!.addPublicHoliday.scheduledAppointments.find((a) => a.appointmentId === appointmentId);
    // The calendar manager learns when and at which agency, never whose booking it is.
    expect(colliding).toEqual({ appointmentId, bookingId: booked.data!.scheduleAppointment.bookingId, startsAtLocal: expect.stringContaining(`${date}T10:00`), agency: { id: agency.id } });
    // Nor can it read the appointment itself.
    expect(await stack.query(hkManager(), `query($id: ID!) { appointment(id: $id) { id family { id } } }`, { id: appointmentId })).toMatchObject({ data: { appointment: null } });

    expect(refusal(await stack.query(hkManager(), ADD, { input: { ...input, name: 'Again' } }))).toMatchObject({ code: 'CONFLICT', rule: 'HOLIDAY_EXISTS' });
    expect(refusal(await stack.query(hkManager(), ADD, { input: { ...input, date: `${year + 1}-03-03` } }))).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'OUTSIDE_YEAR', field: 'date' });
    expect(refusal(await stack.query(hkManager(), ADD, { input: { ...input, year: 2030, date: '2030-03-04' } }))).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'CALENDAR_NOT_LOADED', field: 'year' });
    expect(refusal(await stack.query(hkManager(), ADD, { input: { ...input, date: addDays(date, 1), kind: 'COLLECTIVE_LEAVE' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'KIND_NOT_IN_JURISDICTION',
    });

    const listed = await stack.query<{ holidays: Holiday[] }>(demoUser('childpro-worker'), HOLIDAYS, { j: 'HK', from: date, to: date });
    expect(listed.data!.holidays.map((h) => h.id)).toEqual([holiday.id]);
    const refused = await stack.query(staffOf(agency), SCHEDULE, { input: bookingInput([worker.id], familiesOf(stack.world, agency)[3].id, at(agency, date, '14:00'), at(agency, date, '15:00')) });
    expect(refusal(refused)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'CLOSED_DAY' });
    expect(refused.errors![0].extensions!.closure).toBe('Day of mourning');
    const slots = `query($ids: [ID!]!, $from: DateTime!, $to: DateTime!) { staffAvailability(staffIds: $ids, from: $from, to: $to, durationMinutes: 60) { totalCount } }`;
    const window = { ids: [worker.id], from: at(agency, date, '00:00'), to: at(agency, addDays(date, 1), '00:00') };
    expect((await stack.query<{ staffAvailability: { totalCount: number } }>(staffOf(agency), slots, window)).data!.staffAvailability.totalCount).toBe(0);

    // Moved within its year at the version read; a stale version is CONFLICT.
    const next = workingDays(agency, 45, 3).find((d) => d > date && d.startsWith(`${year}-`) && !holidayOn('HK', d));
    expect(next).toBeDefined();
    expect(refusal(await stack.query(hkManager(), CHANGE, { input: { holidayId: holiday.id, expectedVersion: 1, date: next } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'source' });
    const moved = await stack.query<{ changePublicHoliday: { holiday: Holiday } }>(hkManager(), CHANGE, { input: { holidayId: holiday.id, expectedVersion: 1, date: next, source: 'G.N. (E.) 100' } });
    expect(moved.data!.changePublicHoliday.holiday).toMatchObject({ id: holiday.id, date: next, version: 2 });
    expect(refusal(await stack.query(hkManager(), CHANGE, { input: { holidayId: holiday.id, expectedVersion: 1, name: 'x' } }))).toMatchObject({ code: 'CONFLICT', rule: 'STALE_VERSION' });
    expect((await stack.query<{ staffAvailability: { totalCount: number } }>(staffOf(agency), slots, window)).data!.staffAvailability.totalCount).toBeGreaterThan(0);

    expect(refusal(await stack.query(staffOf(agency), REMOVE, { input: { holidayId: holiday.id, expectedVersion: 2 } }))).toMatchObject({ code: 'FORBIDDEN' });
    expect((await stack.query(hkManager(), REMOVE, { input: { holidayId: holiday.id, expectedVersion: 2 } })).errors).toBeUndefined();
    expect((await stack.query<{ holidays: Holiday[] }>(demoUser('childpro-worker'), HOLIDAYS, { j: 'HK', from: next!, to: next! })).data!.holidays).toEqual([]);

    // Every change is in the audit log under the calendar manager's name.
    const rows = await stack.subgraphs.scheduling.subgraph.db.query(`SELECT subject, operation FROM audit_log WHERE record_type = 'PublicHoliday' AND $1 = ANY(record_ids) ORDER BY at`, [holiday.id]);
    expect(rows).toEqual(Array(3).fill({ subject: hkManager().sub, operation: 'WRITE' }));
  });

  it('imports a whole year from a file with `npm run holidays -- import`, refusing a file with any problem', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'satupintu-holidays-'));
    const good = join(folder, 'HK-2028.json');
    writeFileSync(
      good,
      JSON.stringify({
        jurisdiction: 'HK',
        year: 2028,
        source: 'General Holidays Ordinance (Cap. 149), a test list',
        days: [
          { date: '2028-01-01', name: 'The first day of January', kind: 'PUBLIC_HOLIDAY' },
          { date: '2028-05-01', name: 'Labour Day', kind: 'PUBLIC_HOLIDAY' },
        ],
      }),
    );
    const bad = join(folder, 'HK-2029.json');
    writeFileSync(bad, JSON.stringify({ jurisdiction: 'HK', year: 2029, source: 'x', days: [{ date: '2029-02-30', name: 'x', kind: 'PUBLIC_HOLIDAY' }] }));
    const run = (file: string) =>
      promisify(execFile)(process.execPath, [repoPath('dist', 'scripts', 'holidays.js'), 'import', file], {
        env: { ...process.env, SCHEDULING_DATABASE_URL: stack.subgraphs.scheduling.subgraph.db.options.url, LOG_LEVEL: 'silent' },
      });
    await expect(run(bad)).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('days[0].date: must be a date') });
    const { stdout } = await run(good);
    expect(stdout).toContain('HK 2028: 2 days (2 added, 0 changed, 0 removed)');
    const listed = await stack.query<{ holidays: Holiday[] }>(demoUser('childpro-worker'), HOLIDAYS, { j: 'HK', from: '2028-01-01', to: '2028-12-31' });
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.holidays.map((h) => h.date)).toEqual(['2028-01-01', '2028-05-01']);
    expect(refusal(await stack.query(demoUser('childpro-worker'), HOLIDAYS, { j: 'HK', from: '2029-01-01', to: '2029-01-02' }))).toMatchObject({ rule: 'CALENDAR_NOT_LOADED' });
  });

  it('lists the calendar in readiness, warning 60 days before the last loaded year ends', async () => {
    const res = await fetch(stack.subgraphs.scheduling.url.replace('/graphql', '/health/ready'));
    const body = (await res.json()) as { ready: boolean; checks: { calendar: { status: string; jurisdictions: Record<string, { status: string; loadedThrough: string | null }> } } };
    expect(res.status).toBe(200);
    expect(body.ready).toBe(true);
    const { calendar } = body.checks;
    if (clock.today('Asia/Jakarta') <= '2027-12-31') expect(calendar.jurisdictions.ID.loadedThrough).toBe('2027-12-31');
    for (const j of ['ID', 'HK']) {
      const today = clock.today(j === 'ID' ? 'Asia/Jakarta' : 'Asia/Hong_Kong');
      const through = calendar.jurisdictions[j].loadedThrough;
      const daysLeft = through === null ? -1 : (Date.parse(through) - Date.parse(today)) / 86_400_000;
      expect(calendar.jurisdictions[j].status).toBe(daysLeft < 60 ? 'warn' : 'ok');
    }
  });
});
