import { areaCovers, placesCovered } from './area-coverage';
import { inArea } from './access-roles';

const TEAM_2 = ['Kwun Tong', 'Tseung Kwan O', 'Sai Kung'];
const TEAM_4 = ['Sham Shui Po', 'Tsuen Wan', 'Kwai Chung', 'Tsing Yi'];

describe('areaCovers', () => {
  it.each([
    // A place inside a district named by the area.
    [['Sai Kung'], 'Tseung Kwan O', true],
    [['Sai Kung'], 'Sai Kung', true],
    // The district is not inside one of its parts: a family registered in Sai Kung may live outside Tseung Kwan O.
    [['Tseung Kwan O'], 'Sai Kung', false],
    [['Tseung Kwan O'], 'Tseung Kwan O', true],
    // A neighbour serves neither.
    [['Kwun Tong'], 'Tseung Kwan O', false],
    [['Kwun Tong'], 'Sai Kung', false],
    // A district whose every part is named.
    [TEAM_4, 'Kwai Tsing', true],
    [TEAM_4, 'Kwai Chung', true],
    [['Kwai Chung'], 'Kwai Tsing', false],
    [['Kwai Chung'], 'Tsing Yi', false],
    [['Kwai Tsing'], 'Tsing Yi', true],
    [TEAM_2, 'Tseung Kwan O', true],
    [TEAM_2, 'Wong Tai Sin', false],
    // Indonesian codes nest by prefix, as before.
    [['3674'], '3674031001', true],
    [['3674'], '3273010001', false],
    [['3674031001'], '3674', false],
    // Jurisdictions do not mix, and nothing covers a missing or withheld place.
    [['3674'], 'Sai Kung', false],
    [['Sai Kung'], 'HK', false],
    [['Sai Kung'], null, false],
    [[''], '3674031001', false],
    [[''], 'Sai Kung', false],
    [[], 'Sai Kung', false],
  ])('%p covers %p: %p', (area, region, expected) => {
    expect(areaCovers(area, region)).toBe(expected);
  });

  it('is exact for Hong Kong places (no prefix of a name)', () => {
    expect(areaCovers(['Sai Kung'], 'Sai Kung Town')).toBe(false);
    expect(areaCovers(['Sai'], 'Sai Kung')).toBe(false);
  });

  it('is the rule inArea applies to a caller', () => {
    expect(inArea({ area: ['Sai Kung'] }, 'Tseung Kwan O')).toBe(true);
    expect(inArea({ area: ['Kwun Tong'] }, 'Tseung Kwan O')).toBe(false);
  });
});

describe('placesCovered', () => {
  it('adds the Hong Kong places wholly inside an area to its entries, once each, and drops empty entries', () => {
    expect(placesCovered(['Sai Kung', 'Tseung Kwan O', ''])).toEqual(['Sai Kung', 'Tseung Kwan O']);
    expect(placesCovered(TEAM_4)).toEqual([...TEAM_4, 'Kwai Tsing']);
    expect(placesCovered(['3674', '3273'])).toEqual(['3674', '3273']);
  });
});
