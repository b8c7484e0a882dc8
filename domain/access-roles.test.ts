import { Caller } from '../platform/caller';
import { inArea } from './access-roles';

describe('inArea', () => {
  const manager: Caller = { subject: 'm', staffId: null, agencyId: 'a', roles: ['AREA_MANAGER'], jurisdiction: 'ID', area: ['3674', '3273'], serviceArea: [] };
  it.each([
    ['3674031001', true],
    ['3273010001', true],
    ['3509042001', false],
    ['367', false],
    [null, false],
  ])('%p in Kota Tangerang Selatan or Kota Bandung: %p', (region, expected) => {
    expect(inArea(manager, region)).toBe(expected);
  });
});

describe('inArea with an empty prefix', () => {
  it('never matches, so an empty area entry cannot stand for "everywhere"', () => {
    const caller: Caller = { subject: 'm', staffId: null, agencyId: 'a', roles: ['AREA_MANAGER'], jurisdiction: 'ID', area: [''], serviceArea: [] };
    expect(inArea(caller, '3674031001')).toBe(false);
  });
});

describe('inArea in Hong Kong', () => {
  const manager: Caller = { subject: 'm', staffId: null, agencyId: 'a', roles: ['AREA_MANAGER'], jurisdiction: 'HK', area: ['Sai Kung'], serviceArea: [] };
  it('puts a family in Tseung Kwan O inside an area naming Sai Kung, the district that contains it', () => {
    expect(inArea(manager, 'Tseung Kwan O')).toBe(true);
    expect(inArea({ ...manager, area: ['Kwun Tong'] }, 'Tseung Kwan O')).toBe(false);
  });
});
