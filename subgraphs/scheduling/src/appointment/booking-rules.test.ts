import { WeeklySession } from '../calendar/day-calendar';
import { CalendarFacts, checkCalendar, checkTimes } from './booking-rules';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('checkTimes', () => {
  const now = at('2026-11-23T00:00:00Z');

  it('accepts an hour tomorrow and exactly eight hours', () => {
    expect(checkTimes(at('2026-11-24T01:00:00Z'), at('2026-11-24T02:00:00Z'), now)).toBeNull();
    expect(checkTimes(at('2026-11-24T01:00:00Z'), at('2026-11-24T09:00:00Z'), now)).toBeNull();
  });

  it('refuses an end at or before the start', () => {
    expect(checkTimes(at('2026-11-24T02:00:00Z'), at('2026-11-24T02:00:00Z'), now)?.rule).toBe('END_BEFORE_START');
    expect(checkTimes(at('2026-11-24T02:00:00Z'), at('2026-11-24T01:00:00Z'), now)?.rule).toBe('END_BEFORE_START');
  });

  it('refuses more than eight hours', () => {
    expect(checkTimes(at('2026-11-24T01:00:00Z'), at('2026-11-24T09:00:01Z'), now)?.rule).toBe('TOO_LONG');
  });

  it('refuses a start in the past, even by a second', () => {
    expect(checkTimes(now - 1000, now + HOUR, now)?.rule).toBe('IN_THE_PAST');
    expect(checkTimes(now, now + HOUR, now)).toBeNull();
  });
});

/** Indonesian office hours: Monday to Friday 08:00-16:00, Saturday 08:00-12:00. */
const OFFICE: WeeklySession[] = [1, 2, 3, 4, 5].map((d) => ({ dayOfWeek: d, opens: '08:00', closes: '16:00' })).concat([{ dayOfWeek: 6, opens: '08:00', closes: '12:00' }]);
/** A ChildPRO team: day sessions 09:00-18:00, evening sessions 13:00-21:00 on Wednesday and Friday. */
const CHILDPRO: WeeklySession[] = [1, 2, 3, 4, 5, 6].map((d) => (d === 3 || d === 5 ? { dayOfWeek: d, opens: '13:00', closes: '21:00' } : { dayOfWeek: d, opens: '09:00', closes: '18:00' }));

function mataram(overrides: Partial<CalendarFacts> = {}): CalendarFacts {
  return { timeZone: 'Asia/Makassar', agencySessions: OFFICE, rosterSessions: OFFICE, closures: new Map(), ...overrides };
}

describe('checkCalendar', () => {
  it('accepts 09:00-10:00 WITA on a Monday in Mataram (01:00-02:00 UTC)', () => {
    expect(checkCalendar(at('2026-11-30T01:00:00Z'), at('2026-11-30T02:00:00Z'), mataram())).toBeNull();
  });

  it('reads the sessions in the agency zone: 08:00 WIB in Bandung is 09:00 in Mataram', () => {
    expect(checkCalendar(at('2026-11-30T01:00:00Z'), at('2026-11-30T02:00:00Z'), { ...mataram(), timeZone: 'Asia/Jakarta' })).toBeNull();
    // 15:30-16:30 WITA is 07:30-08:30 UTC: past closing in Mataram, but 14:30-15:30 in Bandung.
    expect(checkCalendar(at('2026-11-30T07:30:00Z'), at('2026-11-30T08:30:00Z'), mataram())?.rule).toBe('OUTSIDE_SESSIONS');
    expect(checkCalendar(at('2026-11-30T07:30:00Z'), at('2026-11-30T08:30:00Z'), { ...mataram(), timeZone: 'Asia/Jakarta' })).toBeNull();
  });

  it('accepts an appointment that ends exactly at closing and one that starts exactly at opening', () => {
    expect(checkCalendar(at('2026-11-30T07:00:00Z'), at('2026-11-30T08:00:00Z'), mataram())).toBeNull();
    expect(checkCalendar(at('2026-11-30T00:00:00Z'), at('2026-11-30T01:00:00Z'), mataram())).toBeNull();
  });

  it('refuses a Sunday as a closed day, naming the day', () => {
    const breach = checkCalendar(at('2026-11-29T01:00:00Z'), at('2026-11-29T02:00:00Z'), mataram());
    expect(breach?.rule).toBe('CLOSED_DAY');
    expect(breach?.message).toContain('Sunday');
  });

  it('refuses a listed closure before looking at sessions, naming it', () => {
    const breach = checkCalendar(at('2026-12-25T01:00:00Z'), at('2026-12-25T02:00:00Z'), mataram({ closures: new Map([['2026-12-25', 'Kelahiran Yesus Kristus']]) }));
    expect(breach).toEqual(expect.objectContaining({ rule: 'CLOSED_DAY', facts: { date: '2026-12-25', closure: 'Kelahiran Yesus Kristus' } }));
  });

  it('uses the local date: 23:30 UTC on a Saturday is Sunday morning in Hong Kong', () => {
    const facts: CalendarFacts = { timeZone: 'Asia/Hong_Kong', agencySessions: CHILDPRO, rosterSessions: CHILDPRO, closures: new Map() };
    expect(checkCalendar(at('2026-11-28T23:30:00Z'), at('2026-11-29T00:30:00Z'), facts)?.rule).toBe('CLOSED_DAY');
  });

  it('refuses Saturday afternoon after the 12:00 closing', () => {
    expect(checkCalendar(at('2026-11-28T04:30:00Z'), at('2026-11-28T05:30:00Z'), mataram())?.rule).toBe('OUTSIDE_SESSIONS');
  });

  it('follows each day’s own session: a ChildPRO evening runs to 21:00 on Wednesday, not on Tuesday', () => {
    const facts: CalendarFacts = { timeZone: 'Asia/Hong_Kong', agencySessions: CHILDPRO, rosterSessions: CHILDPRO, closures: new Map() };
    // 19:00-20:00 HKT = 11:00-12:00 UTC
    expect(checkCalendar(at('2026-12-02T11:00:00Z'), at('2026-12-02T12:00:00Z'), facts)).toBeNull();
    expect(checkCalendar(at('2026-12-01T11:00:00Z'), at('2026-12-01T12:00:00Z'), facts)?.rule).toBe('OUTSIDE_SESSIONS');
    // 09:30 on a Wednesday is before the evening session opens
    expect(checkCalendar(at('2026-12-02T01:30:00Z'), at('2026-12-02T02:30:00Z'), facts)?.rule).toBe('OUTSIDE_SESSIONS');
  });

  it('treats touching sessions as one period', () => {
    const split: WeeklySession[] = [
      { dayOfWeek: 1, opens: '08:00', closes: '12:00' },
      { dayOfWeek: 1, opens: '12:00', closes: '16:00' },
    ];
    expect(checkCalendar(at('2026-11-30T03:00:00Z'), at('2026-11-30T05:00:00Z'), mataram({ agencySessions: split, rosterSessions: split }))).toBeNull();
  });

  it('refuses a time the agency is open but the staff member is not rostered', () => {
    const mornings: WeeklySession[] = [{ dayOfWeek: 1, opens: '08:00', closes: '12:00' }];
    expect(checkCalendar(at('2026-11-30T05:00:00Z'), at('2026-11-30T06:00:00Z'), mataram({ rosterSessions: mornings }))?.rule).toBe('OUTSIDE_ROSTER');
    expect(checkCalendar(at('2026-12-01T01:00:00Z'), at('2026-12-01T02:00:00Z'), mataram({ rosterSessions: mornings }))?.rule).toBe('OUTSIDE_ROSTER');
  });
});
