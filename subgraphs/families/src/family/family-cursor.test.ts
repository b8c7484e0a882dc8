import { decodeCursor, encodeCursor, searchTag } from './family-cursor';

const position = { score: '0.8785714', createdAt: '2026-01-05T03:00:00.123456Z', id: '3f1b68ab-ad59-44f5-b099-36782374aedd' };
const search = { jurisdiction: 'ID' as const, name: 'Nenden' };

describe('family search cursor', () => {
  it('round-trips the position with its microseconds and exact score', () => {
    const tag = searchTag(search);
    expect(decodeCursor(tag, encodeCursor(tag, position))).toEqual(position);
  });

  it('refuses a cursor of another search', () => {
    const cursor = encodeCursor(searchTag(search), position);
    expect(() => decodeCursor(searchTag({ ...search, name: 'Asep' }), cursor)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after', rule: 'CURSOR' }) }),
    );
  });

  it('refuses garbage, a millisecond timestamp and a malformed id', () => {
    const tag = searchTag(search);
    expect(() => decodeCursor(tag, 'not-a-cursor')).toThrow(/not a cursor/);
    expect(() => decodeCursor(tag, encodeCursor(tag, { ...position, createdAt: '2026-01-05T03:00:00.123Z' }))).toThrow(/not a cursor/);
    expect(() => decodeCursor(tag, encodeCursor(tag, { ...position, id: 'x' }))).toThrow(/not a cursor/);
    expect(() => decodeCursor(tag, encodeCursor(tag, { ...position, score: '1; DROP' }))).toThrow(/not a cursor/);
  });
});

describe('hand-made family search cursors', () => {
  const tag = searchTag(search);
  const made = (score: unknown, createdAt: unknown) => Buffer.from(JSON.stringify([tag, score, createdAt, position.id])).toString('base64url');
  it.each([
    ['a score beyond real', made('1e999', position.createdAt)],
    ['a score that underflows real', made('1e-50', position.createdAt)],
    ['a score as a number', made(1, position.createdAt)],
    ['an impossible day', made(position.score, '2026-02-30T03:00:00.123456Z')],
    ['hour 24', made(position.score, '2026-01-05T24:00:00.123456Z')],
    ['year 0', made(position.score, '0000-01-05T03:00:00.123456Z')],
  ])('refuses %s as BAD_USER_INPUT on after (rule CURSOR)', (_label, cursor) => {
    expect(() => decodeCursor(tag, cursor)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after', rule: 'CURSOR' }) }));
  });

  it('keeps scores PostgreSQL prints in exponent form', () => {
    expect(decodeCursor(tag, made('1e-05', position.createdAt)).score).toBe('1e-05');
  });
});
