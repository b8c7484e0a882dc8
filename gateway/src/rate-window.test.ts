import { MAX_HITS, nextWindow, retryAfterSeconds } from './rate-window';

describe('rate-limit windows', () => {
  const start = 1_000_000;
  const minute = 60_000;

  it("starts a window at a key's first request", () => {
    expect(nextWindow(undefined, start, minute)).toEqual({ hits: 1, endsAt: start + minute });
  });

  it('counts requests within the window without moving its end', () => {
    let w = nextWindow(undefined, start, minute);
    w = nextWindow(w, start + 10, minute);
    w = nextWindow(w, start + minute - 1, minute);
    expect(w).toEqual({ hits: 3, endsAt: start + minute });
  });

  it('starts afresh at the very millisecond the window ends, and later', () => {
    const w = { hits: 50, endsAt: start + minute };
    expect(nextWindow(w, start + minute, minute)).toEqual({ hits: 1, endsAt: start + 2 * minute });
    expect(nextWindow(w, start + 5 * minute + 7, minute)).toEqual({ hits: 1, endsAt: start + 6 * minute + 7 });
  });

  it('stops counting at the cap instead of growing without bound', () => {
    expect(nextWindow({ hits: MAX_HITS, endsAt: start + minute }, start, minute).hits).toBe(MAX_HITS);
  });

  it('refuses nothing while every key is within its limit, its last request included', () => {
    expect(retryAfterSeconds([{ hits: 5, limit: 5, endsAt: start + minute }], start)).toBeUndefined();
    expect(retryAfterSeconds([], start)).toBeUndefined();
  });

  it('tells the wait until the latest over-limit window ends, rounded up to whole seconds', () => {
    const keys = [
      { hits: 6, limit: 5, endsAt: start + 1_200 },
      { hits: 3, limit: 2, endsAt: start + 30_001 },
      // within its limit: its later end does not lengthen the wait
      { hits: 1, limit: 9, endsAt: start + 59_000 },
    ];
    expect(retryAfterSeconds(keys, start)).toBe(31);
  });

  it('never tells a wait of 0 seconds', () => {
    expect(retryAfterSeconds([{ hits: 6, limit: 5, endsAt: start + 1 }], start)).toBe(1);
    expect(retryAfterSeconds([{ hits: 6, limit: 5, endsAt: start }], start)).toBe(1);
  });
});
