import { makeNik, nikWarnings, parseNik, ParsedNik } from './nik';

const TODAY = new Date('2025-06-15T00:00:00Z');

function parsed(input: string, today: Date = TODAY): ParsedNik {
  const result = parseNik(input, today);
  if (!result.ok) throw new Error(`expected ${input} to parse, got ${result.rule}: ${result.message}`);
  return result.value;
}

describe('parseNik: valid', () => {
  test('a man: day as is', () => {
    expect(parsed('3273011507900001')).toEqual({
      nik: '3273011507900001',
      regionCode: '327301',
      provinceCode: '32',
      birthDate: '1990-07-15',
      sex: 'MALE',
      serial: 1,
    });
  });

  test('a woman: day + 40 (45 is the 5th)', () => {
    expect(parsed('3509294503850012')).toMatchObject({ birthDate: '1985-03-05', sex: 'FEMALE', serial: 12 });
  });

  test.each([
    ['3273014101900001', '1990-01-01'],
    ['3273015506900001', '1990-06-15'],
    ['3273017112990001', '1999-12-31'],
  ])('female days 41-71: %s is %s', (nik, birthDate) => {
    expect(parsed(nik)).toMatchObject({ birthDate, sex: 'FEMALE' });
  });

  test('male days 01 and 31', () => {
    expect(parsed('3273010101900001')).toMatchObject({ birthDate: '1990-01-01', sex: 'MALE' });
    expect(parsed('3273013112990001')).toMatchObject({ birthDate: '1999-12-31', sex: 'MALE' });
  });

  test('leap day: 290204 is 2004-02-29, for a man and (69) for a woman', () => {
    expect(parsed('3273012902040001')).toMatchObject({ birthDate: '2004-02-29', sex: 'MALE' });
    expect(parsed('3273016902040001')).toMatchObject({ birthDate: '2004-02-29', sex: 'FEMALE' });
  });

  test('surrounding spaces are trimmed', () => {
    expect(parsed('  3273011507900001 \t')).toMatchObject({ nik: '3273011507900001' });
  });

  test('serial 9999 is the highest', () => {
    expect(parsed('3273011507909999').serial).toBe(9999);
  });
});

describe('parseNik: the century is the latest one not after today', () => {
  test.each([
    ['3273011506250001', '2025-06-15'], // today itself
    ['3273011606250001', '1925-06-16'], // tomorrow, so a century ago
    ['3273010101000001', '2000-01-01'],
    ['3273013112990001', '1999-12-31'],
    ['3273010101240001', '2024-01-01'],
  ])('%s (today 2025-06-15) is born %s', (nik, birthDate) => {
    expect(parsed(nik).birthDate).toBe(birthDate);
  });

  test('the leap year is judged in the inferred century: 290200 is 2000 now, 1900 (no 29 Feb) in 1999', () => {
    expect(parsed('3273012902000001').birthDate).toBe('2000-02-29');
    const in1999 = parseNik('3273012902000001', new Date('1999-01-01T00:00:00Z'));
    expect(in1999).toMatchObject({ ok: false, rule: 'NIK_DATE' });
  });

  test('today defaults to now', () => {
    expect(parseNik('3273010101000001')).toMatchObject({ ok: true, value: { birthDate: '2000-01-01' } });
  });
});

describe('parseNik: malformed, each with its rule', () => {
  test.each([
    ['', 'NIK_LENGTH'],
    ['327301150790001', 'NIK_LENGTH'],
    ['32730115079000011', 'NIK_LENGTH'],
    ['3273-0115-0790-0001', 'NIK_DIGITS'],
    ['3273 0115 0790 0001', 'NIK_DIGITS'],
    ['3273011507900O01', 'NIK_DIGITS'],
    ['３２７３０１１５０７９０００１', 'NIK_DIGITS'],
    ['9973011507900001', 'NIK_PROVINCE'],
    ['2073011507900001', 'NIK_PROVINCE'],
    ['3200011507900001', 'NIK_REGENCY'],
    ['3273010007900001', 'NIK_DAY'],
    ['3273013207900001', 'NIK_DAY'],
    ['3273014007900001', 'NIK_DAY'],
    ['3273017207900001', 'NIK_DAY'],
    ['3273011500900001', 'NIK_MONTH'],
    ['3273011513900001', 'NIK_MONTH'],
    ['3273013102900001', 'NIK_DATE'],
    ['3273013104900001', 'NIK_DATE'],
    ['3273012902050001', 'NIK_DATE'],
    ['3273017102900001', 'NIK_DATE'],
    ['3273011507900000', 'NIK_SERIAL'],
  ])('%j is refused by %s', (nik, rule) => {
    const result = parseNik(nik, TODAY);
    expect(result).toMatchObject({ ok: false, field: 'nik', rule });
    if (!result.ok) expect(result.message).toMatch(/^nik /);
  });

  test('messages name the field and the rule, and do not echo the whole NIK', () => {
    expect(parseNik('327301150790001', TODAY)).toMatchObject({ message: 'nik must be 16 digits (got 15)' });
    const bad = parseNik('3273017207900001', TODAY);
    expect(bad).toMatchObject({ rule: 'NIK_DAY', message: expect.stringContaining('41-71') });
    if (!bad.ok) expect(bad.message).not.toContain('3273017207900001');
  });
});

