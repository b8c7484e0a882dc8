import { decodeCursor, encodeCursor } from './referral-cursor';

const position = { sortKey: '2026-11-23T02:00:00.123456Z', id: '0b7c1a52-3c1e-4f1e-9a55-2f9a4c1d7e01' };

describe('referral cursors', () => {
  it('round-trips a keyset position, microseconds included', () => {
    expect(decodeCursor('INCOMING', encodeCursor('INCOMING', position))).toEqual(position);
    expect(decodeCursor('OUTGOING', encodeCursor('OUTGOING', position))).toEqual(position);
  });

  it('is opaque base64url', () => {
    expect(encodeCursor('INCOMING', position)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('lower-cases the id so that it compares with PostgreSQL uuids', () => {
    const cursor = encodeCursor('INCOMING', { ...position, id: position.id.toUpperCase() });
    expect(decodeCursor('INCOMING', cursor).id).toBe(position.id);
  });

  it('refuses a cursor from the other queue, whose order differs', () => {
    expect(() => decodeCursor('INCOMING', encodeCursor('OUTGOING', position))).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after', rule: 'CURSOR' }) }),
    );
  });

  const bad: Array<[string, string]> = [
    ['not base64 JSON', 'garbage!'],
    ['empty', ''],
    ['a JSON object', Buffer.from('{"a":1}').toString('base64url')],
    ['a millisecond sort key', Buffer.from(JSON.stringify(['in', '2026-11-23T02:00:00.123Z', position.id])).toString('base64url')],
    ['an impossible date', Buffer.from(JSON.stringify(['in', '2026-13-45T02:00:00.123456Z', position.id])).toString('base64url')],
    ['a day the month does not have', Buffer.from(JSON.stringify(['in', '2026-02-30T02:00:00.123456Z', position.id])).toString('base64url')],
    ['hour 24', Buffer.from(JSON.stringify(['in', '2026-11-23T24:00:00.123456Z', position.id])).toString('base64url')],
    ['year 0', Buffer.from(JSON.stringify(['in', '0000-11-23T02:00:00.123456Z', position.id])).toString('base64url')],
    ['a number', Buffer.from(JSON.stringify(['in', Infinity, position.id])).toString('base64url')],
    ['an id that is not a uuid', Buffer.from(JSON.stringify(['in', position.sortKey, "1' OR '1'='1"])).toString('base64url')],
  ];
  it.each(bad)('refuses %s with BAD_USER_INPUT', (_label, cursor) => {
    expect(() => decodeCursor('INCOMING', cursor)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });
});
