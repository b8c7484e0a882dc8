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
    expect(() => decodeCursor(searchTag({ ...search, name: 'Asep' }), cursor)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after', rule: 'CURSOR' }) }));
  });

  it('refuses garbage, a millisecond timestamp and a malformed id', () => {
    const tag = searchTag(search);
    expect(() => decodeCursor(tag, 'not-a-cursor')).toThrow(/not a cursor/);
    expect(() => decodeCursor(tag, encodeCursor(tag, { ...position, createdAt: '2026-01-05T03:00:00.123Z' }))).toThrow(/not a cursor/);
    expect(() => decodeCursor(tag, encodeCursor(tag, { ...position, id: 'x' }))).toThrow(/not a cursor/);
    expect(() => decodeCursor(tag, encodeCursor(tag, { ...position, score: '1; DROP' }))).toThrow(/not a cursor/);
  });
});