describe('nikWarnings', () => {
  const man = parsed('3273011507900001'); // 1990-07-15, MALE

  test('no warning when the record agrees, or says nothing', () => {
    expect(nikWarnings(man, { birthDate: '1990-07-15', sex: 'MALE' })).toEqual([]);
    expect(nikWarnings(man, {})).toEqual([]);
    expect(nikWarnings(man, { birthDate: null, sex: null })).toEqual([]);
    expect(nikWarnings(man, { birthDate: '1990-07-15T00:00:00.000Z' })).toEqual([]);
  });

  test('only day, month and two-digit year are compared: another century is not a mismatch', () => {
    expect(nikWarnings(man, { birthDate: '1890-07-15' })).toEqual([]);
  });

  test.each(['1990-07-16', '1990-08-15', '1991-07-15'])('recorded %s disagrees with the NIK', (birthDate) => {
    expect(nikWarnings(man, { birthDate })).toEqual(['NIK_BIRTH_DATE_MISMATCH']);
  });

  test('a recorded sex that disagrees with day + 40', () => {
    expect(nikWarnings(man, { sex: 'FEMALE' })).toEqual(['NIK_SEX_MISMATCH']);
    expect(nikWarnings(parsed('3509294503850012'), { sex: 'MALE' })).toEqual(['NIK_SEX_MISMATCH']);
  });

  test('both at once, birth date first', () => {
    expect(nikWarnings(man, { birthDate: '1990-07-14', sex: 'FEMALE' })).toEqual(['NIK_BIRTH_DATE_MISMATCH', 'NIK_SEX_MISMATCH']);
  });

  test('an unreadable recorded date raises no warning (it cannot be compared)', () => {
    expect(nikWarnings(man, { birthDate: '15/07/1990' })).toEqual([]);
  });
});

describe('makeNik', () => {
  test('adds 40 to the day for women and pads every part', () => {
    expect(makeNik('350929', '1985-03-05', 'FEMALE', 12)).toBe('3509294503850012');
    expect(makeNik('327301', '1990-07-15', 'MALE', 1)).toBe('3273011507900001');
  });

  test.each([
    ['327301', '1990-07-15', 'MALE', 1],
    ['327301', '1999-12-31', 'FEMALE', 9999],
    ['367401', '2000-02-29', 'FEMALE', 42],
    ['350904', '2004-02-29', 'MALE', 7],
    ['527106', '2025-06-15', 'FEMALE', 3],
    ['350930', '1925-06-16', 'MALE', 250],
  ] as const)('round trip %s %s %s %i', (region, birthDate, sex, serial) => {
    const nik = makeNik(region, birthDate, sex, serial);
    expect(parsed(nik)).toEqual({
      nik,
      regionCode: region,
      provinceCode: region.slice(0, 2),
      birthDate,
      sex,
      serial,
    });
  });

  test('a date more than 100 years back reads as the later century (documented limit)', () => {
    expect(parsed(makeNik('327301', '1925-06-15', 'MALE', 1)).birthDate).toBe('2025-06-15');
  });

  test.each([
    ['32730', '1990-07-15', 1],
    ['990101', '1990-07-15', 1],
    ['320001', '1990-07-15', 1],
    ['327301', '2005-02-29', 1],
    ['327301', '15-07-1990', 1],
    ['327301', '1990-07-15', 0],
    ['327301', '1990-07-15', 10000],
    ['327301', '1990-07-15', 1.5],
  ])('refuses bad arguments: %s %s %s', (region, birthDate, serial) => {
    expect(() => makeNik(region, birthDate, 'MALE', serial)).toThrow(RangeError);
  });
});
