import { toLocalIsoDateTime } from './local-date-time';

describe('toLocalIsoDateTime', () => {
  it('shows Western Indonesia Time (WIB, Bandung, Tangerang Selatan, Jember) at +07:00', () => {
    expect(toLocalIsoDateTime(new Date('2026-11-24T02:00:00Z'), 'Asia/Jakarta')).toBe('2026-11-24T09:00:00+07:00');
  });

  it('shows Central Indonesia Time (WITA, Mataram) at +08:00', () => {
    expect(toLocalIsoDateTime(new Date('2026-11-24T01:00:00Z'), 'Asia/Makassar')).toBe('2026-11-24T09:00:00+08:00');
  });

  it('shows Hong Kong Time at +08:00', () => {
    expect(toLocalIsoDateTime(new Date('2026-11-24T13:00:00Z'), 'Asia/Hong_Kong')).toBe('2026-11-24T21:00:00+08:00');
  });

  it('moves to the next local day when UTC is still on the previous one', () => {
    expect(toLocalIsoDateTime(new Date('2026-11-23T17:30:00Z'), 'Asia/Jakarta')).toBe('2026-11-24T00:30:00+07:00');
  });

  it('drops milliseconds and keeps the instant', () => {
    const local = toLocalIsoDateTime(new Date('2026-08-17T03:15:42.999Z'), 'Asia/Makassar');
    expect(local).toBe('2026-08-17T11:15:42+08:00');
    expect(new Date(local).getTime()).toBe(new Date('2026-08-17T03:15:42Z').getTime());
  });

  it('writes negative and half-hour offsets', () => {
    expect(toLocalIsoDateTime(new Date('2026-01-15T12:00:00Z'), 'America/New_York')).toBe('2026-01-15T07:00:00-05:00');
    expect(toLocalIsoDateTime(new Date('2026-01-15T12:00:00Z'), 'Asia/Kolkata')).toBe('2026-01-15T17:30:00+05:30');
    expect(toLocalIsoDateTime(new Date('2026-01-15T12:00:00Z'), 'UTC')).toBe('2026-01-15T12:00:00+00:00');
  });
});
