import { callerFromClaims } from './authenticate';

describe('callerFromClaims', () => {
  it('maps SatuPintu claims to a caller, dropping unknown roles', () => {
    expect(callerFromClaims({ sub: 's1', staff: 's1', agency: 'a1', roles: ['AGENCY_STAFF', 'ROOT'], jur: 'HK', area: ['Sha Tin'] })).toEqual({
      subject: 's1', staffId: 's1', agencyId: 'a1', roles: ['AGENCY_STAFF'], jurisdiction: 'HK', area: ['Sha Tin'],
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
});
