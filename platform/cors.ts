import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Browser access to the gateway from other origins (a dashboard on its own host). Tokens travel in the
 * Authorization header, never in cookies, so no credentials are allowed and a page of an origin not on
 * the list can send nothing a browser would let it read. A page of the gateway's own origin is always
 * allowed.
 */
export interface CorsPolicy {
  /** Exact origins (`https://dashboard.example.go.id`, with a port where it has one). */
  origins: readonly string[];
}

/** The request headers a browser may send: identity, content type, request and trace ids, Apollo's CSRF header. */
const ALLOWED_HEADERS = 'authorization, content-type, x-request-id, traceparent, tracestate, apollo-require-preflight, x-apollo-operation-name';
/** The response headers a page may read besides the simple ones. */
const EXPOSED_HEADERS = 'x-request-id';
/** How long a browser may keep a preflight's answer, in seconds. */
const MAX_AGE_SECONDS = 600;

const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;

/** Reads an origin list (`GATEWAY_CORS_ORIGINS`): comma-separated exact origins; anything else stops the gateway at start. */
export function parseCorsOrigins(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((part) => {
    const origin = part.trim();
    if (!ORIGIN.test(origin)) throw new Error(`GATEWAY_CORS_ORIGINS must list origins such as https://dashboard.example.org, got "${origin.slice(0, 60)}"`);
    return origin.toLowerCase();
  });
}

/** The request's Origin when the policy allows it: listed, or the origin of the host the request was sent to. */
function allowedOrigin(req: IncomingMessage, policy: CorsPolicy): string | null {
  const origin = req.headers.origin;
  if (typeof origin !== 'string' || !ORIGIN.test(origin)) return null;
  const lower = origin.toLowerCase();
  if (policy.origins.includes(lower)) return origin;
  const host = req.headers.host;
  return typeof host === 'string' && new URL(lower).host === host.toLowerCase() ? origin : null;
}

/**
 * Applies the policy to one request, before authentication: a preflight (OPTIONS) is answered here, 204
 * with the allowed methods and headers for an allowed origin and 403 for any other; any other request
 * from an allowed origin gets `Access-Control-Allow-Origin`. Returns true when the request is answered.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, policy: CorsPolicy): boolean {
  const origin = allowedOrigin(req, policy);
  res.setHeader('vary', 'Origin');
  if ((req.method ?? '').toUpperCase() === 'OPTIONS') {
    if (!origin || typeof req.headers['access-control-request-method'] !== 'string') {
      const text = JSON.stringify({ errors: [{ message: 'this origin may not call the gateway', extensions: { code: 'FORBIDDEN', rule: 'CORS_ORIGIN' } }] });
      res.writeHead(403, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
      res.end(text);
      return true;
    }
    res.writeHead(204, {
      'access-control-allow-origin': origin,
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': ALLOWED_HEADERS,
      'access-control-max-age': String(MAX_AGE_SECONDS),
      'cache-control': 'no-store',
    });
    res.end();
    return true;
  }
  if (origin) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
  }
  return false;
}
