import * as identifiers from './index';

test('index re-exports the public API', () => {
  expect(Object.keys(identifiers).sort()).toEqual([
    'HK_DISTRICTS',
    'KNOWN_REGIONS',
    'PROVINCE_CODES',
    'findRegion',
    'hkidCheckDigit',
    'isHkDistrict',
    'isKnownProvince',
    'makeHkid',
    'makeKk',
    'makeNik',
    'maskHkid',
    'nikWarnings',
    'parseHkid',
    'parseKk',
    'parseNik',
    'regionPath',
  ]);
});
