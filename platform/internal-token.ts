import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { areaClaimProblem } from '../domain/area-claim';
import { Caller, callerFromClaimSet } from './caller';
import { UnauthenticatedError } from './errors';
import { IDENTITY_ALGORITHMS, signingKey, verificationKeys } from './identity-keys';
import { SUBGRAPH_NAMES, SubgraphName } from './subgraph-names';

/**
 * Gateway-to-subgraph trust. The gateway signs the verified caller into a short-lived token whose
 * audience is one subgraph, with its private key (ES256 or EdDSA, see identity-keys.ts); the
 * subgraph refuses any request without a valid one (including `_entities` and `_service`), so a
 * subgraph port cannot be used to go around the rules, and identity headers a client invents are
 * never read.
 *
 * For a mutation the gateway also grants the target subgraph tokens for the peers it checks references
 * with (PEER_TOKENS_HEADER): each addressed to that peer and naming the calling subgraph in `via`. A
 * subgraph that receives a `via` token answers only internal root fields (`_entities`, `_service`,
 * `_record...`), so a subgraph that is taken over can act only as the callers whose requests it
 * received, for seconds, and only towards the peers those requests needed.
 */
export const INTERNAL_HEADER = 'x-satupintu-identity';
/** The peer tokens the gateway grants with a mutation: `families=<jwt>,services=<jwt>`. */
export const PEER_TOKENS_HEADER = 'x-satupintu-peer-tokens';
export const IDENTITY_ISSUER = 'satupintu-gateway';
/** Long enough for one subgraph request (the gateway's subgraph timeout is 5 s) and its peer calls. */
export const IDENTITY_LIFETIME_SECONDS = 15;
/** A signed token is reused while at least this many seconds of it remain, so a reused token still outlives its request. */
const REUSE_MARGIN_SECONDS = 10;
const CACHE_LIMIT = 10_000;

interface CachedToken {
  token: string;
  expiresAt: number;
}
const signed = new Map<string, CachedToken>();

/**
 * Signs (or reuses) the identity token of one caller for one subgraph; with `via`, a peer token that
 * the subgraph `via` may present to `audience` on this caller's behalf. Needs the private key.
 */
export async function signInternalToken(caller: Caller, audience: string, via?: SubgraphName): Promise<string> {
  const cacheKey = `${audience}|${via ?? ''}|${caller.subject}|${caller.staffId}|${caller.agencyId}|${caller.roles.join(',')}|${caller.jurisdiction}|${caller.area.join(',')}|${caller.serviceArea.join(',')}`;
  const now = Math.floor(Date.now() / 1000);
  const cached = signed.get(cacheKey);
  if (cached && cached.expiresAt - REUSE_MARGIN_SECONDS > now) return cached.token;
  const { key, kid, alg } = await signingKey();
  const claims: Record<string, unknown> = {
    staff: caller.staffId,
    agency: caller.agencyId,
    roles: caller.roles,
    jur: caller.jurisdiction,
    area: caller.area,
    svc: caller.serviceArea,
  };
  if (via) claims.via = via;
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg, kid, typ: 'JWT' })
    .setIssuer(IDENTITY_ISSUER)
    .setAudience(audience)
    .setSubject(caller.subject)
    .setJti(randomUUID())
    .setIssuedAt(now)
    .setExpirationTime(now + IDENTITY_LIFETIME_SECONDS)
    .sign(key);
  if (signed.size > CACHE_LIMIT) signed.clear();
  signed.set(cacheKey, { token, expiresAt: now + IDENTITY_LIFETIME_SECONDS });
  return token;
}

/** A verified identity token: the caller, and the subgraph that presents it when it is a peer token. */
export interface VerifiedIdentity {
  caller: Caller;
  /** The subgraph making this request on the caller's behalf; null when the request comes from the gateway. */
  via: SubgraphName | null;
}

