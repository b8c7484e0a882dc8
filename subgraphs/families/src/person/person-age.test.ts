import { ageOf, ageOn, isChild, todayIn } from './person-age';

describe('ages in a jurisdiction’s calendar', () => {
  it('reckons today in the jurisdiction’s zone', () => {
    const lateEvening = new Date('2026-11-23T18:30:00Z');
    expect(todayIn('ID', lateEvening)).toBe('2026-11-24'); // 01:30 WIB
    expect(todayIn('HK', lateEvening)).toBe('2026-11-24'); // 02:30 HKT
    expect(todayIn('ID', new Date('2026-11-23T16:59:00Z'))).toBe('2026-11-23');
  });

  it('counts whole years, turning on the birthday', () => {
    expect(ageOn('2008-11-24', '2026-11-23')).toBe(17);
    expect(ageOn('2008-11-24', '2026-11-24')).toBe(18);
    expect(ageOn('2024-02-29', '2026-02-28')).toBe(1);
  });

  it('is a child under 18 (UU 35/2014)', () => {
    const now = new Date('2026-11-23T05:00:00Z');
    expect(isChild('2008-11-24', 'ID', now)).toBe(true);
    expect(isChild('2008-11-23', 'ID', now)).toBe(false);
    expect(ageOf(null, 'ID', now)).toBeNull();
  });
});
