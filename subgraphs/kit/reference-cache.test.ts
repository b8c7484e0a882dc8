import { ReferenceCache } from './reference-cache';

interface Row {
  id: string;
  name: string;
  area: { codes: string[] };
}

const row = (id: string, name = `agency ${id}`): Row => ({ id, name, area: { codes: ['3674'] } });

/** A fetch that answers the rows it knows and remembers what it was asked. */
function source(rows: Row[]) {
  const asked: string[][] = [];
  const fetch = async (ids: readonly string[]) => {
    asked.push([...ids]);
    return rows.filter((r) => ids.includes(r.id)).map((r) => structuredClone(r));
  };
  return { asked, fetch };
}

describe('ReferenceCache', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => (now = 1_000));

  it('asks for the missing keys only, and not again while the rows are fresh', async () => {
    const cache = new ReferenceCache<Row>({ ttlMs: 60_000, now: clock });
    const { asked, fetch } = source([row('a'), row('b'), row('c')]);
    expect((await cache.read(['a', 'b'], fetch, (r) => r.id)).map((r) => r.id)).toEqual(['a', 'b']);
    expect((await cache.read(['b', 'c'], fetch, (r) => r.id)).map((r) => r.id).sort()).toEqual(['b', 'c']);
    expect(await cache.read(['a', 'b', 'c'], fetch, (r) => r.id)).toHaveLength(3);
    expect(asked).toEqual([['a', 'b'], ['c']]);
  });

  it('reads a row again once its time to live has passed', async () => {
    const cache = new ReferenceCache<Row>({ ttlMs: 60_000, now: clock });
    const rows = [row('a', 'old name')];
    const { asked, fetch } = source(rows);
    await cache.read(['a'], fetch, (r) => r.id);
    rows[0] = row('a', 'new name');
    now += 59_999;
    expect((await cache.read(['a'], fetch, (r) => r.id))[0].name).toBe('old name');
    now += 1;
    expect((await cache.read(['a'], fetch, (r) => r.id))[0].name).toBe('new name');
    expect(asked).toEqual([['a'], ['a']]);
  });

  it('keeps no row that was not found, so that it is asked for again', async () => {
    const cache = new ReferenceCache<Row>({ ttlMs: 60_000, now: clock });
    const { asked, fetch } = source([]);
    expect(await cache.read(['x'], fetch, (r) => r.id)).toEqual([]);
    expect(await cache.read(['x'], fetch, (r) => r.id)).toEqual([]);
    expect(asked).toEqual([['x'], ['x']]);
    expect(cache.size).toBe(0);
  });

  it('with a time to live of 0 asks every time and keeps nothing', async () => {
    const cache = new ReferenceCache<Row>({ ttlMs: 0, now: clock });
    const { asked, fetch } = source([row('a')]);
    await cache.read(['a'], fetch, (r) => r.id);
    await cache.read(['a'], fetch, (r) => r.id);
    expect(asked).toEqual([['a'], ['a']]);
    expect(cache.size).toBe(0);
  });

  it('hands each read its own copy of a row over frozen nested values, so that no request changes what another reads', async () => {
    const cache = new ReferenceCache<Row>({ ttlMs: 60_000, now: clock });
    const { fetch } = source([row('a')]);
    const [first] = await cache.read(['a'], fetch, (r) => r.id);
    first.name = 'changed';
    expect(() => first.area.codes.push('3671')).toThrow(/not extensible/);
    const [again] = await cache.read(['a'], fetch, (r) => r.id);
    expect(again).toEqual(row('a'));
  });

  it('keeps at most maxRows, dropping the oldest first', async () => {
    const cache = new ReferenceCache<Row>({ ttlMs: 60_000, maxRows: 2, now: clock });
    const { asked, fetch } = source([row('a'), row('b'), row('c')]);
    await cache.read(['a'], fetch, (r) => r.id);
    await cache.read(['b'], fetch, (r) => r.id);
    await cache.read(['c'], fetch, (r) => r.id);
    expect(cache.size).toBe(2);
    await cache.read(['b', 'c'], fetch, (r) => r.id);
    await cache.read(['a'], fetch, (r) => r.id);
    expect(asked).toEqual([['a'], ['b'], ['c'], ['a']]);
  });
});
