import { clipIntervals, covers, Interval, mergeIntervals, overlaps, subtractIntervals, totalLength } from './intervals';

const iv = (start: number, end: number): Interval => ({ start, end });

describe('overlaps (half-open, as the exclusion constraint)', () => {
  const base = iv(10, 20);
  it.each([
    ['the same interval', iv(10, 20), true],
    ['one inside', iv(12, 18), true],
    ['one around', iv(5, 25), true],
    ['across the start', iv(5, 15), true],
    ['across the end', iv(15, 25), true],
    ['the same start, shorter', iv(10, 15), true],
    ['the same end, later start', iv(15, 20), true],
    ['one unit over the start', iv(5, 11), true],
    ['one unit over the end', iv(19, 30), true],
    ['touching before', iv(0, 10), false],
    ['touching after', iv(20, 30), false],
    ['well before', iv(0, 5), false],
    ['well after', iv(25, 30), false],
  ])('%s → %s', (_name, other, expected) => {
    expect(overlaps(base, other)).toBe(expected);
    expect(overlaps(other, base)).toBe(expected);
  });
});

describe('mergeIntervals', () => {
  it('sorts, joins overlapping and touching, drops empty', () => {
    expect(mergeIntervals([iv(30, 40), iv(0, 10), iv(10, 15), iv(12, 14), iv(50, 50), iv(38, 45)])).toEqual([iv(0, 15), iv(30, 45)]);
  });

  it('does not change its input', () => {
    const input = [iv(0, 10), iv(5, 20)];
    mergeIntervals(input);
    expect(input).toEqual([iv(0, 10), iv(5, 20)]);
  });
});

describe('subtractIntervals', () => {
  it('cuts bookings out of a session, leaving back-to-back gaps', () => {
    expect(subtractIntervals([iv(0, 100)], [iv(10, 20), iv(20, 30), iv(50, 60)])).toEqual([iv(0, 10), iv(30, 50), iv(60, 100)]);
  });

  it('handles removals that start before and end after', () => {
    expect(subtractIntervals([iv(10, 20), iv(30, 40)], [iv(0, 12), iv(18, 32), iv(39, 50)])).toEqual([iv(12, 18), iv(32, 39)]);
  });

  it('removes everything when covered, nothing when apart', () => {
    expect(subtractIntervals([iv(10, 20)], [iv(0, 30)])).toEqual([]);
    expect(
      subtractIntervals(
        [iv(10, 20)],
        [iv(20, 30), iv(0, 10)].sort((a, b) => a.start - b.start),
      ),
    ).toEqual([iv(10, 20)]);
  });

  it('spreads one removal over several intervals', () => {
    expect(subtractIntervals([iv(0, 10), iv(20, 30), iv(40, 50)], [iv(5, 45)])).toEqual([iv(0, 5), iv(45, 50)]);
  });
});

describe('clipIntervals, covers, totalLength', () => {
  it('clips to a window', () => {
    expect(clipIntervals([iv(0, 10), iv(20, 30), iv(40, 50)], 5, 45)).toEqual([iv(5, 10), iv(20, 30), iv(40, 45)]);
  });

  it('covers only when one interval holds the whole', () => {
    expect(covers([iv(0, 10), iv(10, 20)], iv(5, 15))).toBe(false);
    expect(covers(mergeIntervals([iv(0, 10), iv(10, 20)]), iv(5, 15))).toBe(true);
    expect(covers([iv(0, 10)], iv(0, 10))).toBe(true);
    expect(covers([iv(0, 10)], iv(0, 11))).toBe(false);
  });

  it('sums lengths', () => {
    expect(totalLength([iv(0, 10), iv(20, 25)])).toBe(15);
  });
});
