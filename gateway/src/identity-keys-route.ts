import { IncomingMessage, ServerResponse } from 'node:http';
import { signingKeySet } from '../../platform';

/** Where the gateway publishes the public half of its identity signing key, as a JWKS. */
export const IDENTITY_KEYS_PATH = '/.well-known/satupintu-identity-keys.json';

/**
 * The identity keys route: a subgraph that joins SatuPintu points SATUPINTU_IDENTITY_JWKS_URL here and
 * so holds no key material at all, and follows a rotation of the gateway's key. Only the public key is
 * in it; it is read with GET.
 */
export async function identityKeysRoute(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
  if (path !== IDENTITY_KEYS_PATH) return false;
  const method = (req.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'the identity keys are read with GET', code: 'BAD_REQUEST' }));
    return true;
  }
  const body = JSON.stringify(await signingKeySet());
  res.writeHead(200, { 'content-type': 'application/jwk-set+json', 'cache-control': 'public, max-age=300' });
  res.end(method === 'HEAD' ? undefined : body);
  return true;
}
