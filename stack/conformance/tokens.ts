import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { Caller } from '../../platform/caller';
import { identityConfig } from '../../platform/config';
import { signingKey } from '../../platform/identity-keys';
import { IDENTITY_ISSUER, IDENTITY_LIFETIME_SECONDS, signInternalToken } from '../../platform/internal-token';

/** The agency the check's caller acts for unless `--as-agency` names one: an id no real agency has. */
export const CONFORMANCE_AGENCY_ID = '00000000-0000-4000-8000-00000000c0de';

/** The caller the check signs its tokens for: agency staff of one agency, in one jurisdiction. */
export function conformanceCaller(options: { agencyId?: string; jurisdiction?: 'ID' | 'HK' } = {}): Caller {
  return {
    subject: 'satupintu-conformance-check',
    staffId: null,
    agencyId: options.agencyId ?? CONFORMANCE_AGENCY_ID,
    roles: ['AGENCY_STAFF'],
    jurisdiction: options.jurisdiction ?? 'ID',
    area: [],
    serviceArea: [],
  };
}

/** The gateway's private key is what the check signs with; without it no valid token can be made. */
export class MissingSigningKeyError extends Error {
  constructor() {
    super(
      [
        'SATUPINTU_IDENTITY_PRIVATE_KEY is not set: the check signs identity tokens as the gateway does, with its private key.',
        "Set it to the gateway's private key (PKCS8 PEM or JWK), the one whose public key the subgraph holds in SATUPINTU_IDENTITY_PUBLIC_KEY.",
        'For a local trial, make a pair and give the public half to the subgraph:',
        `  node -e "const {generateKeyPairSync:g}=require('node:crypto');const k=g('ec',{namedCurve:'P-256',privateKeyEncoding:{type:'pkcs8',format:'pem'},publicKeyEncoding:{type:'spki',format:'pem'}});console.log(k.privateKey+k.publicKey)"`,
      ].join('\n'),
    );
  }
}

/** Whether the signing key is configured. */
export function hasSigningKey(): boolean {
  return Boolean(identityConfig().privateKey);
}

function claimsOf(caller: Caller): Record<string, unknown> {
  return { staff: caller.staffId, agency: caller.agencyId, roles: caller.roles, jur: caller.jurisdiction, area: caller.area, svc: caller.serviceArea };
}

/** A name that is not the candidate's, for a token addressed to another subgraph. */
export function otherAudience(name: string): string {
  return name === 'families' ? 'services' : 'families';
}

/** The tokens the identity checks send: one valid, and the three a subgraph must refuse. */
export interface ConformanceTokens {
  /** A valid token for the candidate, signed afresh while the check runs (a token lives seconds). */
  valid: () => Promise<string>;
  /** The same claims, signed by a key the gateway never had, under the gateway key's kid. */
  forged: string;
  /** Signed by the gateway's key, for this audience, but expired a minute ago. */
  expired: string;
  /** A valid token of the gateway, addressed to another subgraph. */
  otherAudience: string;
}

/** Signs the check's tokens for a candidate called `audience`. Throws MissingSigningKeyError without the key. */
export async function conformanceTokens(caller: Caller, audience: string): Promise<ConformanceTokens> {
  if (!hasSigningKey()) throw new MissingSigningKeyError();
  const { key, kid, alg } = await signingKey();
  const now = Math.floor(Date.now() / 1000);
  const build = (issuedAt: number) =>
    new SignJWT(claimsOf(caller))
      .setProtectedHeader({ alg, kid, typ: 'JWT' })
      .setIssuer(IDENTITY_ISSUER)
      .setAudience(audience)
      .setSubject(caller.subject)
      .setJti(randomUUID())
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + IDENTITY_LIFETIME_SECONDS);
  const impostor = alg === 'EdDSA' ? generateKeyPairSync('ed25519').privateKey : generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  return {
    valid: () => signInternalToken(caller, audience),
    forged: await build(now).sign(impostor),
    expired: await build(now - 60 - IDENTITY_LIFETIME_SECONDS).sign(key),
    otherAudience: await signInternalToken(caller, otherAudience(audience)),
  };
}
