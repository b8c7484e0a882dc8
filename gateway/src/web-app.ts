import { existsSync, readFileSync } from 'node:fs';
import { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { SignJWT } from 'jose';
import { env, GraphQLHttpParams, isProduction, repoPath } from '../../platform';
import { loadManifest, OperationManifest, persistedOnly } from './persisted-operations';
import { checkedOidcSettings, oidcSettings, OidcSettings } from './gateway-config';
import type { AuthOptions } from './authenticate';

/**
 * The managers' web app (web/, built by `npm run build` into dist/app), served at /app by the gateway,
 * and the demo sign-in the embedded default offers beside it. The app's pages call /graphql of the
 * same origin, so no CORS is needed; a Content-Security-Policy lets them load and call nothing else.
 */

/** Where the built app lives: dist/app (index.html, assets/, persisted-operations.json). */
export const WEB_APP_DIR = repoPath('dist', 'app');

/** Where the built GraphiQL page lives (web/graphiql, built by `npm run build` into dist/graphiql). */
export const GRAPHIQL_DIR = repoPath('dist', 'graphiql');

/** Whom the demo sign-in offers, and what each one's token claims (written by `npm start`). */
export interface DemoSignInUser {
  key: string;
  description: string;
  claims: { sub: string; staff?: string; agency?: string; roles: string[]; jur: 'ID' | 'HK'; area: string[] };
}

/** The demo sign-in: only in the embedded default, which holds the HS256 secret its tokens are signed with. */
export interface DemoSignIn {
  users: readonly DemoSignInUser[];
  secret: string;
  issuer?: string;
  audience?: string;
  /** @default 1800 (30 minutes) */
  ttlSeconds?: number;
}

/** Options for serving the app. */
export interface WebAppOptions {
  /** @default dist/app */
  dir?: string;
  /** Off unless given (SATUPINTU_DEMO_SIGN_IN=true with SATUPINTU_DEMO_USERS). */
  demoSignIn?: DemoSignIn;
  /** Off unless given (SATUPINTU_OIDC_ISSUER with SATUPINTU_OIDC_CLIENT_ID). */
  oidc?: OidcSettings;
  /** GraphiQL at /graphiql. @default on unless NODE_ENV=production (never on there) */
  graphiql?: boolean;
  /** @default dist/graphiql */
  graphiqlDir?: string;
  /** Whether the gateway runs only registered operations (GraphiQL says so). */
  persistedOnly?: boolean;
}

/**
 * The OpenID Connect sign-in from the environment (SATUPINTU_OIDC_*, gateway-config.ts), checked
 * against how the gateway verifies tokens: the provider's access tokens are what the app then sends.
 */
export function oidcSignInFromEnv(auth: AuthOptions): OidcSettings | undefined {
  return oidcSettings(auth);
}

/** OpenID Connect settings given in code (tests), with the same checks as from the environment. */
export function oidcSignIn(settings: OidcSettings, auth: AuthOptions): OidcSettings {
  return checkedOidcSettings(settings, auth);
}

/**
 * SATUPINTU_DEMO_SIGN_IN (`true` or `false`, default `false`) and SATUPINTU_DEMO_USERS (the file of
 * demo users `npm start` writes). The sign-in mints tokens for anyone who asks, so it is refused at start
 * under NODE_ENV=production and without the HS256 secret; any other value stops the gateway.
 */
export function demoSignInFromEnv(auth: { secret?: string; issuer?: string; audience?: string }): DemoSignIn | undefined {
  const on = env('SATUPINTU_DEMO_SIGN_IN');
  if (on === undefined || on === 'false') return undefined;
  if (on !== 'true') throw new Error(`SATUPINTU_DEMO_SIGN_IN must be "true" or "false", got "${on.slice(0, 20)}"`);
  if (isProduction()) throw new Error('SATUPINTU_DEMO_SIGN_IN is refused under NODE_ENV=production: it signs tokens for anyone who asks');
  if (!auth.secret) throw new Error('SATUPINTU_DEMO_SIGN_IN needs SATUPINTU_JWT_SECRET (the demo tokens are HS256)');
  const file = env('SATUPINTU_DEMO_USERS');
  if (!file) throw new Error('SATUPINTU_DEMO_SIGN_IN=true needs SATUPINTU_DEMO_USERS, the file of demo users (npm start writes it)');
  let users: DemoSignInUser[];
  try {
    users = (JSON.parse(readFileSync(file, 'utf8')) as { users: DemoSignInUser[] }).users;
  } catch (err) {
    throw new Error(`the demo users file ${file} cannot be read: ${(err as Error).message}`);
  }
  if (!Array.isArray(users) || users.length === 0) throw new Error(`the demo users file ${file} lists no users`);
  return { users, secret: auth.secret, issuer: auth.issuer, audience: auth.audience };
}

/** Only 'self': the app's own scripts, styles and calls to its own gateway; no inline code, no frames. */
export const APP_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The app's policy when it signs in with an OpenID provider: the page also reads the provider's
 * discovery document and calls its token endpoint (the sign-in itself is a navigation to the provider).
 */
export function appCsp(oidc?: OidcSettings): string {
  return oidc ? APP_CSP.replace("connect-src 'self'", `connect-src 'self' ${new URL(oidc.issuer).origin}`) : APP_CSP;
}

/**
 * GraphiQL's page (development only): its editor (Monaco) writes its own style elements and runs its
 * language services in workers of this origin; it still loads and calls nothing from elsewhere.
 */
export const GRAPHIQL_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

/* A built asset's name carries its content hash (index-3f9a1c2e.js), so it may be kept for a year (sendAsset). */

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, cache: string, csp = APP_CSP): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-security-policy': csp, 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': cache });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), 'no-store');
}

