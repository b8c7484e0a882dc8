import { canMove, holdsTime } from './appointment-status';

describe('appointment status', () => {
  it('moves a scheduled appointment to cancelled, completed or no-show', () => {
    expect(canMove('SCHEDULED', 'CANCELLED')).toBe(true);
    expect(canMove('SCHEDULED', 'COMPLETED')).toBe(true);
    expect(canMove('SCHEDULED', 'NO_SHOW')).toBe(true);
  });

  it('keeps final statuses final', () => {
    for (const from of ['COMPLETED', 'CANCELLED', 'NO_SHOW'] as const) {
      for (const to of ['SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'] as const) expect(canMove(from, to)).toBe(false);
    }
    expect(canMove('SCHEDULED', 'SCHEDULED')).toBe(false);
  });

  it('holds the time while scheduled or completed, as the exclusion constraint does', () => {
    expect(['SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'].filter((s) => holdsTime(s as 'SCHEDULED'))).toEqual(['SCHEDULED', 'COMPLETED']);
  });
});
