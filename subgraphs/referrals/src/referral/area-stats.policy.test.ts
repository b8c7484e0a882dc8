import type { Caller } from '../../../kit';
import { areaReferralPlaces } from './area-stats.policy';

const caller = (roles: Caller['roles'], area: string[]): Caller => ({ subject: 's', staffId: null, agencyId: null, roles, jurisdiction: 'ID', area }) as unknown as Caller;

describe('areaReferralPlaces', () => {
  it('gives an area manager every place of their area, Hong Kong places spelt out', () => {
    expect(areaReferralPlaces(caller(['AREA_MANAGER'], ['3674']))).toEqual(['3674']);
    expect(areaReferralPlaces(caller(['AREA_MANAGER'], ['Sai Kung']))).toEqual(expect.arrayContaining(['Sai Kung', 'Tseung Kwan O']));
  });
  it('covers nothing for an empty area, never everything', () => {
    expect(areaReferralPlaces(caller(['AREA_MANAGER'], []))).toEqual([]);
    expect(areaReferralPlaces(caller(['AREA_MANAGER'], ['']))).toEqual([]);
  });
  it('gives anyone but an area manager nothing', () => {
    for (const role of ['AGENCY_STAFF', 'AGENCY_SYSTEM', 'AUDITOR', 'REGISTRY_OFFICER', 'CALENDAR_MANAGER'] as const) expect(areaReferralPlaces(caller([role], ['3674']))).toBeNull();
  });
});
