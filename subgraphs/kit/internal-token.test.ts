import { signInternalToken, verifyInternalToken } from './internal-token';
import { Caller } from './caller';

describe('gateway-to-subgraph identity tokens', () => {
  beforeAll(() => {
    process.env.SATUPINTU_INTERNAL_SECRET = 'a-test-secret-that-is-at-least-32-characters';
  });
  const caller: Caller = { subject: 'staff-1', staffId: 'staff-1', agencyId: 'agency-1', roles: ['AGENCY_STAFF'], jurisdiction: 'ID', area: [], serviceArea: [] };

  it('round-trips the caller for the subgraph it was signed for', async () => {
    const token = await signInternalToken(caller, 'families');
    await expect(verifyInternalToken(token, 'families')).resolves.toEqual(caller);
  });

  it('is refused by any other subgraph', async () => {
    const token = await signInternalToken(caller, 'families');
    await expect(verifyInternalToken(token, 'referrals')).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a missing or tampered token', async () => {
    await expect(verifyInternalToken(undefined, 'families')).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const token = await signInternalToken({ ...caller, subject: 'staff-2' }, 'families');
    const [h, p, s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), roles: ['AREA_MANAGER'] })).toString('base64url');
    await expect(verifyInternalToken(`${h}.${forged}.${s}`, 'families')).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('reuses a signed token while it is fresh', async () => {
    expect(await signInternalToken(caller, 'services')).toBe(await signInternalToken(caller, 'services'));
  });
});
