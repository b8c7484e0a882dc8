import { WeeklySession } from '../calendar/day-calendar';
import { freeIntervals, slotsIn, StaffTime, staffSlots } from './free-time';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);

/** Balai Harum, Mataram: Monday to Friday 08:00-16:00 WITA, Saturday 08:00-12:00. */
const OFFICE: WeeklySession[] = [1, 2, 3, 4, 5].map((d) => ({ dayOfWeek: d, opens: '08:00', closes: '16:00' })).concat([{ dayOfWeek: 6, opens: '08:00', closes: '12:00' }]);
/** ChildPRO team 3: day sessions 09:00-18:00, evenings 13:00-21:00 on Wednesday and Friday. */
const CHILDPRO: WeeklySession[] = [1, 2, 3, 4, 5, 6].map((d) => (d === 3 || d === 5 ? { dayOfWeek: d, opens: '13:00', closes: '21:00' } : { dayOfWeek: d, opens: '09:00', closes: '18:00' }));

const mataram = (overrides: Partial<StaffTime> = {}): StaffTime => ({ timeZone: 'Asia/Makassar', rosterSessions: OFFICE, closedDates: new Set(), busy: [], ...overrides });
const hongKong = (overrides: Partial<StaffTime> = {}): StaffTime => ({ timeZone: 'Asia/Hong_Kong', rosterSessions: CHILDPRO, closedDates: new Set(), busy: [], ...overrides });

describe('freeIntervals', () => {
  it('reads Mataram’s office hours in WITA (UTC+8): 08:00-16:00 is 00:00-08:00 UTC', () => {
    const free = freeIntervals(mataram(), at('2026-11-29T16:00:00Z'), at('2026-12-01T16:00:00Z'));
    expect(free.map((i) => [iso(i.start), iso(i.end)])).toEqual([
      ['2026-11-30T00:00', '2026-11-30T08:00'],
      ['2026-12-01T00:00', '2026-12-01T08:00'],
    ]);
  });

  it('reads a ChildPRO evening session in HKT: Wednesday 13:00-21:00 is 05:00-13:00 UTC', () => {
    const free = freeIntervals(hongKong(), at('2026-12-01T16:00:00Z'), at('2026-12-02T16:00:00Z'));
    expect(free.map((i) => [iso(i.start), iso(i.end)])).toEqual([['2026-12-02T05:00', '2026-12-02T13:00']]);
  });

  it('skips Sundays and closed dates', () => {
    const free = freeIntervals(hongKong({ closedDates: new Set(['2026-12-25', '2026-12-26']) }), at('2026-12-24T16:00:00Z'), at('2026-12-28T16:00:00Z'));
    expect(free.map((i) => iso(i.start))).toEqual(['2026-12-28T01:00']);
  });

  it('cuts out appointments, leaving gaps that touch them', () => {
    const busy = [
      { start: at('2026-11-30T01:00:00Z'), end: at('2026-11-30T02:00:00Z') },
      { start: at('2026-11-30T02:00:00Z'), end: at('2026-11-30T02:30:00Z') },
      { start: at('2026-11-30T07:30:00Z'), end: at('2026-11-30T09:00:00Z') },
    ];
    const free = freeIntervals(mataram({ busy }), at('2026-11-30T00:00:00Z'), at('2026-11-30T16:00:00Z'));
    expect(free.map((i) => [iso(i.start), iso(i.end)])).toEqual([
      ['2026-11-30T00:00', '2026-11-30T01:00'],
      ['2026-11-30T02:30', '2026-11-30T07:30'],
    ]);
  });

  it('clips to the range asked for, in the middle of a session', () => {
    const free = freeIntervals(mataram(), at('2026-11-30T03:10:00Z'), at('2026-11-30T05:00:00Z'));
    expect(free.map((i) => [iso(i.start), iso(i.end)])).toEqual([['2026-11-30T03:10', '2026-11-30T05:00']]);
  });

  it('follows only the sessions on the roster', () => {
    const free = freeIntervals(mataram({ rosterSessions: [OFFICE[0]] }), at('2026-11-29T16:00:00Z'), at('2026-12-06T16:00:00Z'));
    expect(free.map((i) => iso(i.start))).toEqual(['2026-11-30T00:00']);
  });

  it('gives nothing for an empty range', () => {
    expect(freeIntervals(mataram(), at('2026-11-30T03:00:00Z'), at('2026-11-30T03:00:00Z'))).toEqual([]);
  });
});

describe('slotsIn', () => {
  it('starts slots on quarter hours and keeps each inside the free time', () => {
    const slots = slotsIn([{ start: at('2026-11-30T01:10:00Z'), end: at('2026-11-30T02:45:00Z') }], 60);
    expect(slots.map((s) => iso(s.start))).toEqual(['2026-11-30T01:15', '2026-11-30T01:30', '2026-11-30T01:45']);
    expect(slots.every((s) => s.end - s.start === 3_600_000)).toBe(true);
  });

  it('fits a slot that exactly fills a gap, and none in a gap too short', () => {
    expect(slotsIn([{ start: at('2026-11-30T01:00:00Z'), end: at('2026-11-30T01:30:00Z') }], 30)).toHaveLength(1);
    expect(slotsIn([{ start: at('2026-11-30T01:00:00Z'), end: at('2026-11-30T01:29:00Z') }], 30)).toHaveLength(0);
  });

  it('gives 29 one-hour slots in an 8-hour session', () => {
    expect(slotsIn([{ start: at('2026-11-30T00:00:00Z'), end: at('2026-11-30T08:00:00Z') }], 60)).toHaveLength(29);
  });
});

describe('staffSlots', () => {
  it('orders by start, then by the given order, across zones', () => {
    const slots = staffSlots(
      [
        { staff: 'b-mataram', time: mataram() },
        { staff: 'a-hongkong', time: hongKong() },
      ],
      at('2026-11-30T00:00:00Z'),
      at('2026-11-30T02:00:00Z'),
      60,
      (x, y) => x.localeCompare(y),
    );
    expect(slots.map((s) => `${iso(s.start)} ${s.staff}`)).toEqual([
      '2026-11-30T00:00 b-mataram',
      '2026-11-30T00:15 b-mataram',
      '2026-11-30T00:30 b-mataram',
      '2026-11-30T00:45 b-mataram',
      '2026-11-30T01:00 a-hongkong',
      '2026-11-30T01:00 b-mataram',
    ]);
  });
});
