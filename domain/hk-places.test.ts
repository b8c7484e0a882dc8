import { HK_DISTRICTS } from './hk-districts';
import { HK_PLACES, HK_SERVICE_AREAS, SWD_DISTRICTS, hkPlace, hkPlacesWithin, isHkPlace } from './hk-places';

describe('Hong Kong places', () => {
  it('are the 18 District Council districts, then the service areas the ChildPRO leaflet names', () => {
    expect(HK_PLACES).toEqual([...HK_DISTRICTS, 'Tseung Kwan O', 'Kwai Chung', 'Tsing Yi']);
    expect(HK_SERVICE_AREAS).toEqual(['Tseung Kwan O', 'Kwai Chung', 'Tsing Yi']);
  });

  it('lie each in one of the 11 SWD administrative districts, every one of which holds a district', () => {
    expect(SWD_DISTRICTS).toHaveLength(11);
    const used = new Set(HK_PLACES.map((p) => hkPlace(p)!.swdDistrict));
    expect([...used].sort()).toEqual([...SWD_DISTRICTS].sort());
  });

  it('place Tseung Kwan O in Sai Kung, and Kwai Chung and Tsing Yi in Kwai Tsing', () => {
    expect(hkPlace('Tseung Kwan O')).toEqual({ name: 'Tseung Kwan O', kind: 'SERVICE_AREA', district: 'Sai Kung', swdDistrict: 'Wong Tai Sin and Sai Kung' });
    expect(hkPlace('Kwai Chung')).toMatchObject({ district: 'Kwai Tsing', swdDistrict: 'Tsuen Wan and Kwai Tsing' });
    expect(hkPlace('Tsing Yi')).toMatchObject({ district: 'Kwai Tsing', swdDistrict: 'Tsuen Wan and Kwai Tsing' });
    expect(hkPlace('Sai Kung')).toEqual({ name: 'Sai Kung', kind: 'DISTRICT', district: 'Sai Kung', swdDistrict: 'Wong Tai Sin and Sai Kung' });
    expect(hkPlace('Islands')).toMatchObject({ swdDistrict: 'Central, Western, Southern and Islands' });
  });

  it('are spelt exactly; SWD district names and other spellings are not places', () => {
    for (const name of ['tseung kwan o', 'Shatin', 'Kowloon', 'Eastern and Wan Chai', 'Tsuen Wan and Kwai Tsing', '', 'constructor', 'toString']) expect(isHkPlace(name)).toBe(false);
  });

  it('are no prefix of one another, so a prefix rule over them is an exact one', () => {
    for (const a of HK_PLACES) for (const b of HK_PLACES) if (a !== b) expect(b.startsWith(a)).toBe(false);
  });
});

describe('hkPlacesWithin', () => {
  it.each([
    [['Sai Kung'], ['Sai Kung', 'Tseung Kwan O']],
    [['Tseung Kwan O'], ['Tseung Kwan O']],
    [['Kwai Tsing'], ['Kwai Tsing', 'Kwai Chung', 'Tsing Yi']],
    [['Kwai Chung'], ['Kwai Chung']],
    [
      ['Kwai Chung', 'Tsing Yi'],
      ['Kwai Tsing', 'Kwai Chung', 'Tsing Yi'],
    ],
    [['Kwun Tong'], ['Kwun Tong']],
    [
      ['Kwun Tong', 'Tseung Kwan O', 'Sai Kung'],
      ['Kwun Tong', 'Sai Kung', 'Tseung Kwan O'],
    ],
    [['3674', 'Shatin'], []],
  ])('of %p: %p', (entries, within) => {
    expect(hkPlacesWithin(entries)).toEqual(within);
  });
});
