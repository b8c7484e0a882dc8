import { dayOf, dayOfWeek, isoOfDay, isoOfMinuteMs, localMinuteToUtcMs } from './day-numbers';

describe('day numbers', () => {
  it('round-trips ISO dates', () => {
    expect(isoOfDay(dayOf('2026-11-23'))).toBe('2026-11-23');
    expect(dayOf('1970-01-02')).toBe(1);
    expect(isoOfDay(dayOf('1926-02-28') + 1)).toBe('1926-03-01');
  });

  it('knows the ISO day of week', () => {
    expect(dayOfWeek(dayOf('2026-11-23'))).toBe(1); // a Monday
    expect(dayOfWeek(dayOf('2026-11-29'))).toBe(7); // a Sunday
    expect(dayOfWeek(dayOf('1960-01-01'))).toBe(5); // a Friday, before 1970
  });

  it('turns a local wall-clock minute into UTC and formats it as toISOString does, without milliseconds', () => {
    const ms = localMinuteToUtcMs(dayOf('2026-11-23'), 9 * 60 + 30, 7 * 60); // 09:30 in Asia/Jakarta
    expect(new Date(ms).toISOString()).toBe('2026-11-23T02:30:00.000Z');
    expect(isoOfMinuteMs(ms)).toBe('2026-11-23T02:30:00Z');
    expect(isoOfMinuteMs(localMinuteToUtcMs(dayOf('2026-11-23'), 5 * 60, 8 * 60))).toBe('2026-11-22T21:00:00Z');
  });
});
