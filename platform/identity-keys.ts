import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, createLocalJWKSet, createRemoteJWKSet, JWK, JWTVerifyGetKey } from 'jose';
import { identityConfig } from './config';

/**
 * The keys of gateway-to-subgraph identity tokens. Only the gateway holds the private key
 * (SATUPINTU_IDENTITY_PRIVATE_KEY: PKCS8 PEM or a private JWK, P-256 for ES256 or Ed25519 for EdDSA);
 * subgraphs hold public keys only (SATUPINTU_IDENTITY_PUBLIC_KEY: one or more SPKI PEM blocks, a JWK or
 * a JWKS, or SATUPINTU_IDENTITY_JWKS_URL), so a subgraph that leaks its configuration or is taken over
 * cannot make identity tokens. Several public keys are accepted at once, so a key is rotated by adding
 * the new public key to the subgraphs first and then giving the gateway the new private key.
 */
export const IDENTITY_ALGORITHMS = ['ES256', 'EdDSA'] as const;

/** The gateway's signing key, with the `kid` and `alg` its tokens carry. */
export interface SigningKey {
  key: KeyObject;
  kid: string;
  alg: 'ES256' | 'EdDSA';
}

function algOf(key: KeyObject): 'ES256' | 'EdDSA' {
  if (key.asymmetricKeyType === 'ed25519') return 'EdDSA';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  throw new Error('identity keys must be P-256 (ES256) or Ed25519 (EdDSA)');
}

function readKey<T>(text: string, fromPem: (pem: string) => T, fromJwk: (jwk: JWK) => T): T {
  const trimmed = text.trim();
  return trimmed.startsWith('{') ? fromJwk(JSON.parse(trimmed) as JWK) : fromPem(trimmed.replace(/\\n/g, '\n'));
}

/** The `kid` of a public key: SATUPINTU_IDENTITY_KEY_ID when given with the private key, else its RFC 7638 thumbprint. */
async function kidOf(publicKey: KeyObject, given?: string): Promise<string> {
  return given ?? calculateJwkThumbprint(publicKey.export({ format: 'jwk' }) as JWK);
}

let signing: { source: string; key: Promise<SigningKey> } | null = null;

/** The signing key from SATUPINTU_IDENTITY_PRIVATE_KEY (read once per value). */
export function signingKey(): Promise<SigningKey> {
  const { privateKey: source, keyId } = identityConfig();
  if (!source) throw new Error('SATUPINTU_IDENTITY_PRIVATE_KEY must be set where identity tokens are signed (the gateway only)');
  if (signing?.source !== source) {
    const load = async (): Promise<SigningKey> => {
      const parsed = readKey<{ key: KeyObject; kid?: string }>(
        source,
        (pem) => ({ key: createPrivateKey(pem) }),
        (jwk) => ({ key: createPrivateKey({ key: jwk as never, format: 'jwk' }), kid: jwk.kid }),
      );
      const kid = await kidOf(createPublicKey(parsed.key), keyId ?? parsed.kid);
      return { key: parsed.key, kid, alg: algOf(parsed.key) };
    };
    signing = { source, key: load() };
  }
  return signing.key;
}

async function publicJwk(key: KeyObject, kid?: string): Promise<JWK> {
  return { ...(key.export({ format: 'jwk' }) as JWK), kid: await kidOf(key, kid), alg: algOf(key), use: 'sig' };
}

/** The public keys in a SATUPINTU_IDENTITY_PUBLIC_KEY value, as a JWKS. */
export async function publicKeySet(text: string): Promise<{ keys: JWK[] }> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    const parsed = JSON.parse(trimmed) as JWK | { keys: JWK[] };
    const jwks = 'keys' in parsed ? parsed.keys : [parsed];
    return { keys: await Promise.all(jwks.map((jwk) => publicJwk(createPublicKey({ key: jwk as never, format: 'jwk' }), jwk.kid))) };
  }
  const pems = trimmed.replace(/\\n/g, '\n').match(/-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/g) ?? [];
  if (pems.length === 0) throw new Error('SATUPINTU_IDENTITY_PUBLIC_KEY holds no PEM public key, JWK or JWKS');
  return { keys: await Promise.all(pems.map((pem) => publicJwk(createPublicKey(pem)))) };
}

/**
 * The public half of the signing key as a JWKS: what the gateway publishes, so that a subgraph given
 * SATUPINTU_IDENTITY_JWKS_URL follows a rotation (jose fetches the set again for a `kid` it has not seen).
 */
export async function signingKeySet(): Promise<{ keys: JWK[] }> {
  const { key, kid } = await signingKey();
  return { keys: [await publicJwk(createPublicKey(key), kid)] };
}

let verifying: { source: string; keys: Promise<JWTVerifyGetKey> } | null = null;

/** The keys identity tokens are checked with: SATUPINTU_IDENTITY_PUBLIC_KEY, else SATUPINTU_IDENTITY_JWKS_URL. */
export function verificationKeys(): Promise<JWTVerifyGetKey> {
  const { publicKey: keys, jwksUrl: url } = identityConfig();
  const source = keys ?? (url ? `url:${url}` : undefined);
  if (!source) throw new Error('SATUPINTU_IDENTITY_PUBLIC_KEY or SATUPINTU_IDENTITY_JWKS_URL must be set');
  if (verifying?.source !== source) {
    verifying = { source, keys: keys ? publicKeySet(keys).then((set) => createLocalJWKSet(set)) : Promise.resolve(createRemoteJWKSet(new URL(url!))) };
  }
  return verifying.keys;
}

/** A fresh P-256 key pair as PEM: what `npm start`, the tests and the bench give the gateway and the subgraphs. */
export function generateIdentityKeyPair(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', {
    namedCurve: 'P-256',
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return { privateKey, publicKey };
}
