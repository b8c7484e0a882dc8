import { jwtVerify, SignJWT } from 'jose';
import { ACCESS_ROLES, AccessRole, Caller } from './caller';
import { env } from './config';
import { UnauthenticatedError } from './errors';

/**
 * Gateway-to-subgraph trust. The gateway signs the verified caller into a short-lived token whose
 * audience is one subgraph; the subgraph refuses any request without a valid one (including
 * `_entities` and `_service`), so a subgraph port cannot be used to go around the rules, and identity
 * headers a client invents are never read.
 */
export const INTERNAL_HEADER = 'x-satupintu-identity';
const ISSUER = 'satupintu-gateway';
const LIFETIME_SECONDS = 60;
/** A token is reused until this many seconds before it expires. */
const REUSE_MARGIN_SECONDS = 20;

function secret(): Uint8Array {
  const value = env('SATUPINTU_INTERNAL_SECRET');
  if (!value || value.length < 32) throw new Error('SATUPINTU_INTERNAL_SECRET must be set (32+ characters)');
  return new TextEncoder().encode(value);
}

interface CachedToken {
  token: string;
  expiresAt: number;
}
const signed = new Map<string, CachedToken>();

/** Signs (or reuses) the internal token of one caller for one subgraph. */
export async function signInternalToken(caller: Caller, audience: string): Promise<string> {
  const cacheKey = `${audience}|${caller.subject}|${caller.agencyId}|${caller.roles.join(',')}|${caller.jurisdiction}|${caller.area.join(',')}|${caller.serviceArea.join(',')}`;
  const now = Date.now() / 1000;
  const cached = signed.get(cacheKey);
  if (cached && cached.expiresAt - REUSE_MARGIN_SECONDS > now) return cached.token;
  const token = await new SignJWT({
    staff: caller.staffId,
    agency: caller.agencyId,
    roles: caller.roles,
    jur: caller.jurisdiction,
    area: caller.area,
    svc: caller.serviceArea,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(audience)
    .setSubject(caller.subject)
    .setIssuedAt()
    .setExpirationTime(Math.floor(now) + LIFETIME_SECONDS)
    .sign(secret());
  if (signed.size > 10_000) signed.clear();
  signed.set(cacheKey, { token, expiresAt: Math.floor(now) + LIFETIME_SECONDS });
  return token;
}

const verified = new Map<string, { caller: Caller; expiresAt: number }>();

/** Verifies an internal token for this subgraph; throws UNAUTHENTICATED on anything wrong. */
export async function verifyInternalToken(token: string | undefined, audience: string): Promise<Caller> {
  if (!token) throw new UnauthenticatedError('requests must come through the SatuPintu gateway');
  const now = Date.now() / 1000;
  const cacheKey = `${audience}|${token}`;
  const hit = verified.get(cacheKey);
  if (hit && hit.expiresAt > now) return hit.caller;
  try {
    const { payload } = await jwtVerify(token, secret(), { issuer: ISSUER, audience, algorithms: ['HS256'] });
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is AccessRole => ACCESS_ROLES.includes(r as AccessRole)) : [];
    const caller: Caller = {
      subject: String(payload.sub),
      staffId: typeof payload.staff === 'string' ? payload.staff : null,
      agencyId: typeof payload.agency === 'string' ? payload.agency : null,
      roles,
      jurisdiction: payload.jur === 'HK' ? 'HK' : 'ID',
      area: Array.isArray(payload.area) ? payload.area.map(String) : [],
      serviceArea: Array.isArray(payload.svc) ? payload.svc.map(String) : [],
    };
    if (verified.size > 10_000) verified.clear();
    verified.set(cacheKey, { caller, expiresAt: Number(payload.exp) });
    return caller;
  } catch {
    throw new UnauthenticatedError('requests must come through the SatuPintu gateway');
  }
}
