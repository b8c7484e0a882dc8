import { localDate } from './local-date';

describe('localDate', () => {
  it('gives the date in the agency’s zone, not UTC', () => {
    const at = new Date('2026-11-23T23:30:00Z');
    expect(localDate(at, 'Asia/Jakarta')).toBe('2026-11-24');
    expect(localDate(at, 'Asia/Makassar')).toBe('2026-11-24');
    expect(localDate(at, 'Asia/Hong_Kong')).toBe('2026-11-24');
    expect(localDate(new Date('2026-11-23T16:59:00Z'), 'Asia/Jakarta')).toBe('2026-11-23');
  });
});
