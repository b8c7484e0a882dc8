import { GraphQLError } from 'graphql';
import { checkedAttendance, checkedCapacity, checkedFamily, checkedId, checkedOverride, checkedReason, checkedStaffIds, checkedTimes, checkedVersion } from './booking-input';

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

  it('gives an education programme up to 1000 seats, required for a community event without a family', () => {
    expect(checkedCapacity('EDUCATION_PROGRAMME', 1000, false)).toBe(1000);
    expect(checkedCapacity('EDUCATION_PROGRAMME', undefined, true)).toBeNull();
    expect(extensionsOf(() => checkedCapacity('EDUCATION_PROGRAMME', undefined, false))).toEqual({ code: 'BAD_USER_INPUT', field: 'capacity', rule: 'REQUIRED' });
    expect(extensionsOf(() => checkedCapacity('EDUCATION_PROGRAMME', 1001, false))).toEqual({ code: 'BAD_USER_INPUT', field: 'capacity', rule: 'RANGE' });
    expect(extensionsOf(() => checkedCapacity('GROUP_SESSION', 201))).toEqual({ code: 'BAD_USER_INPUT', field: 'capacity', rule: 'RANGE' });
  });

  it('books every kind for a family except an education programme, which is then never at a home', () => {
    expect(checkedFamily('HOME_VISIT', 'HOME', A)).toBe(A);
    expect(checkedFamily('EDUCATION_PROGRAMME', 'CENTRE', null)).toBeNull();
    expect(extensionsOf(() => checkedFamily('GROUP_SESSION', 'CENTRE', undefined))).toEqual({ code: 'BAD_USER_INPUT', field: 'familyId', rule: 'REQUIRED' });
    expect(extensionsOf(() => checkedFamily('EDUCATION_PROGRAMME', 'HOME', null))).toEqual({ code: 'BAD_USER_INPUT', field: 'place', rule: 'HOME_WITHOUT_FAMILY' });
    expect(extensionsOf(() => checkedFamily('HOME_VISIT', 'HOME', 'x'))).toEqual({ code: 'BAD_USER_INPUT', field: 'familyId', rule: 'NOT_FOUND' });
  });

  it('counts attendance from 0 to the capacity, or to 1000 without one', () => {
    expect(checkedAttendance(40, 60, 'EDUCATION_PROGRAMME')).toBe(40);
    expect(checkedAttendance(0, 60, 'EDUCATION_PROGRAMME')).toBe(0);
    expect(checkedAttendance(1000, null, 'EDUCATION_PROGRAMME')).toBe(1000);
    expect(extensionsOf(() => checkedAttendance(61, 60, 'EDUCATION_PROGRAMME'))).toEqual({ code: 'BAD_USER_INPUT', field: 'attendanceCount', rule: 'RANGE', capacity: 60 });
    expect(extensionsOf(() => checkedAttendance(-1, null, 'GROUP_SESSION'))).toEqual({ code: 'BAD_USER_INPUT', field: 'attendanceCount', rule: 'RANGE', capacity: null });
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
