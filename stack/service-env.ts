/**
 * Which secrets each process gets. End users' token keys (SATUPINTU_JWT_SECRET, SATUPINTU_JWKS_URL)
 * and the identity private key are needed only where end-user tokens are verified and identity tokens
 * signed: the gateway. A subgraph gets the identity public key and its own database URL, never another
 * subgraph's, nor the owner URL migrations use: a subgraph whose environment leaks gives away no more
 * than itself.
 */
export const GATEWAY_ONLY = ['SATUPINTU_JWT_SECRET', 'SATUPINTU_JWKS_URL', 'SATUPINTU_IDENTITY_PRIVATE_KEY', 'SATUPINTU_IDENTITY_KEY_ID'] as const;

const DATABASE_URL = /_DATABASE_URL$/;

type Env = Record<string, string | undefined>;

function defined(env: Env): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

/** The environment every service starts from: `base` without gateway secrets and without database URLs. */
export function sharedEnv(base: Env): Record<string, string> {
  return defined(Object.fromEntries(Object.entries(base).filter(([k]) => !(GATEWAY_ONLY as readonly string[]).includes(k) && !DATABASE_URL.test(k))));
}

/** A subgraph's environment: the shared one, the identity public key and its own database URL. */
export function subgraphEnv(base: Env, name: string, databaseUrl: string, identityPublicKey: string): Record<string, string> {
  return { ...sharedEnv(base), SATUPINTU_IDENTITY_PUBLIC_KEY: identityPublicKey, [`${name.toUpperCase()}_DATABASE_URL`]: databaseUrl };
}

/** The gateway's environment: the shared one with the end-user token settings and the identity private key. */
export function gatewayEnv(base: Env, secrets: { jwtSecret?: string; jwksUrl?: string; identityPrivateKey: string }): Record<string, string> {
  return defined({
    ...sharedEnv(base),
    SATUPINTU_JWT_SECRET: secrets.jwtSecret,
    SATUPINTU_JWKS_URL: secrets.jwksUrl,
    SATUPINTU_IDENTITY_PRIVATE_KEY: secrets.identityPrivateKey,
    SATUPINTU_IDENTITY_KEY_ID: base.SATUPINTU_IDENTITY_KEY_ID,
  });
}
