import { encodeCell } from './copy-file-writer';

describe('encodeCell (COPY text format)', () => {
  it('writes NULL as \\N and booleans as t/f', () => {
    expect(encodeCell(null)).toBe('\\N');
    expect(encodeCell(true)).toBe('t');
    expect(encodeCell(false)).toBe('f');
    expect(encodeCell(42)).toBe('42');
  });

  it('escapes backslash, tab, newline and carriage return', () => {
    expect(encodeCell('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(encodeCell('Jl. Asia Afrika No. 12')).toBe('Jl. Asia Afrika No. 12');
  });

  it('writes arrays as array literals, quoting elements the array syntax reserves', () => {
    expect(encodeCell(['3f4376e1-3402-4534-bff2-19ef15fc1b5f', 'b82f6003-c697-506d-962a-0b65d9fe0cbf'])).toBe('{3f4376e1-3402-4534-bff2-19ef15fc1b5f,b82f6003-c697-506d-962a-0b65d9fe0cbf}');
    expect(encodeCell([])).toBe('{}');
    expect(encodeCell(['a b', 'c,d', '', 'null'])).toBe('{"a b","c,d","","null"}');
    // A quote inside an element is backslash-escaped for the array, and that backslash doubled for COPY.
    expect(encodeCell(['say "hi"'])).toBe('{"say \\\\"hi\\\\""}');
  });
});
