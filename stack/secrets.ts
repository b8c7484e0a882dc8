import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateIdentityKeyPair } from '../subgraphs/kit';
import { dataDir, givenSecrets } from './stack-config';

export { dataDir } from './stack-config';

/** The embedded default's secrets: the bearer-token key, and the gateway's identity key pair. */
export interface Secrets {
  jwtSecret: string;
  /** The gateway's private key for identity tokens (PKCS8 PEM or JWK). */
  identityPrivateKey: string;
  /** The public key(s) the subgraphs check identity tokens with (PEM, JWK or JWKS). */
  identityPublicKey: string;
}

/**
 * Secrets from the environment when given (servers mode). Otherwise the bearer-token key is generated
 * once and kept in the data folder (mode 600), so tokens printed by `npm run token` stay valid across
 * restarts, and the identity key pair is generated for this run only: identity tokens live seconds,
 * so nothing needs it after the run.
 */
export function loadSecrets(): Secrets {
  const file = join(dataDir(), 'secrets.json');
  let stored: { jwtSecret?: string } = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as { jwtSecret?: string };
  const given = givenSecrets();
  const jwtSecret = given.jwtSecret ?? stored.jwtSecret ?? randomBytes(32).toString('base64url');
  // Only the bearer-token key is kept: an older file's shared subgraph secret is dropped.
  if (!given.jwtSecret && (stored.jwtSecret !== jwtSecret || Object.keys(stored).length !== 1)) {
    mkdirSync(dataDir(), { recursive: true });
    writeFileSync(file, JSON.stringify({ jwtSecret }, null, 2), { mode: 0o600 });
  }
  const { identityPrivateKey: givenPrivate, identityPublicKey: givenPublic } = given;
  if (givenPrivate && givenPublic) return { jwtSecret, identityPrivateKey: givenPrivate, identityPublicKey: givenPublic };
  if (givenPrivate || givenPublic) throw new Error('set both SATUPINTU_IDENTITY_PRIVATE_KEY and SATUPINTU_IDENTITY_PUBLIC_KEY, or neither (a key pair is then made for the run)');
  const pair = generateIdentityKeyPair();
  return { jwtSecret, identityPrivateKey: pair.privateKey, identityPublicKey: pair.publicKey };
}