/** A built asset of `dir` (`<prefix>assets/...`); a name carrying its content hash is kept for a year. */
function sendAsset(res: ServerResponse, dir: string, prefix: string, path: string, csp: string): void {
  const file = normalize(join(dir, path.slice(prefix.length)));
  if (!file.startsWith(join(dir, 'assets') + sep) || !existsSync(file)) return sendJson(res, 404, { error: 'not found' });
  const hashed = new RegExp(`^${prefix}assets/[A-Za-z0-9_.-]+-[A-Za-z0-9_-]{8,}\\.[a-z0-9]+$`).test(path);
  send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file), hashed ? 'public, max-age=31536000, immutable' : 'no-cache', csp);
}

/**
 * GraphiQL at /graphiql (never under NODE_ENV=production): the page, its bundled assets (from npm,
 * nothing from a CDN) and /graphiql/config, which tells the page whether only registered operations run.
 */
function graphiqlRoute(req: IncomingMessage, res: ServerResponse, path: string, options: WebAppOptions): boolean {
  if (path !== '/graphiql' && !path.startsWith('/graphiql/')) return false;
  if (isProduction() || options.graphiql === false) return false;
  const dir = options.graphiqlDir ?? GRAPHIQL_DIR;
  const method = (req.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') {
    sendJson(res, 405, { error: 'GraphiQL is read with GET; queries go to /graphql', code: 'BAD_REQUEST' });
  } else if (path === '/graphiql') {
    res.writeHead(308, { location: '/graphiql/', 'cache-control': 'no-store' });
    res.end();
  } else if (path === '/graphiql/config') {
    sendJson(res, 200, { endpoint: '/graphql', persistedOnly: options.persistedOnly === true });
  } else if (path.startsWith('/graphiql/assets/')) {
    sendAsset(res, dir, '/graphiql/', path, GRAPHIQL_CSP);
  } else if (!existsSync(join(dir, 'index.html'))) {
    send(res, 404, 'text/plain; charset=utf-8', 'GraphiQL is not built: run npm run build.\n', 'no-store', GRAPHIQL_CSP);
  } else {
    send(res, 200, 'text/html; charset=utf-8', readFileSync(join(dir, 'index.html')), 'no-store', GRAPHIQL_CSP);
  }
  return true;
}

function readJsonBody(req: IncomingMessage, limit = 4096): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > limit) reject(new Error('too large'));
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new Error('not JSON'));
      }
    });
    req.on('error', reject);
  });
}

/** Whether a browser request comes from a page of this origin (a form or page elsewhere may not sign in). */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return typeof origin === 'string' && new URL(origin).host === (req.headers.host ?? '').toLowerCase();
  } catch {
    return false;
  }
}

