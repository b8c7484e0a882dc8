import { GraphQLError } from 'graphql';
import { checkedCapacity, checkedId, checkedOverride, checkedReason, checkedStaffIds, checkedTimes, checkedVersion } from './booking-input';

function extensionsOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err instanceof GraphQLError ? err.extensions : err;
  }
  return null;
}

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

describe('booking input', () => {
  const now = Date.parse('2026-11-23T00:00:00Z');

  it('turns DateTime values into instants and applies the time rules', () => {
    expect(checkedTimes(new Date('2026-11-24T01:00:00Z'), '2026-11-24T02:00:00Z', now)).toEqual({ startsAt: Date.parse('2026-11-24T01:00:00Z'), endsAt: Date.parse('2026-11-24T02:00:00Z') });
    expect(extensionsOf(() => checkedTimes('2026-11-24T02:00:00Z', '2026-11-24T01:00:00Z', now))).toEqual({ code: 'BAD_USER_INPUT', rule: 'END_BEFORE_START', field: 'endsAt' });
    expect(extensionsOf(() => checkedTimes('2026-11-22T02:00:00Z', '2026-11-22T03:00:00Z', now))).toEqual({ code: 'BAD_USER_INPUT', rule: 'IN_THE_PAST', field: 'startsAt' });
  });

  it('takes one or two distinct staff members', () => {
    expect(checkedStaffIds([A.toUpperCase(), B])).toEqual([A, B]);
    expect(extensionsOf(() => checkedStaffIds([]))).toEqual({ code: 'BAD_USER_INPUT', field: 'staffIds', rule: 'STAFF_COUNT' });
    expect(extensionsOf(() => checkedStaffIds([A, B, A]))).toEqual({ code: 'BAD_USER_INPUT', field: 'staffIds', rule: 'STAFF_COUNT' });
    expect(extensionsOf(() => checkedStaffIds([A, A]))).toEqual({ code: 'BAD_USER_INPUT', field: 'staffIds', rule: 'DUPLICATE' });
    expect(extensionsOf(() => checkedStaffIds([A, 'x']))).toEqual({ code: 'BAD_USER_INPUT', field: 'staffIds[1]', rule: 'NOT_FOUND' });
  });

  it('requires a capacity for a group session only', () => {
    expect(checkedCapacity('GROUP_SESSION', 8)).toBe(8);
    expect(checkedCapacity('HOME_VISIT', null)).toBeNull();
    expect(extensionsOf(() => checkedCapacity('GROUP_SESSION', undefined))).toEqual({ code: 'BAD_USER_INPUT', field: 'capacity', rule: 'REQUIRED' });
    expect(extensionsOf(() => checkedCapacity('GROUP_SESSION', 0))).toEqual({ code: 'BAD_USER_INPUT', field: 'capacity', rule: 'RANGE' });
    expect(extensionsOf(() => checkedCapacity('ESCORT', 2))).toEqual({ code: 'BAD_USER_INPUT', field: 'capacity', rule: 'GROUP_ONLY' });
  });

  it('trims reasons and refuses blank or overlong ones', () => {
    expect(checkedOverride({ reason: '  child at risk tonight ' })).toBe('child at risk tonight');
    expect(checkedOverride(null)).toBeNull();
    expect(extensionsOf(() => checkedOverride({ reason: '   ' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'emergencyOverride.reason', rule: 'LENGTH' });
    expect(extensionsOf(() => checkedReason('reason', 'x'.repeat(501)))).toEqual({ code: 'BAD_USER_INPUT', field: 'reason', rule: 'LENGTH' });
  });

  it('refuses ids that cannot exist and versions that were never read', () => {
    expect(extensionsOf(() => checkedId('familyId', 'family', '42'))).toEqual({ code: 'BAD_USER_INPUT', field: 'familyId', rule: 'NOT_FOUND' });
    expect(extensionsOf(() => checkedVersion(0))).toEqual({ code: 'BAD_USER_INPUT', field: 'expectedVersion', rule: 'RANGE' });
    expect(checkedVersion(3)).toBe(3);
  });
});
