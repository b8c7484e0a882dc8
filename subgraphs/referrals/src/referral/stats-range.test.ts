import { statsRange } from './stats-range';

describe('statsRange', () => {
  it('accepts a range up to 366 days', () => {
    expect(statsRange('2026-01-01T00:00:00Z', '2027-01-02T00:00:00Z')).toEqual({ from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-02T00:00:00Z') });
  });

  it('refuses an empty or reversed range', () => {
    expect(() => statsRange('2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'to', rule: 'RANGE_ORDER' }) }));
    expect(() => statsRange('2026-02-01T00:00:00Z', '2026-01-01T00:00:00Z')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ rule: 'RANGE_ORDER' }) }));
  });

  it('refuses a range over 366 days', () => {
    expect(() => statsRange('2026-01-01T00:00:00Z', '2027-01-02T00:00:01Z')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ rule: 'RANGE_TOO_LONG' }) }));
  });

  it('refuses an invalid instant', () => {
    expect(() => statsRange('not a date', '2026-01-01T00:00:00Z')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'from', rule: 'DATE_FORMAT' }) }));
  });
});
