import { dateIn, parseClockSetting } from './clock';

describe('parseClockSetting', () => {
  const realNow = Date.parse('2026-12-02T06:00:00Z');

  it('is null on the real clock', () => {
    expect(parseClockSetting(undefined, undefined, realNow)).toBeNull();
    expect(parseClockSetting('', undefined, realNow)).toBeNull();
  });

  it('starts a date at 10:00 UTC+7, the same date in Jakarta, Makassar and Hong Kong', () => {
    const setting = parseClockSetting('2027-01-04', undefined, realNow)!;
    expect(new Date(setting.shows).toISOString()).toBe('2027-01-04T03:00:00.000Z');
    for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Hong_Kong']) expect(dateIn(setting.shows, zone)).toBe('2027-01-04');
    expect(setting.setAt).toBe(realNow);
  });

  it('takes an instant with its offset, and the real instant it was set at', () => {
    expect(parseClockSetting('2027-02-28T23:30:00+08:00', '1700000000000', realNow)).toEqual({ shows: Date.parse('2027-02-28T15:30:00Z'), setAt: 1_700_000_000_000 });
  });

  it('refuses what it cannot read', () => {
    expect(() => parseClockSetting('2027-02-30', undefined, realNow)).toThrow(/SATUPINTU_CLOCK/);
    expect(() => parseClockSetting('2027-13-01', undefined, realNow)).toThrow(/SATUPINTU_CLOCK/);
    expect(() => parseClockSetting('2027-01-04T09:00:00', undefined, realNow)).toThrow(/offset/);
    expect(() => parseClockSetting('2027-01-04', 'soon', realNow)).toThrow(/SATUPINTU_CLOCK_SET_AT/);
  });
});

describe('dateIn', () => {
  it('gives the date in the zone, not UTC', () => {
    const at = new Date('2026-11-23T23:30:00Z');
    expect(dateIn(at, 'Asia/Jakarta')).toBe('2026-11-24');
    expect(dateIn(at, 'Asia/Makassar')).toBe('2026-11-24');
    expect(dateIn(at, 'Asia/Hong_Kong')).toBe('2026-11-24');
    expect(dateIn(new Date('2026-11-23T16:59:00Z'), 'Asia/Jakarta')).toBe('2026-11-23');
  });
});
