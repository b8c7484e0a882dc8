import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

type Stored = Partial<Secrets>;

/** The data folder's secrets file (mode 600): what the embedded default generated. */
export function secretsFile(): string {
  return join(dataDir(), 'secrets.json');
}

/**
 * The identity public key of the embedded default, as a PEM file anyone on the machine may read: what
 * a subgraph that joins a local install is given as SATUPINTU_IDENTITY_PUBLIC_KEY.
 */
export function identityPublicKeyFile(): string {
  return join(dataDir(), 'identity-public-key.pem');
}

/** The embedded default's stored secrets, or nothing when the data folder has none yet. */
export function storedSecrets(): Stored {
  const file = secretsFile();
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Stored) : {};
}

/**
 * Secrets from the environment when given (servers mode). Otherwise each is generated once and kept in
 * the data folder (mode 600): the bearer-token key, so that tokens printed by `npm run token` stay valid
 * across restarts, and the identity key pair, so that a subgraph joining the local install keeps one
 * public key across restarts and the conformance check can sign as the gateway does. The public half is
 * also written on its own, readable, for those subgraphs.
 */
export function loadSecrets(): Secrets {
  const stored = storedSecrets();
  const given = givenSecrets();
  const { identityPrivateKey: givenPrivate, identityPublicKey: givenPublic } = given;
  if (Boolean(givenPrivate) !== Boolean(givenPublic)) {
    throw new Error('set both SATUPINTU_IDENTITY_PRIVATE_KEY and SATUPINTU_IDENTITY_PUBLIC_KEY, or neither (the embedded default then keeps a pair in its data folder)');
  }
  const generated = stored.identityPrivateKey && stored.identityPublicKey ? null : generateIdentityKeyPair();
  const keep: Secrets = {
    jwtSecret: stored.jwtSecret ?? randomBytes(32).toString('base64url'),
    identityPrivateKey: stored.identityPrivateKey ?? generated!.privateKey,
    identityPublicKey: stored.identityPublicKey ?? generated!.publicKey,
  };
  // Only these three are kept: an older file's shared subgraph secret is dropped.
  const changed = (Object.keys(keep) as Array<keyof Secrets>).some((k) => stored[k] !== keep[k]) || Object.keys(stored).length !== 3;
  if (changed && !(given.jwtSecret && givenPrivate)) {
    mkdirSync(dataDir(), { recursive: true });
    writeFileSync(secretsFile(), JSON.stringify(keep, null, 2), { mode: 0o600 });
  }
  const secrets: Secrets = {
    jwtSecret: given.jwtSecret ?? keep.jwtSecret,
    identityPrivateKey: givenPrivate ?? keep.identityPrivateKey,
    identityPublicKey: givenPublic ?? keep.identityPublicKey,
  };
  if (!givenPublic) {
    mkdirSync(dataDir(), { recursive: true });
    writeFileSync(identityPublicKeyFile(), secrets.identityPublicKey);
    chmodSync(identityPublicKeyFile(), 0o644);
  }
  return secrets;
}
