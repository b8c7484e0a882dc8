import { isOverdue } from './referral-overdue';

const now = new Date('2026-11-23T02:00:00Z');
const before = new Date('2026-11-23T01:59:59Z');
const after = new Date('2026-11-23T02:00:01Z');

describe('isOverdue', () => {
  it('flags a SUBMITTED referral past its respond-by time', () => {
    expect(isOverdue({ status: 'SUBMITTED', respondBy: before }, now)).toBe(true);
  });

  it('does not flag one due later or exactly now', () => {
    expect(isOverdue({ status: 'SUBMITTED', respondBy: after }, now)).toBe(false);
    expect(isOverdue({ status: 'SUBMITTED', respondBy: now }, now)).toBe(false);
  });

  it.each(['ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN'] as const)('does not flag an answered referral (%s)', (status) => {
    expect(isOverdue({ status, respondBy: before }, now)).toBe(false);
  });
});
