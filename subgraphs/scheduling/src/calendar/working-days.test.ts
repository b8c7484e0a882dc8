import { workingDayDeadline } from './working-days';

const weekdays = [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, opens: '08:00', closes: '16:00' }));
const childPro = [1, 2, 3, 4, 5, 6].flatMap((dayOfWeek) => [
  { dayOfWeek, opens: '09:00', closes: '18:00' },
  { dayOfWeek, opens: '13:00', closes: '21:00' },
]);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('workingDayDeadline', () => {
  it('counts from the next local day, skipping days without a session, and ends at the close of the last session', () => {
    // Friday 2027-01-08 15:00 in Jakarta: Monday, Tuesday, Wednesday; due Wednesday 16:00 WIB.
    expect(iso(workingDayDeadline(Date.parse('2027-01-08T08:00:00Z'), 3, 'Asia/Jakarta', weekdays, new Set()))).toBe('2027-01-13T09:00:00.000Z');
  });

  it('reads the day in the agency’s zone: 23:30 WIB on the 7th is already the 8th in Hong Kong', () => {
    const at = Date.parse('2027-01-07T16:30:00Z');
    expect(iso(workingDayDeadline(at, 1, 'Asia/Jakarta', weekdays, new Set()))).toBe('2027-01-08T09:00:00.000Z');
    // In Hong Kong it is Friday the 8th; Saturday the 9th is a working day there, until 21:00.
    expect(iso(workingDayDeadline(at, 1, 'Asia/Hong_Kong', childPro, new Set()))).toBe('2027-01-09T13:00:00.000Z');
  });

  it('skips public holidays and the agency’s closures', () => {
    // Thursday 2026-12-31: 1 January (holiday) and the weekend are skipped; the 4th is closed too.
    const closed = new Set(['2027-01-01', '2027-01-04']);
    expect(iso(workingDayDeadline(Date.parse('2026-12-31T03:00:00Z'), 2, 'Asia/Jakarta', weekdays, closed))).toBe('2027-01-06T09:00:00.000Z');
  });

  it('is null for an agency with no session at all', () => {
    expect(workingDayDeadline(Date.parse('2027-01-08T08:00:00Z'), 3, 'Asia/Jakarta', [], new Set())).toBeNull();
  });
});
