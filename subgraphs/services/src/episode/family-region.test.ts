import { familyRegion } from './family-region';

describe('familyRegion (services)', () => {
  it('is the village code, the HK district, the No. KK district code or the jurisdiction', () => {
    expect(familyRegion({ id: 'f', jurisdiction: 'ID', kkNumber: '5271011203260001', address: { regionCode: '5271011001', district: 'Ampenan' } })).toBe('5271011001');
    expect(familyRegion({ id: 'f', jurisdiction: 'HK', kkNumber: null, address: { regionCode: null, district: 'Kwun Tong' } })).toBe('Kwun Tong');
    expect(familyRegion({ id: 'f', jurisdiction: 'ID', kkNumber: '5271011203260001', address: null })).toBe('527101');
    expect(familyRegion({ id: 'f', jurisdiction: 'HK', kkNumber: null, address: null })).toBe('HK');
  });
});
