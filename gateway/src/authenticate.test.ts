import { callerFromClaims } from './authenticate';

describe('callerFromClaims', () => {
  it('maps SatuPintu claims to a caller, dropping unknown roles', () => {
    expect(callerFromClaims({ sub: 's1', staff: 's1', agency: 'a1', roles: ['AGENCY_STAFF', 'ROOT'], jur: 'HK', area: ['Sha Tin'] })).toEqual({
      subject: 's1',
      staffId: 's1',
      agencyId: 'a1',
      roles: ['AGENCY_STAFF'],
      jurisdiction: 'HK',
      area: ['Sha Tin'],
      serviceArea: [],
    });
  });

  it.each([
    ['no subject', { roles: ['AGENCY_STAFF'], jur: 'ID' }],
    ['no known role', { sub: 's', roles: ['ROOT'], jur: 'ID' }],
    ['no jurisdiction', { sub: 's', roles: ['AGENCY_STAFF'] }],
    ['an unknown jurisdiction', { sub: 's', roles: ['AGENCY_STAFF'], jur: 'SG' }],
  ])('refuses a token with %s', (_name, claims) => {
    expect(() => callerFromClaims(claims as never)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }));
  });

  it.each([
    ['an empty prefix', 'ID', ['']],
    ['an empty prefix beside a real one', 'ID', ['3674', '']],
    ['a 3-digit prefix', 'ID', ['367']],
    ['letters', 'ID', ['36AB']],
    ['a district name in Indonesia', 'ID', ['Sha Tin']],
    ['a region code in Hong Kong', 'HK', ['3674']],
    ['a misspelt district', 'HK', ['Shatin']],
    ['an area that is not a list', 'ID', '3674'],
    ['a number', 'ID', [3674]],
    ['no area for an area manager', 'ID', []],
  ])('refuses an area claim with %s, naming the claim', (_name, jur, area) => {
    expect(() => callerFromClaims({ sub: 's', agency: 'a', roles: ['AREA_MANAGER'], jur, area } as never)).toThrow(
      expect.objectContaining({ message: expect.stringContaining('area claim'), extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
  });

  it.each([
    ['ID', ['32', '3674', '367401', '3674011001']],
    ['HK', ['Sha Tin', 'Central and Western']],
  ])('accepts %s prefixes of the allowed shapes', (jur, area) => {
    expect(callerFromClaims({ sub: 's', roles: ['AREA_MANAGER'], jur: jur as 'ID', area }).area).toEqual(area);
  });
});
