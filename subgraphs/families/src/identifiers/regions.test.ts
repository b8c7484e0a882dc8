import { parseNik, makeNik } from './nik';
import { HK_DISTRICTS, KNOWN_REGIONS, PROVINCE_CODES, Region, findRegion, isHkDistrict, isKnownProvince, regionPath } from './regions';

const CODE_LENGTH = { PROVINCE: 2, REGENCY: 4, DISTRICT: 6, VILLAGE: 10 } as const;

function byLevel(level: Region['level'], under = ''): Region[] {
  return KNOWN_REGIONS.filter((region) => region.level === level && region.code.startsWith(under));
}

describe('PROVINCE_CODES', () => {
  test('all 38 current provinces, 2-digit codes from 11 Aceh to 96 Papua Barat Daya', () => {
    expect(PROVINCE_CODES.size).toBe(38);
    for (const code of PROVINCE_CODES.keys()) expect(code).toMatch(/^[1-9][0-9]$/);
    expect(PROVINCE_CODES.get('11')).toBe('Aceh');
    expect(PROVINCE_CODES.get('32')).toBe('Jawa Barat');
    expect(PROVINCE_CODES.get('35')).toBe('Jawa Timur');
    expect(PROVINCE_CODES.get('36')).toBe('Banten');
    expect(PROVINCE_CODES.get('52')).toBe('Nusa Tenggara Barat');
    expect(PROVINCE_CODES.get('96')).toBe('Papua Barat Daya');
    expect(['93', '94', '95'].map((code) => PROVINCE_CODES.get(code))).toEqual(['Papua Selatan', 'Papua Tengah', 'Papua Pegunungan']);
  });

  test('isKnownProvince', () => {
    expect(isKnownProvince('32')).toBe(true);
    expect(isKnownProvince('65')).toBe(true);
    expect(isKnownProvince('20')).toBe(false);
    expect(isKnownProvince('97')).toBe(false);
    expect(isKnownProvince('3')).toBe(false);
    expect(isKnownProvince('327')).toBe(false);
  });
});

describe('KNOWN_REGIONS consistency', () => {
  test('every code is unique, digits only, and as long as its level says', () => {
    const codes = KNOWN_REGIONS.map((region) => region.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const region of KNOWN_REGIONS) {
      expect(region.code).toMatch(/^[0-9]+$/);
      expect(region.code).toHaveLength(CODE_LENGTH[region.level]);
      expect(region.name).toBe(region.name.trim());
      expect(region.name).not.toBe('');
    }
  });

  test('every child code starts with its parent code, and the parent is one level up', () => {
    const parentLevel = { REGENCY: 'PROVINCE', DISTRICT: 'REGENCY', VILLAGE: 'DISTRICT' } as const;
    for (const region of KNOWN_REGIONS) {
      if (region.level === 'PROVINCE') {
        expect(region.parentCode).toBeNull();
        continue;
      }
      const parent = region.parentCode === null ? undefined : findRegion(region.parentCode);
      expect(parent).toBeDefined();
      expect(region.code.startsWith(parent?.code ?? '-')).toBe(true);
      expect(parent?.level).toBe(parentLevel[region.level]);
    }
  });

  test('provinces have their PROVINCE_CODES names; village codes mark kelurahan (1) or desa (2)', () => {
    for (const province of byLevel('PROVINCE')) expect(province.name).toBe(PROVINCE_CODES.get(province.code));
    for (const village of byLevel('VILLAGE')) expect(village.code[6]).toMatch(/[12]/);
  });

  test('the four provinces and four regencies/cities the agencies serve', () => {
    expect(
      byLevel('PROVINCE')
        .map((region) => region.code)
        .sort(),
    ).toEqual(['32', '35', '36', '52']);
    expect(byLevel('REGENCY').map((region) => [region.code, region.name])).toEqual([
      ['3273', 'Kota Bandung'],
      ['3509', 'Kabupaten Jember'],
      ['3674', 'Kota Tangerang Selatan'],
      ['5271', 'Kota Mataram'],
    ]);
  });

  test.each([
    ['3273', 30, 151],
    ['3674', 7, 54],
    ['3509', 31, 248],
    ['5271', 6, 50],
  ])('%s has all its %i kecamatan (%i villages), each with at least 2 villages', (regency, districts, villages) => {
    expect(byLevel('DISTRICT', regency)).toHaveLength(districts);
    expect(byLevel('VILLAGE', regency)).toHaveLength(villages);
    for (const district of byLevel('DISTRICT', regency)) {
      expect(byLevel('VILLAGE', district.code).length).toBeGreaterThanOrEqual(2);
    }
  });

  test('every district code is a valid NIK region (province known, regency not 00)', () => {
    for (const district of byLevel('DISTRICT')) {
      expect(parseNik(makeNik(district.code, '1990-01-01', 'MALE', 1), new Date('2025-01-01T00:00:00Z')).ok).toBe(true);
    }
  });

  test('the regions cannot be changed by a caller', () => {
    const region = findRegion('32');
    expect(() => {
      if (region) region.name = 'X';
    }).toThrow(TypeError);
    expect(Object.isFrozen(KNOWN_REGIONS)).toBe(true);
  });
});