async function demoSignInRoute(req: IncomingMessage, res: ServerResponse, signIn: DemoSignIn | undefined): Promise<void> {
  if (!signIn) return sendJson(res, 404, { error: 'the demo sign-in is off', code: 'NOT_FOUND' });
  const method = (req.method ?? 'GET').toUpperCase();
  if (method === 'GET') return sendJson(res, 200, { users: signIn.users.map((u) => ({ key: u.key, description: u.description, jurisdiction: u.claims.jur })) });
  if (method !== 'POST') return sendJson(res, 405, { error: 'GET or POST', code: 'BAD_REQUEST' });
  // A JSON content type cannot be sent cross-site without a preflight, which /app never answers.
  if ((req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase() !== 'application/json' || !sameOrigin(req)) {
    return sendJson(res, 403, { error: 'sign in from the app itself', code: 'FORBIDDEN' });
  }
  let key: unknown;
  try {
    key = ((await readJsonBody(req)) as { user?: unknown })?.user;
  } catch {
    return sendJson(res, 400, { error: 'send {"user": "<demo user key>"}', code: 'BAD_REQUEST' });
  }
  const user = signIn.users.find((u) => u.key === key);
  if (!user) return sendJson(res, 400, { error: 'no such demo user', code: 'BAD_USER_INPUT' });
  const ttl = signIn.ttlSeconds ?? 1800;
  const { sub, ...claims } = user.claims;
  const expiresAt = Math.floor(Date.now() / 1000) + ttl;
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(signIn.issuer ?? 'satupintu')
    .setAudience(signIn.audience ?? 'satupintu-gateway')
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(signIn.secret));
  return sendJson(res, 200, { token, expiresAt: new Date(expiresAt * 1000).toISOString(), user: { key: user.key, description: user.description, jurisdiction: user.claims.jur } });
}

/**
 * The /app routes: the sign-in methods on offer (/app/sign-in), the demo sign-in (/app/sign-in/demo),
 * the hashed assets (a year, immutable) and index.html for every other page (never cached, so a new
 * build is picked up at once). Returns false for a path outside /app.
 */
export function webAppRoutes(options: WebAppOptions = {}): (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean> {
  const dir = options.dir ?? WEB_APP_DIR;
  const csp = appCsp(options.oidc);
  return async (req, res, path) => {
    if (graphiqlRoute(req, res, path, options)) return true;
    if (path !== '/app' && !path.startsWith('/app/')) return false;
    if (path === '/app') {
      res.writeHead(308, { location: '/app/', 'cache-control': 'no-store' });
      res.end();
      return true;
    }
    if (path === '/app/sign-in') {
      // The sign-in methods on offer: the demo users (embedded default), an OpenID provider (servers mode).
      const methods = [...(options.oidc ? ['oidc'] : []), ...(options.demoSignIn ? ['demo'] : [])];
      const oidc = options.oidc && { issuer: options.oidc.issuer, clientId: options.oidc.clientId, scopes: options.oidc.scopes };
      sendJson(res, 200, oidc ? { methods, oidc } : { methods });
      return true;
    }
    if (path === '/app/sign-in/demo') {
      await demoSignInRoute(req, res, options.demoSignIn);
      return true;
    }
    const method = (req.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') {
      sendJson(res, 405, { error: 'the app is read with GET', code: 'BAD_REQUEST' });
      return true;
    }
    if (path.startsWith('/app/assets/')) {
      sendAsset(res, dir, '/app/', path, csp);
      return true;
    }
    const index = join(dir, 'index.html');
    if (!existsSync(index)) {
      send(res, 404, 'text/plain; charset=utf-8', 'The web app is not built: run npm run build.\n', 'no-store');
      return true;
    }
    send(res, 200, 'text/html; charset=utf-8', readFileSync(index), 'no-store', csp);
    return true;
  };
}

/** The app's registered operations (dist/app/persisted-operations.json), when the app is built. */
export function webAppOperations(dir = WEB_APP_DIR): OperationManifest | undefined {
  const file = join(dir, 'persisted-operations.json');
  return existsSync(file) ? loadManifest(file) : undefined;
}

/** The hash a request names (`extensions.persistedQuery.sha256Hash`), from a POST body or a GET query string. */
function namedHash(request: GraphQLHttpParams): unknown {
  if (request.method === 'GET') {
    const raw = new URLSearchParams(request.search).get('extensions');
    try {
      return raw ? (JSON.parse(raw) as { persistedQuery?: { sha256Hash?: unknown } })?.persistedQuery?.sha256Hash : undefined;
    } catch {
      return undefined;
    }
  }
  const body = request.body as { extensions?: { persistedQuery?: { sha256Hash?: unknown } } } | undefined;
  return body && typeof body === 'object' && !Array.isArray(body) ? body.extensions?.persistedQuery?.sha256Hash : undefined;
}

/**
 * The app sends its operations by hash only (its bundle holds no query text). When the gateway does not
 * limit callers to registered operations, a request naming one of the app's hashes gets its registered
 * text here; every other request goes on as it came.
 */
export function appOperationsByHash(manifest: OperationManifest): (request: GraphQLHttpParams) => GraphQLHttpParams {
  const resolve = persistedOnly(manifest);
  return (request) => {
    const hash = namedHash(request);
    return typeof hash === 'string' && Object.hasOwn(manifest.operations, hash) ? resolve(request) : request;
  };
}
