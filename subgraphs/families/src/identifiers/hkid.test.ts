import { hkidCheckDigit, makeHkid, maskHkid, parseHkid } from './hkid';

describe('hkidCheckDigit', () => {
  // Worked by hand: A123456 = 36*9 + 10*8 + 1*7 + 2*6 + 3*5 + 4*4 + 5*3 + 6*2 = 481; 481 mod 11 = 8; 11 - 8 = 3.
  test.each([
    ['A', '123456', '3'],
    ['C', '668668', '9'], // 596 mod 11 = 2 -> 9
    ['G', '123456', 'A'], // 529 mod 11 = 1 -> 10 -> A
    ['Z', '683365', 'A'],
    ['K', '000000', '0'], // 484 mod 11 = 0 -> 11 -> 0
    ['AB', '987654', '3'], // two letters: no space; 371 mod 11 = 8 -> 3
    ['XA', '000000', '8'],
  ])('%s%s has check %s', (prefix, digits, check) => {
    expect(hkidCheckDigit(prefix, digits)).toBe(check);
  });

  test('refuses malformed arguments', () => {
    expect(() => hkidCheckDigit('', '123456')).toThrow(RangeError);
    expect(() => hkidCheckDigit('ABC', '123456')).toThrow(RangeError);
    expect(() => hkidCheckDigit('A', '12345')).toThrow(RangeError);
  });
});

describe('parseHkid: valid', () => {
  test.each([
    ['A123456(3)', 'A123456(3)'],
    ['A1234563', 'A123456(3)'],
    [' a123456(3) ', 'A123456(3)'],
    ['G123456(A)', 'G123456(A)'],
    ['G123456A', 'G123456(A)'],
    ['C668668(9)', 'C668668(9)'],
    ['K000000(0)', 'K000000(0)'],
    ['AB987654(3)', 'AB987654(3)'],
    ['Z683365(A)', 'Z683365(A)'],
  ])('%j normalises to %s', (input, hkid) => {
    expect(parseHkid(input)).toMatchObject({ ok: true, value: { hkid } });
  });

  test('every check character 0-9 and A occurs and is accepted', () => {
    const samples = ['M100148(0)', 'AZ100074(1)', 'R100037(2)', 'R100000(3)', 'R100148(4)', 'R100111(5)', 'R100259(6)', 'AZ100037(7)', 'AZ100000(8)', 'M100037(9)', 'M100000(A)'];
    for (const hkid of samples) expect(parseHkid(hkid)).toMatchObject({ ok: true, value: { hkid } });
  });

  test('returns the parts', () => {
    expect(parseHkid('AB987654(3)')).toEqual({
      ok: true,
      value: { hkid: 'AB987654(3)', prefix: 'AB', digits: '987654', checkDigit: '3' },
    });
  });
});

describe('parseHkid: malformed, each with its rule', () => {
  test.each([
    ['', 'HKID_PREFIX'],
    ['123456(7)', 'HKID_PREFIX'],
    ['ABC123456(7)', 'HKID_PREFIX'],
    ['A12345(6)', 'HKID_DIGITS'],
    ['A1234567(8)', 'HKID_DIGITS'],
    ['A12345678', 'HKID_DIGITS'],
    ['A123456', 'HKID_CHECK_CHAR'],
    ['A123456(B)', 'HKID_CHECK_CHAR'],
    ['C668668(E)', 'HKID_CHECK_CHAR'], // E can never be a check character
    ['A123456(33)', 'HKID_CHECK_CHAR'],
    ['A123456(3', 'HKID_BRACKETS'],
    ['A1234563)', 'HKID_BRACKETS'],
    ['A123456((3))', 'HKID_BRACKETS'],
    ['A123456(4)', 'HKID_CHECK_DIGIT'],
    ['A1234564', 'HKID_CHECK_DIGIT'],
    ['G123456(0)', 'HKID_CHECK_DIGIT'],
    ['AB987654(A)', 'HKID_CHECK_DIGIT'],
    ['C668668(8)', 'HKID_CHECK_DIGIT'],
    ['A123456 (3)', 'HKID_FORMAT'],
    ['A-123456(3)', 'HKID_FORMAT'],
  ])('%j is refused by %s', (hkid, rule) => {
    const result = parseHkid(hkid);
    expect(result).toMatchObject({ ok: false, field: 'hkid', rule });
    if (!result.ok) expect(result.message).toMatch(/^hkid /);
  });
});

describe('makeHkid and maskHkid', () => {
  test.each([
    ['A', '123456'],
    ['g', '123456'],
    ['WX', '123456'],
    ['P', '103020'],
  ])('makeHkid(%s, %s) round-trips through parseHkid', (prefix, digits) => {
    const hkid = makeHkid(prefix, digits);
    expect(hkid).toMatch(/^[A-Z]{1,2}[0-9]{6}\([0-9A]\)$/);
    expect(parseHkid(hkid)).toMatchObject({ ok: true, value: { hkid } });
  });

  test.each([
    ['A123456(3)', 'A123***(*)'],
    ['a1234563', 'A123***(*)'],
    ['AB987654(3)', 'AB987***(*)'],
    ['G123456A', 'G123***(*)'],
  ])('maskHkid(%j) is %s', (hkid, masked) => {
    expect(maskHkid(hkid)).toBe(masked);
  });

  test('something not shaped like an HKID is masked completely', () => {
    expect(maskHkid('A12345')).toBe('*******(*)');
    expect(maskHkid('')).toBe('*******(*)');
  });
});
