import { isOverdue } from './referral-overdue';

const now = new Date('2026-11-23T02:00:00Z');
const before = new Date('2026-11-23T01:59:59Z');
const after = new Date('2026-11-23T02:00:01Z');

describe('isOverdue', () => {
  it('flags a SUBMITTED referral past its respond-by time', () => {
    expect(isOverdue({ status: 'SUBMITTED', respondBy: before, startBy: null }, now)).toBe(true);
  });

  it('does not flag one due later or exactly now', () => {
    expect(isOverdue({ status: 'SUBMITTED', respondBy: after, startBy: null }, now)).toBe(false);
    expect(isOverdue({ status: 'SUBMITTED', respondBy: now, startBy: null }, now)).toBe(false);
  });

  it('flags an ACCEPTED referral not begun past its start-by time, whatever its respond-by time', () => {
    expect(isOverdue({ status: 'ACCEPTED', respondBy: after, startBy: before }, now)).toBe(true);
    expect(isOverdue({ status: 'ACCEPTED', respondBy: before, startBy: after }, now)).toBe(false);
    expect(isOverdue({ status: 'ACCEPTED', respondBy: before, startBy: now }, now)).toBe(false);
    expect(isOverdue({ status: 'ACCEPTED', respondBy: before, startBy: null }, now)).toBe(false);
  });

  it.each(['DECLINED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN'] as const)('does not flag a referral that waits on nobody (%s)', (status) => {
    expect(isOverdue({ status, respondBy: before, startBy: before }, now)).toBe(false);
  });
});
