import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { SignJWT, UnsecuredJWT } from 'jose';
import { Caller } from './caller';
import { generateIdentityKeyPair } from './identity-keys';
import { formatPeerTokens, IDENTITY_LIFETIME_SECONDS, parsePeerTokens, signInternalToken, verifyIdentityToken, verifyInternalToken } from './internal-token';

const UNAUTHENTICATED = { extensions: { code: 'UNAUTHENTICATED' } };

describe('gateway-to-subgraph identity tokens', () => {
  const gatewayKeys = generateIdentityKeyPair();
  beforeAll(() => {
    process.env.SATUPINTU_IDENTITY_PRIVATE_KEY = gatewayKeys.privateKey;
    process.env.SATUPINTU_IDENTITY_PUBLIC_KEY = gatewayKeys.publicKey;
  });
  const caller: Caller = { subject: 'staff-1', staffId: 'staff-1', agencyId: 'agency-1', roles: ['AGENCY_STAFF'], jurisdiction: 'ID', area: [], serviceArea: ['3674'] };
  const claims = { staff: 'staff-1', agency: 'agency-1', roles: ['AREA_MANAGER'], jur: 'ID', area: ['3674'], svc: [] };
  const now = () => Math.floor(Date.now() / 1000);
  /** A token shaped like the gateway's, signed with `key` and header `alg`/`kid`. */
  const craft = (key: Parameters<SignJWT['sign']>[0], alg: string, overrides: { aud?: string; exp?: number; iat?: number; extra?: Record<string, unknown>; kid?: string | null } = {}) =>
    new SignJWT({ ...claims, ...overrides.extra })
      .setProtectedHeader({ alg, ...(overrides.kid === null ? {} : { kid: overrides.kid ?? 'k' }) })
      .setIssuer('satupintu-gateway')
      .setAudience(overrides.aud ?? 'families')
      .setSubject('intruder')
      .setJti('j')
      .setIssuedAt(overrides.iat ?? now())
      .setExpirationTime(overrides.exp ?? now() + 10)
      .sign(key);

  it('round-trips the caller for the subgraph it was signed for, with its service area', async () => {
    const token = await signInternalToken(caller, 'families');
    await expect(verifyInternalToken(token, 'families')).resolves.toEqual(caller);
    await expect(verifyIdentityToken(token, 'families')).resolves.toEqual({ caller, via: null });
  });

  it('is an asymmetric token with a kid, a jti and a short lifetime', async () => {
    const token = await signInternalToken({ ...caller, subject: 'staff-lifetime' }, 'families');
    const header = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()) as { alg: string; kid?: string };
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { jti?: string; exp: number; iat: number };
    expect(header.alg).toBe('ES256');
    expect(header.kid).toEqual(expect.any(String));
    expect(payload.jti).toEqual(expect.any(String));
    expect(payload.exp - payload.iat).toBe(IDENTITY_LIFETIME_SECONDS);
    expect(IDENTITY_LIFETIME_SECONDS).toBeLessThanOrEqual(15);
  });

  it('is refused by any other subgraph', async () => {
    const token = await signInternalToken(caller, 'families');
    await expect(verifyInternalToken(token, 'referrals')).rejects.toMatchObject(UNAUTHENTICATED);
  });

  it('refuses a missing or tampered token', async () => {
    await expect(verifyInternalToken(undefined, 'families')).rejects.toMatchObject(UNAUTHENTICATED);
    const token = await signInternalToken({ ...caller, subject: 'staff-2' }, 'families');
    const [h, p, s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), roles: ['AREA_MANAGER'] })).toString('base64url');
    await expect(verifyInternalToken(`${h}.${forged}.${s}`, 'families')).rejects.toMatchObject(UNAUTHENTICATED);
  });

  it('refuses a token signed with another key, even with the right kid', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const real = await signInternalToken({ ...caller, subject: 'staff-kid' }, 'families');
    const kid = (JSON.parse(Buffer.from(real.split('.')[0], 'base64url').toString()) as { kid: string }).kid;
    await expect(verifyInternalToken(await craft(privateKey, 'ES256', { kid }), 'families')).rejects.toMatchObject(UNAUTHENTICATED);
  });

  it('refuses HS256 made with the public key as the secret', async () => {
    const token = await craft(new TextEncoder().encode(gatewayKeys.publicKey), 'HS256');
    await expect(verifyInternalToken(token, 'families')).rejects.toMatchObject(UNAUTHENTICATED);
  });

  it('refuses alg none', async () => {
    const token = new UnsecuredJWT({ ...claims }).setIssuer('satupintu-gateway').setAudience('families').setSubject('intruder').setIssuedAt().setExpirationTime('10s').encode();
    await expect(verifyInternalToken(token, 'families')).rejects.toMatchObject(UNAUTHENTICATED);
  });

  it('refuses an expired token, a long-lived one, and one without a kid or jti', async () => {
    const key = createPrivateKey(gatewayKeys.privateKey);
    const real = await signInternalToken({ ...caller, subject: 'staff-exp' }, 'families');
    const kid = (JSON.parse(Buffer.from(real.split('.')[0], 'base64url').toString()) as { kid: string }).kid;
    // The real key and kid, to show that these refusals are about the claims alone.
    await expect(verifyInternalToken(await craft(key, 'ES256', { kid }), 'families')).resolves.toMatchObject({ subject: 'intruder' });
    await expect(verifyInternalToken(await craft(key, 'ES256', { kid, iat: now() - 30, exp: now() - 1 }), 'families')).rejects.toMatchObject(UNAUTHENTICATED);
    await expect(verifyInternalToken(await craft(key, 'ES256', { kid, exp: now() + 3600 }), 'families')).rejects.toMatchObject(UNAUTHENTICATED);
    await expect(verifyInternalToken(await craft(key, 'ES256', { kid: null }), 'families')).rejects.toMatchObject(UNAUTHENTICATED);
    await expect(verifyInternalToken(await craft(key, 'ES256', { kid, aud: 'services' }), 'families')).rejects.toMatchObject(UNAUTHENTICATED);
  });

  it.each([
    ['an empty area prefix', { area: [''] }],
    ['a malformed area prefix', { area: ['36 74'] }],
    ['a district as an Indonesian area', { area: ['Sha Tin'] }],
    ['an empty service area entry', { svc: [''] }],
    ['an area that is not a list', { area: '3674' }],
  ])('refuses %s, naming the claim', async (_name, extra) => {
    const real = await signInternalToken({ ...caller, subject: 'staff-area' }, 'families');
    const kid = (JSON.parse(Buffer.from(real.split('.')[0], 'base64url').toString()) as { kid: string }).kid;
    const token = await craft(createPrivateKey(gatewayKeys.privateKey), 'ES256', { kid, extra });
    await expect(verifyInternalToken(token, 'families')).rejects.toMatchObject({ ...UNAUTHENTICATED, message: expect.stringMatching(/area|svc/) });
  });

  it('marks a peer token with the subgraph it was granted to', async () => {
    const token = await signInternalToken(caller, 'families', 'referrals');
    await expect(verifyIdentityToken(token, 'families')).resolves.toEqual({ caller, via: 'referrals' });
    expect(await signInternalToken(caller, 'families')).not.toBe(token);
  });

  it('accepts several public keys, so that the signing key can be rotated', async () => {
    const next = generateIdentityKeyPair();
    const token = await signInternalToken({ ...caller, subject: 'staff-rotation' }, 'families');
    process.env.SATUPINTU_IDENTITY_PUBLIC_KEY = `${next.publicKey}\n${gatewayKeys.publicKey}`;
    try {
      await expect(verifyInternalToken(token, 'families')).resolves.toMatchObject({ subject: 'staff-rotation' });
      process.env.SATUPINTU_IDENTITY_PUBLIC_KEY = next.publicKey;
      const fresh = await signInternalToken({ ...caller, subject: 'staff-rotation-2' }, 'families');
      await expect(verifyInternalToken(fresh, 'families')).rejects.toMatchObject(UNAUTHENTICATED);
    } finally {
      process.env.SATUPINTU_IDENTITY_PUBLIC_KEY = gatewayKeys.publicKey;
    }
  });

  it('reuses a signed token while it is fresh', async () => {
    expect(await signInternalToken(caller, 'services')).toBe(await signInternalToken(caller, 'services'));
  });

  it('carries granted peer tokens in one header, keeping only the declared peers', () => {
    const header = formatPeerTokens(
      new Map([
        ['families', 'a.b.c'],
        ['services', 'd.e.f'],
      ] as const),
    );
    expect(parsePeerTokens(header, ['families'])).toEqual(new Map([['families', 'a.b.c']]));
    expect(parsePeerTokens(undefined, ['families']).size).toBe(0);
  });
});