describe('Jember Puskesos/SLRT villages (the six live in 2018)', () => {
  const squash = (name: string): string => name.replace(/\s+/g, '').toLowerCase();
  test.each([
    ['Kepanjen', 'Gumukmas', '3509042001'],
    ['Mayangan', 'Gumukmas', '3509042002'],
    ['Harjomulyo', 'Silo', '3509302002'],
    ['Dawuhan Mangli', 'Sukowono', '3509292011'],
    ['Pakis', 'Panti', '3509142001'],
    ['Sukowiryo', 'Jelbuk', '3509252005'],
  ])('Desa %s in Kecamatan %s is %s', (village, district, code) => {
    const found = byLevel('VILLAGE', '3509').filter((region) => squash(region.name) === squash(village));
    expect(found.map((region) => region.code)).toContain(code);
    expect(regionPath(code).map((region) => region.name)).toEqual(['Jawa Timur', 'Kabupaten Jember', district, findRegion(code)?.name]);
  });
});

describe('findRegion and regionPath', () => {
  test('findRegion by plain or dotted code', () => {
    expect(findRegion('327301')).toEqual({ code: '327301', name: 'Sukasari', level: 'DISTRICT', parentCode: '3273' });
    expect(findRegion('32.73.01.1001')).toMatchObject({ code: '3273011001', name: 'Sukarasa', level: 'VILLAGE' });
    expect(findRegion('3674')).toMatchObject({ name: 'Kota Tangerang Selatan', parentCode: '36' });
    expect(findRegion('527101')).toMatchObject({ name: 'Ampenan' });
  });

  test('unknown codes', () => {
    expect(findRegion('11')).toBeUndefined(); // a real province, but not one with region data
    expect(findRegion('3273019999')).toBeUndefined();
    expect(findRegion('')).toBeUndefined();
    expect(regionPath('3273019999')).toEqual([]);
  });

  test('regionPath goes from the province down to the region', () => {
    expect(regionPath('3273011001').map((region) => [region.level, region.name])).toEqual([
      ['PROVINCE', 'Jawa Barat'],
      ['REGENCY', 'Kota Bandung'],
      ['DISTRICT', 'Sukasari'],
      ['VILLAGE', 'Sukarasa'],
    ]);
    expect(regionPath('367401').map((region) => region.code)).toEqual(['36', '3674', '367401']);
    expect(regionPath('52').map((region) => region.name)).toEqual(['Nusa Tenggara Barat']);
  });
});

describe('HK_DISTRICTS', () => {
  test('the 18 districts, spelt exactly', () => {
    expect(HK_DISTRICTS).toEqual([
      'Central and Western',
      'Wan Chai',
      'Eastern',
      'Southern',
      'Yau Tsim Mong',
      'Sham Shui Po',
      'Kowloon City',
      'Wong Tai Sin',
      'Kwun Tong',
      'Kwai Tsing',
      'Tsuen Wan',
      'Tuen Mun',
      'Yuen Long',
      'North',
      'Tai Po',
      'Sha Tin',
      'Sai Kung',
      'Islands',
    ]);
    expect(new Set(HK_DISTRICTS).size).toBe(18);
  });

  test('isHkDistrict is exact', () => {
    expect(isHkDistrict('Sham Shui Po')).toBe(true);
    expect(isHkDistrict('sham shui po')).toBe(false);
    expect(isHkDistrict('Kowloon')).toBe(false);
  });
});
