import { DEMO_AGENCIES } from './agencies';
import type { DemoAgency } from './agency-types';
import { HK_ESTATES, NAMES, STREETS } from './names';
import { hkPlace, isHkPlace } from '../../domain/hk-places';
import { areaCovers } from '../../domain/area-coverage';

const HK_DISTRICTS = [
  'Central and Western', 'Wan Chai', 'Eastern', 'Southern', 'Yau Tsim Mong', 'Sham Shui Po',
  'Kowloon City', 'Wong Tai Sin', 'Kwun Tong', 'Kwai Tsing', 'Tsuen Wan', 'Tuen Mun', 'Yuen Long',
  'North', 'Tai Po', 'Sha Tin', 'Sai Kung', 'Islands',
];

const byCode = (code: string): DemoAgency => {
  const agency = DEMO_AGENCIES.find((a) => a.code === code);
  if (!agency) throw new Error(`no agency ${code}`);
  return agency;
};

const childPro = DEMO_AGENCIES.filter((a) => a.kind === 'CHILD_PROTECTION_SUPPORT_TEAM');

describe('DEMO_AGENCIES', () => {
  it('has unique agency codes and unique service codes', () => {
    const codes = DEMO_AGENCIES.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    const serviceCodes = DEMO_AGENCIES.flatMap((a) => a.services.map((s) => s.code));
    expect(new Set(serviceCodes).size).toBe(serviceCodes.length);
  });

  it('uses the required time zones', () => {
    for (const a of DEMO_AGENCIES) {
      if (a.jurisdiction === 'HK') {
        expect(a.timeZone).toBe('Asia/Hong_Kong');
      } else if (a.regionCode?.startsWith('5271')) {
        expect(a.timeZone).toBe('Asia/Makassar');
      } else {
        expect(a.timeZone).toBe('Asia/Jakarta');
      }
    }
    expect(byCode('BALAI-HARUM-MTR').timeZone).toBe('Asia/Makassar');
    expect(byCode('PUSPAGA-BDG').timeZone).toBe('Asia/Jakarta');
  });

  it('gives region codes in Indonesia and district names in Hong Kong', () => {
    for (const a of DEMO_AGENCIES) {
      if (a.jurisdiction === 'ID') {
        expect(a.regionCode).toMatch(/^(\d{4}|\d{10})$/);
        for (const r of a.areaServed) expect(r).toMatch(/^\d+$/);
      } else {
        expect(a.regionCode).toBeNull();
        for (const d of a.areaServed) expect(isHkPlace(d)).toBe(true);
      }
      expect(a.contact.address.length).toBeGreaterThan(10);
      expect(a.services.length).toBeGreaterThan(0);
      expect(a.sessions.length).toBeGreaterThan(0);
    }
  });

  it('has one Puskesos desk per live Jember village, with a 10-digit village code', () => {
    const desks = DEMO_AGENCIES.filter((a) => a.kind === 'SOCIAL_WELFARE_DESK');
    expect(desks).toHaveLength(6);
    for (const d of desks) expect(d.regionCode).toMatch(/^3509\d{6}$/);
  });

  it('marks Balai Harum rehabilitation and shelter as needing the child\'s role', () => {
    const harum = byCode('BALAI-HARUM-MTR');
    for (const cat of ['REHABILITATION', 'SHELTER'] as const) {
      expect(harum.services.find((s) => s.category === cat)?.requiresChildRole).toBe(true);
    }
    expect(harum.staff.find((s) => s.role === 'PSYCHOLOGIST')?.count).toBe(2);
  });

  describe('ChildPRO', () => {
    it('has six teams covering all 18 districts once', () => {
      expect(childPro).toHaveLength(6);
      for (const d of HK_DISTRICTS) expect(childPro.filter((a) => areaCovers(a.areaServed, d)).map((a) => a.code)).toHaveLength(1);
      // Every place a team names lies in a district that team covers whole.
      for (const a of childPro) for (const place of a.areaServed) expect(areaCovers(a.areaServed, hkPlace(place)!.district)).toBe(true);
    });

    it('routes a family in Tseung Kwan O to team 2, and in Kwai Chung or Tsing Yi to team 4', () => {
      const teamFor = (place: string) => childPro.filter((a) => areaCovers(a.areaServed, place)).map((a) => a.code);
      expect(teamFor('Tseung Kwan O')).toEqual(['CHILDPRO-2']);
      expect(teamFor('Kwai Chung')).toEqual(['CHILDPRO-4']);
      expect(teamFor('Tsing Yi')).toEqual(['CHILDPRO-4']);
    });

    it.each(childPro.map((a) => [a.code, a] as const))(
      '%s runs >=4 DAY 09:00-18:00 and >=2 EVENING 13:00-21:00 sessions, never on Sunday',
      (_code, team) => {
        const day = team.sessions.filter((s) => s.kind === 'DAY' && s.opens === '09:00' && s.closes === '18:00');
        const evening = team.sessions.filter(
          (s) => s.kind === 'EVENING' && s.opens === '13:00' && s.closes === '21:00',
        );
        expect(day.length).toBeGreaterThanOrEqual(4);
        expect(evening.length).toBeGreaterThanOrEqual(2);
        for (const s of team.sessions) {
          expect(s.dayOfWeek).toBeGreaterThanOrEqual(1);
          expect(s.dayOfWeek).toBeLessThanOrEqual(6);
        }
        expect(team.services.every((s) => s.feeFree)).toBe(true);
      },
    );

    it('gives each team a different weekly pattern', () => {
      const patterns = childPro.map((a) =>
        a.sessions.map((s) => `${s.dayOfWeek}${s.kind}${s.opens}${s.closes}`).sort().join('|'),
      );
      expect(new Set(patterns).size).toBe(6);
    });

    it('copies the contact lines of the leaflet exactly', () => {
      expect(byCode('CHILDPRO-1').contact).toEqual({
        address: 'Room 1802-1806, 18/F, C.C. Wu Building, 302-308 Hennessy Road, Wan Chai, Hong Kong',
        phone: '3619 5123',
        fax: '3619 5022',
        email: 'cschildpro@sjs.org.hk',
      });
      expect(byCode('CHILDPRO-1').operator).toBe("St. James' Settlement");
      expect(byCode('CHILDPRO-2').contact.email).toBe('childpro@cmac.org.hk');
      expect(byCode('CHILDPRO-3').contact.email).toBe('ChildPRO.yfc@hkm.salvationarmy.org');
      expect(byCode('CHILDPRO-3').contact.address).toBe('10/F, Wing Kwok Centre, 182 Woosung Street, Jordan, Kowloon');
      expect(byCode('CHILDPRO-4').contact.phone).toBe('2672 2868');
      expect(byCode('CHILDPRO-2').areaServed).toEqual(['Kwun Tong', 'Tseung Kwan O', 'Sai Kung']);
      expect(byCode('CHILDPRO-4').areaServed).toEqual(['Sham Shui Po', 'Tsuen Wan', 'Kwai Chung', 'Tsing Yi', 'Kwai Tsing']);
      expect(byCode('CHILDPRO-5').contact.fax).toBe('3583 2208');
      expect(byCode('CHILDPRO-5').operator).toBe('Tung Wah Group of Hospitals');
      expect(byCode('CHILDPRO-6').contact).toEqual({
        address: 'Room 308-309, 3/F, Tower 1, One North, 8 Hong Yip Street, Yuen Long, New Territories',
        phone: '2117 3626',
        fax: '3586 3020',
        email: 'liucpss@skhwc.org.hk',
      });
    });

    it('has FCPSU and IFSC referral sources without invented phone numbers', () => {
      for (const kind of ['FAMILY_CHILD_PROTECTIVE_UNIT', 'INTEGRATED_FAMILY_SERVICE_CENTRE'] as const) {
        const units = DEMO_AGENCIES.filter((a) => a.kind === kind);
        expect(units.length).toBeGreaterThanOrEqual(2);
        for (const u of units) expect(u.contact.phone).toBeNull();
      }
    });
  });
});

describe('name pools', () => {
  it('has at least 30 unique names per list', () => {
    const lists: string[][] = [
      ...[NAMES.sundanese, NAMES.javanese, NAMES.madurese, NAMES.sasak, NAMES.betawi].flatMap((p) => [
        p.male,
        p.female,
      ]),
      NAMES.hongKong.surnames,
      NAMES.hongKong.givenMale,
      NAMES.hongKong.givenFemale,
    ];
    for (const list of lists) {
      expect(list.length).toBeGreaterThanOrEqual(30);
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it('has at least 15 streets per city and estates for every HK district', () => {
    for (const streets of Object.values(STREETS)) expect(streets.length).toBeGreaterThanOrEqual(15);
    for (const d of HK_DISTRICTS) expect(HK_ESTATES[d]?.length ?? 0).toBeGreaterThan(0);
  });
});
