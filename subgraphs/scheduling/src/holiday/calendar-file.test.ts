import { parseCalendarYear, shippedCalendar, shippedHolidays } from './calendar-file';

const count = (name: string, kind: string) => shippedCalendar(name).days.filter((d) => d.kind === kind).length;

describe('the calendars SatuPintu ships', () => {
  it('each name their legal source, and every day carries it', () => {
    for (const name of ['ID-2026', 'ID-2027', 'HK-2026', 'HK-2027']) {
      const calendar = shippedCalendar(name);
      expect(`${calendar.jurisdiction}-${calendar.year}`).toBe(name);
      expect(calendar.source).toMatch(calendar.jurisdiction === 'ID' ? /SKB 3 Menteri/ : /General Holidays Ordinance \(Cap\. 149\)/);
      for (const day of calendar.days) expect(day.source).toBe(calendar.source);
    }
  });

  it('hold the decreed numbers of days', () => {
    expect([count('ID-2026', 'PUBLIC_HOLIDAY'), count('ID-2026', 'COLLECTIVE_LEAVE')]).toEqual([17, 8]);
    expect([count('ID-2027', 'PUBLIC_HOLIDAY'), count('ID-2027', 'COLLECTIVE_LEAVE')]).toEqual([18, 8]);
    expect([count('HK-2026', 'PUBLIC_HOLIDAY'), count('HK-2027', 'PUBLIC_HOLIDAY')]).toEqual([17, 17]);
  });

  it('know New Year’s Day, Independence Day and HKSAR Establishment Day', () => {
    const all = shippedHolidays();
    for (const [jurisdiction, date] of [
      ['ID', '2027-01-01'],
      ['HK', '2027-01-01'],
      ['ID', '2026-08-17'],
      ['ID', '2027-08-17'],
      ['HK', '2027-07-01'],
    ]) {
      expect(all.some((h) => h.jurisdiction === jurisdiction && h.date === date)).toBe(true);
    }
  });

  it('list no Hong Kong Sunday: a general holiday on a Sunday moves to the next weekday', () => {
    for (const h of shippedHolidays().filter((x) => x.jurisdiction === 'HK')) expect(new Date(`${h.date}T00:00:00Z`).getUTCDay()).not.toBe(0);
  });
});

describe('parseCalendarYear', () => {
  const file = (days: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ jurisdiction: 'HK', year: 2028, source: 'Cap. 149, G.N. 1 of 2027', days, ...extra });

  it('reads a year, each day inheriting the file’s source unless it names its own', () => {
    const parsed = parseCalendarYear(
      file([
        { date: '2028-01-01', name: 'The first day of January', kind: 'PUBLIC_HOLIDAY' },
        { date: '2028-05-01', name: 'Labour Day', kind: 'PUBLIC_HOLIDAY', source: 'G.N. 2 of 2027' },
      ]),
    );
    expect(parsed).toEqual({ ok: true, value: expect.objectContaining({ jurisdiction: 'HK', year: 2028 }) });
    if (parsed.ok) expect(parsed.value.days.map((d) => d.source)).toEqual(['Cap. 149, G.N. 1 of 2027', 'G.N. 2 of 2027']);
  });

  it('lists every problem and refuses the whole file', () => {
    const parsed = parseCalendarYear(
      file(
        [
          { date: '2028-02-30', name: 'x', kind: 'PUBLIC_HOLIDAY' },
          { date: '2027-12-25', name: 'Christmas Day', kind: 'PUBLIC_HOLIDAY' },
          { date: '2028-03-01', name: '', kind: 'COLLECTIVE_LEAVE' },
          { date: '2028-03-01', name: 'Again', kind: 'HOLIDAY' },
        ],
        { source: ' ' },
      ),
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems).toEqual([
        'source: must name the legal source (1 to 1000 characters)',
        'days[0].date: must be a date YYYY-MM-DD',
        'days[1].date: 2027-12-25 is not in 2028',
        'days[2].name: must be 1 to 200 characters',
        'days[2].kind: HK has no COLLECTIVE_LEAVE',
        'days[3].date: 2028-03-01 is listed twice',
        'days[3].kind: must be PUBLIC_HOLIDAY or COLLECTIVE_LEAVE',
      ]);
    }
  });

  it('refuses what is not JSON', () => {
    expect(parseCalendarYear('{')).toMatchObject({ ok: false });
  });
});
