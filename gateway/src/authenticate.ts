import { IncomingMessage } from 'node:http';
import { createRemoteJWKSet, JWTPayload, jwtVerify, JWTVerifyGetKey } from 'jose';
import { Caller, callerFromClaimSet, rolesOfClaim, UnauthenticatedError } from '../../platform';
import { gatewayAuth } from './gateway-config';
import { areaClaimProblem } from '../../domain/area-claim';

/** How the gateway checks callers' bearer tokens. */
export interface AuthOptions {
  /** Shared HS256 secret (the embedded default). */
  secret?: string;
  /** A JWKS URL for RS256/ES256 tokens (servers mode). */
  jwksUrl?: string;
  /** @default 'satupintu' */
  issuer?: string;
  /** @default 'satupintu-gateway' */
  audience?: string;
}

/** The token settings from the environment (gateway-config.ts). */
export function authOptionsFromEnv(): AuthOptions {
  return gatewayAuth();
}

/** The claims a SatuPintu token carries besides iss/aud/exp/sub. */
export interface SatuPintuClaims extends JWTPayload {
  staff?: string;
  agency?: string;
  roles?: string[];
  jur?: 'ID' | 'HK';
  area?: string[];
}

/**
 * Turns verified claims into a caller; a token without a subject, roles or jurisdiction is refused, and
 * so is an area claim that is malformed (an empty entry would match every family), or empty for an
 * area manager (who has no other scope).
 */
export function callerFromClaims(claims: SatuPintuClaims): Caller {
  const roles = rolesOfClaim(claims.roles);
  if (!claims.sub || roles.length === 0 || (claims.jur !== 'ID' && claims.jur !== 'HK')) {
    throw new UnauthenticatedError('the token lacks the SatuPintu claims (sub, roles, jur)');
  }
  const problem = areaClaimProblem(claims.jur, claims.area ?? []);
  if (problem) throw new UnauthenticatedError(`the token's area claim ${problem}`);
  if (roles.includes('AREA_MANAGER') && (claims.area ?? []).length === 0) throw new UnauthenticatedError("the token's area claim is empty, and an area manager needs an area");
  // The agency's service area is looked up afterwards (agency-service-areas.ts), never taken from the token.
  return callerFromClaimSet(claims, claims.jur, []);
}

/**
 * Verifies the caller's bearer JWT with jose: signature, issuer, audience and expiry. Only the
 * Authorization header is read; identity headers a client sends are never trusted.
 */
export function createAuthenticator(options: AuthOptions): (req: IncomingMessage) => Promise<Caller> {
  let key: Uint8Array | JWTVerifyGetKey;
  let algorithms: string[];
  if (options.jwksUrl) {
    key = createRemoteJWKSet(new URL(options.jwksUrl));
    algorithms = ['RS256', 'ES256'];
  } else if (options.secret) {
    key = new TextEncoder().encode(options.secret);
    algorithms = ['HS256'];
  } else {
    throw new Error('set SATUPINTU_JWT_SECRET or SATUPINTU_JWKS_URL');
  }
  const verifyOptions = { issuer: options.issuer ?? 'satupintu', audience: options.audience ?? 'satupintu-gateway', algorithms };
  return async (req) => {
    const header = req.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new UnauthenticatedError();
    let payload: SatuPintuClaims;
    try {
      payload = (typeof key === 'function' ? await jwtVerify(match[1], key, verifyOptions) : await jwtVerify(match[1], key, verifyOptions)).payload as SatuPintuClaims;
    } catch {
      throw new UnauthenticatedError('the bearer token is invalid or expired');
    }
    return callerFromClaims(payload);
  };
}
