import { GraphQLError } from 'graphql';
import { checkedDuration, checkedFirst, checkedWindow } from './availability-args';

function extensionsOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err instanceof GraphQLError ? err.extensions : err;
  }
  return null;
}

describe('availability arguments', () => {
  const now = Date.parse('2026-11-23T00:00:00Z');

  it('accepts four weeks and starts no earlier than now', () => {
    expect(checkedWindow('2026-11-22T00:00:00Z', '2026-12-21T00:00:00Z', 60, now)).toEqual({ from: now, to: Date.parse('2026-12-21T00:00:00Z'), durationMinutes: 60 });
    expect(checkedWindow(new Date('2026-11-24T00:00:00Z'), new Date('2026-12-25T00:00:00Z'), 15, now).from).toBe(Date.parse('2026-11-24T00:00:00Z'));
  });

  it('refuses a backward range or one longer than 31 days', () => {
    expect(extensionsOf(() => checkedWindow('2026-11-25T00:00:00Z', '2026-11-24T00:00:00Z', 60, now))).toEqual({ code: 'BAD_USER_INPUT', field: 'to', rule: 'DATE_RANGE' });
    expect(extensionsOf(() => checkedWindow('2026-11-24T00:00:00Z', '2026-12-25T00:00:01Z', 60, now))).toEqual({ code: 'BAD_USER_INPUT', field: 'to', rule: 'DATE_RANGE' });
  });

  it('takes durations from 15 minutes to 8 hours and 1 to 5000 slots', () => {
    expect(checkedDuration(480)).toBe(480);
    expect(extensionsOf(() => checkedDuration(10))).toEqual({ code: 'BAD_USER_INPUT', field: 'durationMinutes', rule: 'RANGE' });
    expect(extensionsOf(() => checkedDuration(481))).toEqual({ code: 'BAD_USER_INPUT', field: 'durationMinutes', rule: 'RANGE' });
    expect(checkedFirst(5000)).toBe(5000);
    expect(extensionsOf(() => checkedFirst(0))).toEqual({ code: 'BAD_USER_INPUT', field: 'first', rule: 'RANGE' });
  });
});
