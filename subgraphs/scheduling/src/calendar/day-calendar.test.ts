import { sessionIntervalsOn } from './day-calendar';

describe('sessionIntervalsOn', () => {
  const sessions = [
    { dayOfWeek: 1, opens: '09:00', closes: '18:00' },
    { dayOfWeek: 1, opens: '13:00', closes: '21:00' },
    { dayOfWeek: 2, opens: '09:00', closes: '13:00' },
  ];

  it('gives the UTC instants of the day’s sessions, overlapping ones merged', () => {
    expect(sessionIntervalsOn('2026-11-30', sessions, 'Asia/Hong_Kong')).toEqual([{ start: Date.parse('2026-11-30T01:00:00Z'), end: Date.parse('2026-11-30T13:00:00Z') }]);
  });

  it('gives nothing on a day without a session', () => {
    expect(sessionIntervalsOn('2026-11-29', sessions, 'Asia/Hong_Kong')).toEqual([]);
  });
});
