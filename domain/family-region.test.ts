import { familyRegion } from './family-region';

describe('familyRegion', () => {
  it('is the village code of an Indonesian family', () => {
    expect(familyRegion({ id: 'f', jurisdiction: 'ID', kkNumber: '3674031203260001', address: { regionCode: '3674031001', district: 'Serpong' } })).toBe('3674031001');
  });

  it('is the district of a Hong Kong family', () => {
    expect(familyRegion({ id: 'f', jurisdiction: 'HK', kkNumber: null, address: { regionCode: null, district: 'Sha Tin' } })).toBe('Sha Tin');
  });

  it('falls back to the district code of the No. KK when the address is protected', () => {
    expect(familyRegion({ id: 'f', jurisdiction: 'ID', kkNumber: '3674031203260001', address: null })).toBe('367403');
  });

  it('falls back to the jurisdiction alone when nothing finer is known', () => {
    expect(familyRegion({ id: 'f', jurisdiction: 'HK', kkNumber: null, address: null })).toBe('HK');
    expect(familyRegion({ id: 'f', jurisdiction: 'ID', kkNumber: null, address: null })).toBe('ID');
  });
});
