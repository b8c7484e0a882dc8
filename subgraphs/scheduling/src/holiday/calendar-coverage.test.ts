import { calendarReadiness, calendarWarnings, missingYears } from './calendar-coverage';

const loaded = new Set(['ID-2026', 'ID-2027', 'HK-2026', 'HK-2027']);

describe('calendar coverage', () => {
  it('names the years of a range that are not loaded', () => {
    expect(missingYears(loaded, 'HK', '2027-12-01', '2029-01-31')).toEqual([2028, 2029]);
    expect(missingYears(loaded, 'ID', '2026-01-01', '2027-12-31')).toEqual([]);
  });

  it('warns once per jurisdiction and year', () => {
    const warnings = calendarWarnings(loaded, [
      { jurisdiction: 'HK', from: '2028-01-03', to: '2028-01-04' },
      { jurisdiction: 'HK', from: '2028-02-01', to: '2028-02-01' },
      { jurisdiction: 'ID', from: '2027-12-30', to: '2028-01-02' },
    ]);
    expect(warnings.map((w) => [w.code, w.jurisdiction, w.year])).toEqual([
      ['CALENDAR_NOT_LOADED', 'HK', 2028],
      ['CALENDAR_NOT_LOADED', 'ID', 2028],
    ]);
  });

  it('turns readiness to warn 60 days before the last loaded year ends', () => {
    expect(calendarReadiness(loaded, () => '2027-11-01')).toMatchObject({ status: 'ok', jurisdictions: { ID: { status: 'ok', loadedThrough: '2027-12-31' } } });
    const late = calendarReadiness(loaded, (j) => (j === 'HK' ? '2027-11-02' : '2027-06-01'));
    expect(late).toMatchObject({ status: 'warn', jurisdictions: { ID: { status: 'ok' }, HK: { status: 'warn', loadedThrough: '2027-12-31' } } });
    expect((late.jurisdictions.HK as { message: string }).message).toContain('2028');
    // A year after the last one loaded: nothing is known of it at all.
    expect(calendarReadiness(loaded, () => '2028-01-05')).toMatchObject({ status: 'warn', jurisdictions: { ID: { status: 'warn', loadedThrough: null } } });
  });
});
