import { spread } from './stats';

describe('spread', () => {
  it('gives the median and the range', () => {
    expect(spread([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3 });
    expect(spread([4, 1, 2, 3])).toEqual({ median: 2.5, min: 1, max: 4 });
  });

  it('ignores runs that measured nothing (NaN) and is NaN when none did', () => {
    expect(spread([NaN, 5, 7])).toEqual({ median: 6, min: 5, max: 7 });
    expect(spread([NaN])).toEqual({ median: NaN, min: NaN, max: NaN });
  });
});
