import { areaClaimProblem } from '../domain/area-claim';
import { generateWorld } from './world';
import { DEMO_USERS, demoClaims } from './demo-users';

/** Every demo user is someone of the demo world: their agency exists, and a staff member of the role they name works there. */
describe('the demo users', () => {
  const world = generateWorld({ families: 0, anchorDate: '2026-01-01' });

  it.each(DEMO_USERS.map((u) => [u.key, u] as const))('%s is a person of the demo world', (_key, user) => {
    const claims = demoClaims(user);
    if (user.agencyCode) expect(world.agencies.find((a) => a.id === claims.agency)?.code).toBe(user.agencyCode);
    if (user.staffRole) expect(world.staff.find((s) => s.id === claims.staff)).toMatchObject({ agencyId: claims.agency, role: user.staffRole });
    expect(areaClaimProblem(user.jurisdiction, user.area)).toBeNull();
  });

  it('has one key each, and a user of every agency the walks through the product start from', () => {
    expect(new Set(DEMO_USERS.map((u) => u.key)).size).toBe(DEMO_USERS.length);
    const codes = new Set(DEMO_USERS.map((u) => u.agencyCode));
    for (const code of ['LK3-TANGSEL', 'UPTD-PPA-TANGSEL', 'PUSKESOS-JBR-KEPANJEN', 'DUKCAPIL-JBR', 'BALAI-HARUM-MTR', 'DP3A-MTR', 'PUSPAGA-BDG', 'CHILDPRO-3', 'FCPSU-KC-YTM'])
      expect(codes).toContain(code);
    expect(DEMO_USERS.filter((u) => u.roles.includes('AREA_MANAGER')).map((u) => u.jurisdiction)).toEqual(expect.arrayContaining(['ID', 'HK']));
  });
});
