import { makeKk, parseKk } from './kk';

const TODAY = new Date('2025-06-15T00:00:00Z');

describe('parseKk', () => {
  test('reads region, issue date and serial', () => {
    expect(parseKk('3509291204180007', TODAY)).toEqual({
      ok: true,
      value: { kkNumber: '3509291204180007', regionCode: '350929', provinceCode: '35', issueDate: '2018-04-12', serial: 7 },
    });
  });

  test('trims surrounding spaces; leap day in a leap year', () => {
    expect(parseKk(' 3273012902200001 ', TODAY)).toMatchObject({ ok: true, value: { issueDate: '2020-02-29' } });
  });

  test('the century is the latest one not after today', () => {
    expect(parseKk('3674010101990001', TODAY)).toMatchObject({ value: { issueDate: '1999-01-01' } });
    expect(parseKk('3674011506250001', TODAY)).toMatchObject({ value: { issueDate: '2025-06-15' } });
    expect(parseKk('3674011606250001', TODAY)).toMatchObject({ value: { issueDate: '1925-06-16' } });
  });

  test.each([
    ['32730115079', 'KK_LENGTH'],
    ['35092912041800071', 'KK_LENGTH'],
    ['3273.0115.0790.0001', 'KK_DIGITS'],
    ['0073011507900001', 'KK_PROVINCE'],
    ['5200011507900001', 'KK_REGENCY'],
    ['3273014507900001', 'KK_DAY'], // no +40 on a family card
    ['3273010007900001', 'KK_DAY'],
    ['3273011514900001', 'KK_MONTH'],
    ['3273013106200001', 'KK_DATE'],
    ['3273012902190001', 'KK_DATE'],
    ['3509291507200000', 'KK_SERIAL'],
  ])('%j is refused by %s', (kk, rule) => {
    const result = parseKk(kk, TODAY);
    expect(result).toMatchObject({ ok: false, field: 'kkNumber', rule });
    if (!result.ok) expect(result.message).toMatch(/^kkNumber /);
  });
});

describe('makeKk', () => {
  test.each([
    ['350929', '2018-04-12', 7],
    ['527101', '2000-02-29', 9999],
    ['367407', '2025-06-15', 1],
  ] as const)('round trip %s %s %i', (region, issueDate, serial) => {
    const kkNumber = makeKk(region, issueDate, serial);
    expect(kkNumber).toHaveLength(16);
    expect(parseKk(kkNumber, TODAY)).toEqual({
      ok: true,
      value: { kkNumber, regionCode: region, provinceCode: region.slice(0, 2), issueDate, serial },
    });
  });

  test('refuses bad arguments', () => {
    expect(() => makeKk('3509', '2018-04-12', 1)).toThrow(RangeError);
    expect(() => makeKk('350929', '2018-02-30', 1)).toThrow(RangeError);
    expect(() => makeKk('350929', '2018-04-12', 0)).toThrow(RangeError);
  });
});