const verified = new Map<string, VerifiedIdentity & { expiresAt: number }>();
const NOT_FROM_GATEWAY = 'requests must come through the SatuPintu gateway';

function identityFrom(payload: Record<string, unknown>, audience: string): VerifiedIdentity {
  const jurisdiction = payload.jur;
  if (jurisdiction !== 'ID' && jurisdiction !== 'HK') throw new UnauthenticatedError(NOT_FROM_GATEWAY);
  for (const claim of ['area', 'svc'] as const) {
    const problem = areaClaimProblem(jurisdiction, payload[claim] ?? []);
    if (problem) throw new UnauthenticatedError(`the identity token's ${claim} claim ${problem}`);
  }
  const via = payload.via;
  if (via !== undefined && (typeof via !== 'string' || !SUBGRAPH_NAMES.includes(via as SubgraphName) || via === audience)) {
    throw new UnauthenticatedError(NOT_FROM_GATEWAY);
  }
  return {
    caller: callerFromClaimSet(payload, jurisdiction, ((payload.svc as string[] | undefined) ?? []).map(String)),
    via: (via as SubgraphName | undefined) ?? null,
  };
}

/**
 * Verifies an identity token for this subgraph: signed with a gateway key (ES256/EdDSA only, so
 * `alg: none` and HS256 made with a public key are refused), issued by the gateway for this audience,
 * unexpired, short-lived, with a `jti` and well-formed area claims. Throws UNAUTHENTICATED otherwise.
 */
export async function verifyIdentityToken(token: string | undefined, audience: string): Promise<VerifiedIdentity> {
  if (!token) throw new UnauthenticatedError(NOT_FROM_GATEWAY);
  const now = Date.now() / 1000;
  const cacheKey = `${audience}|${token}`;
  const hit = verified.get(cacheKey);
  if (hit && hit.expiresAt > now) return { caller: hit.caller, via: hit.via };
  let payload: Record<string, unknown>;
  try {
    const keys = await verificationKeys();
    const result = await jwtVerify(token, keys, {
      issuer: IDENTITY_ISSUER,
      audience,
      algorithms: [...IDENTITY_ALGORITHMS],
      requiredClaims: ['sub', 'iat', 'exp', 'jti'],
      maxTokenAge: IDENTITY_LIFETIME_SECONDS + 5,
    });
    if (!result.protectedHeader.kid) throw new Error('no kid');
    payload = result.payload as Record<string, unknown>;
    if (Number(payload.exp) - Number(payload.iat) > IDENTITY_LIFETIME_SECONDS + 5) throw new Error('lifetime too long');
  } catch {
    throw new UnauthenticatedError(NOT_FROM_GATEWAY);
  }
  const identity = identityFrom(payload, audience);
  if (verified.size > CACHE_LIMIT) verified.clear();
  verified.set(cacheKey, { ...identity, expiresAt: Number(payload.exp) });
  return identity;
}

/** Verifies an identity token and returns its caller (see verifyIdentityToken). */
export async function verifyInternalToken(token: string | undefined, audience: string): Promise<Caller> {
  return (await verifyIdentityToken(token, audience)).caller;
}

/** The `PEER_TOKENS_HEADER` value for a set of granted peer tokens. */
export function formatPeerTokens(tokens: ReadonlyMap<SubgraphName, string>): string {
  return [...tokens].map(([peer, token]) => `${peer}=${token}`).join(',');
}

/** Reads a `PEER_TOKENS_HEADER` value, keeping only the named peers. */
export function parsePeerTokens(header: string | undefined, allowed: readonly SubgraphName[]): Map<SubgraphName, string> {
  const tokens = new Map<SubgraphName, string>();
  for (const part of (header ?? '').split(',')) {
    const at = part.indexOf('=');
    const peer = part.slice(0, at).trim() as SubgraphName;
    if (at > 0 && allowed.includes(peer)) tokens.set(peer, part.slice(at + 1).trim());
  }
  return tokens;
}
