import { REPORTED_MATCH, sameRegion, scoreMatch, STRONG_MATCH } from './duplicate-score';
import { withoutSafetyConflicts } from './safety-filter';

const none = { sameNik: false, sameHkid: false, nameSimilarity: 0, sameBirthDate: false, sameRegion: false };

describe('scoreMatch', () => {
  it('scores an identical NIK 1 whatever else differs', () => {
    expect(scoreMatch({ ...none, sameNik: true, nameSimilarity: 0.2 })).toEqual({ score: 1, reasons: ['SAME_NIK'] });
    expect(scoreMatch({ ...none, sameHkid: true, sameBirthDate: true })).toEqual({ score: 1, reasons: ['SAME_HKID', 'SAME_BIRTH_DATE'] });
  });

  it('makes the same name and birth date strong, but never certain', () => {
    const match = scoreMatch({ ...none, nameSimilarity: 1, sameBirthDate: true, sameRegion: true });
    expect(match).toEqual({ score: 0.95, reasons: ['SAME_NAME', 'SAME_BIRTH_DATE', 'SAME_REGION'] });
    expect(scoreMatch({ ...none, nameSimilarity: 0.9, sameBirthDate: true }).score).toBeGreaterThanOrEqual(STRONG_MATCH);
  });

  it('keeps a namesake in the same district without the same birth date below strong', () => {
    const match = scoreMatch({ ...none, nameSimilarity: 1, sameRegion: true });
    expect(match.score).toBe(0.7);
    expect(match.score).toBeLessThan(STRONG_MATCH);
    expect(match.score).toBeGreaterThanOrEqual(REPORTED_MATCH);
  });

  it('names a similar name only from 0.5', () => {
    expect(scoreMatch({ ...none, nameSimilarity: 0.49 }).reasons).toEqual([]);
    expect(scoreMatch({ ...none, nameSimilarity: 0.5 }).reasons).toEqual(['SIMILAR_NAME']);
  });
});

describe('sameRegion', () => {
  it('compares Indonesian villages by district and Hong Kong by district name', () => {
    expect(sameRegion({ regionCode: '3273011001', hkDistrict: null }, { regionCode: '3273011004', hkDistrict: null })).toBe(true);
    expect(sameRegion({ regionCode: '3273011001', hkDistrict: null }, { regionCode: '3273021001', hkDistrict: null })).toBe(false);
    expect(sameRegion({ regionCode: null, hkDistrict: 'Sha Tin' }, { regionCode: null, hkDistrict: 'Sha Tin' })).toBe(true);
    expect(sameRegion({ regionCode: null, hkDistrict: null }, { regionCode: null, hkDistrict: null })).toBe(false);
  });
});

describe('withoutSafetyConflicts', () => {
  const links = [
    { protectedPersonId: 'victim', restrictedPersonId: 'perpetrator', restrictedFamilyId: null },
    { protectedPersonId: 'victim', restrictedPersonId: null, restrictedFamilyId: 'old-family' },
  ];
  const candidates = [{ personId: 'victim' }, { personId: 'someone' }];

  it('drops the protected person for a family with the alleged perpetrator', () => {
    expect(withoutSafetyConflicts(candidates, links, new Set(['perpetrator']), new Set())).toEqual([{ personId: 'someone' }]);
    expect(withoutSafetyConflicts(candidates, links, new Set(), new Set(['old-family']))).toEqual([{ personId: 'someone' }]);
  });

  it('keeps the protected person for other families', () => {
    expect(withoutSafetyConflicts(candidates, links, new Set(['neighbour']), new Set(['other-family']))).toEqual(candidates);
  });
});
