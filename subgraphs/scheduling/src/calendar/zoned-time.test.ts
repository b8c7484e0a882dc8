import { addDays, datesFrom, daysBetween, isoDayOfWeek, localDateOf, minutesOfClock, offsetMinutesAt, zonedInstant } from './zoned-time';

describe('zoned time', () => {
  it('turns local office hours into UTC in each SatuPintu zone', () => {
    expect(new Date(zonedInstant('2026-11-30', 8 * 60, 'Asia/Jakarta')).toISOString()).toBe('2026-11-30T01:00:00.000Z');
    expect(new Date(zonedInstant('2026-11-30', 8 * 60, 'Asia/Makassar')).toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(new Date(zonedInstant('2026-11-30', 21 * 60, 'Asia/Hong_Kong')).toISOString()).toBe('2026-11-30T13:00:00.000Z');
  });

  it('gives an early-morning local time on the previous UTC day', () => {
    expect(new Date(zonedInstant('2026-12-01', 6 * 60, 'Asia/Hong_Kong')).toISOString()).toBe('2026-11-30T22:00:00.000Z');
  });

  it('follows daylight saving where a zone has it', () => {
    expect(new Date(zonedInstant('2026-01-15', 9 * 60, 'America/New_York')).toISOString()).toBe('2026-01-15T14:00:00.000Z');
    expect(new Date(zonedInstant('2026-07-15', 9 * 60, 'America/New_York')).toISOString()).toBe('2026-07-15T13:00:00.000Z');
    // 02:30 does not exist on 8 March 2026 in New York: it resolves to 03:30 EDT.
    expect(new Date(zonedInstant('2026-03-08', 150, 'America/New_York')).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    // 01:30 happens twice on 1 November 2026: the first, in EDT.
    expect(new Date(zonedInstant('2026-11-01', 90, 'America/New_York')).toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('reads local dates and offsets', () => {
    expect(localDateOf(Date.parse('2026-11-28T16:30:00Z'), 'Asia/Hong_Kong')).toBe('2026-11-29');
    expect(localDateOf(Date.parse('2026-11-28T15:59:59Z'), 'Asia/Hong_Kong')).toBe('2026-11-28');
    expect(offsetMinutesAt(Date.parse('2026-11-28T00:00:00Z'), 'Asia/Makassar')).toBe(480);
    expect(offsetMinutesAt(Date.parse('2026-11-28T00:00:00Z'), 'Asia/Jakarta')).toBe(420);
  });

  it('counts calendar days', () => {
    expect(isoDayOfWeek('2026-11-29')).toBe(7);
    expect(isoDayOfWeek('2026-11-30')).toBe(1);
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(datesFrom('2026-12-30', '2027-01-01')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01']);
    expect(datesFrom('2026-12-30', '2026-12-29')).toEqual([]);
    expect(minutesOfClock('13:45')).toBe(825);
  });
});
