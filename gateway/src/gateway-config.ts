import { CorsPolicy, env, envInt, parseCorsOrigins, repoPath, SUBGRAPHS, subgraphUrl } from '../../platform';
import type { AuthOptions } from './authenticate';

/*
 * Every environment variable the gateway reads, each in one place with its default; README.md
 * ("Configuration") lists them. What it shares with the subgraphs (LOG_LEVEL, SHUTDOWN_GRACE_MS,
 * NODE_ENV, the clock, the identity keys) is read by platform/config.ts. Each reader reads when
 * called (when the gateway is built or started), so tests may set variables first.
 */

/**
 * A limit from the environment: a whole number from 1. Anything else stops the gateway at start,
 * since a limit that cannot be applied must not silently fall back to another.
 */
export function envLimit(name: string, fallback: number): number {
  const raw = env(name);
  if (raw === undefined) return fallback;
  if (!/^[1-9]\d{0,8}$/.test(raw.trim())) throw new Error(`${name} must be a whole number from 1, got "${raw.slice(0, 20)}"`);
  return Number(raw);
}

/** Where the gateway listens. */
export interface GatewayListen {
  /** PORT. Default 4000. */
  port: number;
  /** HOST. Default `127.0.0.1` (the Docker image sets `0.0.0.0`). */
  host: string;
}

export function gatewayListen(): GatewayListen {
  return { port: envInt('PORT', 4000), host: env('HOST', '127.0.0.1')! };
}

/**
 * How bearer tokens are verified: SATUPINTU_JWT_SECRET (HS256 shared secret) or SATUPINTU_JWKS_URL
 * (RS256/ES256 keys), SATUPINTU_JWT_ISSUER (default `satupintu`) and SATUPINTU_JWT_AUDIENCE
 * (default `satupintu-gateway`).
 */
export function gatewayAuth(): AuthOptions {
  return {
    secret: env('SATUPINTU_JWT_SECRET'),
    jwksUrl: env('SATUPINTU_JWKS_URL'),
    issuer: env('SATUPINTU_JWT_ISSUER', 'satupintu'),
    audience: env('SATUPINTU_JWT_AUDIENCE', 'satupintu-gateway'),
  };
}

/** The web app's OpenID Connect sign-in (servers mode): the provider and the app's public client there. */
export interface OidcSettings {
  /** SATUPINTU_OIDC_ISSUER: the provider's issuer URL (its discovery document is read from there). */
  issuer: string;
  /** SATUPINTU_OIDC_CLIENT_ID: the app's public client (authorization code with PKCE, no secret). */
  clientId: string;
  /** SATUPINTU_OIDC_SCOPES: the scopes asked for, space separated. Default `openid profile`. */
  scopes: string;
}

/**
 * SATUPINTU_OIDC_ISSUER with SATUPINTU_OIDC_CLIENT_ID (and SATUPINTU_OIDC_SCOPES); off when no issuer is
 * set. The provider's access tokens are what the app sends, so they must be the tokens the gateway
 * verifies: SATUPINTU_JWKS_URL (the provider's keys) and SATUPINTU_JWT_ISSUER equal to the issuer. A
 * setting that could sign nobody in stops the gateway at start instead of offering a sign-in that fails.
 */
export function oidcSettings(auth: AuthOptions = gatewayAuth()): OidcSettings | undefined {
  const issuer = env('SATUPINTU_OIDC_ISSUER');
  if (issuer === undefined || issuer === '') return undefined;
  return checkedOidcSettings({ issuer, clientId: env('SATUPINTU_OIDC_CLIENT_ID') ?? '', scopes: env('SATUPINTU_OIDC_SCOPES', 'openid profile')! }, auth);
}

/** The checks of oidcSettings, for settings given in code as well. */
export function checkedOidcSettings(settings: OidcSettings, auth: AuthOptions): OidcSettings {
  let url: URL;
  try {
    url = new URL(settings.issuer);
  } catch {
    throw new Error(`SATUPINTU_OIDC_ISSUER must be a URL, got "${settings.issuer.slice(0, 60)}"`);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) throw new Error('SATUPINTU_OIDC_ISSUER must be an https URL (http only for a provider on this machine)');
  if (!settings.clientId) throw new Error("SATUPINTU_OIDC_ISSUER needs SATUPINTU_OIDC_CLIENT_ID, the web app's public client at the provider");
  if (!settings.scopes.split(/\s+/).includes('openid')) throw new Error('SATUPINTU_OIDC_SCOPES must include openid');
  if (!auth.jwksUrl) throw new Error("SATUPINTU_OIDC_ISSUER needs SATUPINTU_JWKS_URL, the provider's keys, so that the gateway accepts the provider's access tokens");
  if ((auth.issuer ?? 'satupintu') !== settings.issuer) {
    throw new Error(`SATUPINTU_JWT_ISSUER must be the OpenID provider's issuer ${settings.issuer}, so that the gateway accepts the provider's access tokens`);
  }
  return settings;
}

/** The abuse limits on one operation; each a whole number from 1 (anything else stops the gateway). */
export interface GatewayLimits {
  /** GRAPHQL_MAX_DEPTH. Default 8 (the unified family profile is depth 6). */
  maxDepth: number;
  /** GRAPHQL_MAX_ALIASES. Default 15. */
  maxAliases: number;
  /** GRAPHQL_MAX_COST. Default 5000 (the profile costs about 300). */
  maxCost: number;
  /** GRAPHQL_MAX_TOKENS: tokens in one operation's text. Default 2000. */
  maxTokens: number;
  /** GRAPHQL_MAX_DIRECTIVES. Default 20. */
  maxDirectives: number;
}

export function gatewayLimits(): GatewayLimits {
  return {
    maxAliases: envLimit('GRAPHQL_MAX_ALIASES', 15),
    maxTokens: envLimit('GRAPHQL_MAX_TOKENS', 2000),
    maxDepth: envLimit('GRAPHQL_MAX_DEPTH', 8),
    maxCost: envLimit('GRAPHQL_MAX_COST', 5000),
    maxDirectives: envLimit('GRAPHQL_MAX_DIRECTIVES', 20),
  };
}

/** The gateway's HTTP side and its calls to the subgraphs. */
export interface GatewayTraffic {
  /** FAMILIES_URL, SERVICES_URL, REFERRALS_URL, SCHEDULING_URL. Default `http://127.0.0.1:400N/graphql`. */
  subgraphUrls: Record<string, string>;
  /** GATEWAY_SUBGRAPH_TIMEOUT_MS: timeout of one subgraph request. Default 5000. */
  subgraphTimeoutMs: number;
  /** GATEWAY_REQUEST_DEADLINE_MS: the whole request's deadline (then 504 REQUEST_TIMEOUT). Default 15000. */
  requestDeadlineMs: number;
  /** GATEWAY_MAX_BODY_BYTES: the largest request body accepted (then 413). Default 65536. */
  maxBodyBytes: number;
}

export function subgraphUrls(): Record<string, string> {
  return Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, subgraphUrl(name)]));
}

/**
 * `<NAME>_URL` (hyphens as underscores, e.g. PUSPAGA_URL): where the gateway sends a subgraph's
 * requests instead of the routing_url composed into the supergraph. Unset: the supergraph's URL.
 */
export function subgraphUrlOverride(name: string): string | undefined {
  return env(`${name.toUpperCase().replace(/-/g, '_')}_URL`);
}

/**
 * GATEWAY_SUPERGRAPH_FILE: the supergraph the gateway serves, reloaded when it changes (`npm run
 * compose` writes it). Default `schema/supergraph.graphql`.
 */
export function supergraphFile(): string {
  return env('GATEWAY_SUPERGRAPH_FILE', repoPath('schema', 'supergraph.graphql'))!;
}

/** GATEWAY_SUPERGRAPH_POLL_MS: how often the supergraph file is looked at for changes. Default 500. */
export function supergraphPollMs(): number {
  return envInt('GATEWAY_SUPERGRAPH_POLL_MS', 500);
}

/**
 * GATEWAY_SUBGRAPH_BATCHING: `on` (the default) sends the fetches one request makes to one of
 * SatuPintu's own subgraphs at the same moment as one batched HTTP request; `off` sends each alone.
 */
export function subgraphBatching(): boolean {
  const value = env('GATEWAY_SUBGRAPH_BATCHING', 'on')!;
  if (value !== 'on' && value !== 'off') throw new Error(`GATEWAY_SUBGRAPH_BATCHING must be on or off, got "${value.slice(0, 20)}"`);
  return value === 'on';
}

export function subgraphTimeoutMs(): number {
  return envInt('GATEWAY_SUBGRAPH_TIMEOUT_MS', 5000);
}

export function requestDeadlineMs(): number {
  return envInt('GATEWAY_REQUEST_DEADLINE_MS', 15_000);
}

export function maxBodyBytes(): number {
  return envInt('GATEWAY_MAX_BODY_BYTES', 64 * 1024);
}

/**
 * GATEWAY_CORS_ORIGINS: the other origins whose pages may call the gateway from a browser, comma
 * separated (`https://dashboard.example.go.id`). Default none: only pages of the gateway's own origin.
 * A malformed entry stops the gateway at start.
 */
export function corsPolicy(): CorsPolicy {
  return { origins: parseCorsOrigins(env('GATEWAY_CORS_ORIGINS')) };
}

/**
 * Persisted operations: SATUPINTU_PERSISTED_ONLY (`true` or `false`, default `false`) and
 * SATUPINTU_PERSISTED_OPERATIONS (the manifest file, needed when on). A value that cannot be
 * applied throws, so the gateway does not start.
 */
export function persistedOperationsSetting(): { file: string } | undefined {
  const only = env('SATUPINTU_PERSISTED_ONLY');
  if (only === undefined || only === 'false') return undefined;
  if (only !== 'true') throw new Error(`SATUPINTU_PERSISTED_ONLY must be "true" or "false", got "${only.slice(0, 20)}"`);
  const file = env('SATUPINTU_PERSISTED_OPERATIONS');
  if (!file) {
    throw new Error('SATUPINTU_PERSISTED_ONLY=true needs SATUPINTU_PERSISTED_OPERATIONS, the manifest of registered operations (npm run operations writes examples/persisted-operations.json)');
  }
  return { file };
}

/** Request-rate limits: how many requests each key may make in one window. Unset limits are off. */
export interface RateLimitSettings {
  /** GATEWAY_RATE_LIMIT_PER_CALLER: requests per window for one person's token subject. Default unset: off. */
  perCaller: number | undefined;
  /**
   * GATEWAY_RATE_LIMIT_PER_SYSTEM: requests per window for one agency system (a token with the
   * AGENCY_SYSTEM role), counted apart from the people of its agency. Default: GATEWAY_RATE_LIMIT_PER_CALLER.
   */
  perSystem: number | undefined;
  /** GATEWAY_RATE_LIMIT_PER_IP: requests per window from one client address, signed in or not. Default unset: off. */
  perIp: number | undefined;
  /** GATEWAY_RATE_LIMIT_WINDOW_SECONDS: the window's length, from a key's first request in it. Default 60. */
  windowSeconds: number;
  /**
   * GATEWAY_TRUSTED_PROXY_HOPS: how many proxies (load balancers) in front of the gateway append to
   * X-Forwarded-For; the client address is the entry that many places from its end. Default 0: the
   * socket's address, and X-Forwarded-For is ignored (a client could write anything there).
   */
  trustedProxyHops: number;
  /**
   * GATEWAY_DATABASE_URL: the PostgreSQL database the replicas share their counters in (its own small
   * database and role, which may create its one table). Default unset: each replica counts alone, in memory.
   */
  databaseUrl: string | undefined;
}

export function rateLimitSettings(): RateLimitSettings {
  const limit = (name: string) => (env(name) === undefined ? undefined : envLimit(name, 1));
  const perCaller = limit('GATEWAY_RATE_LIMIT_PER_CALLER');
  return {
    perCaller,
    perSystem: limit('GATEWAY_RATE_LIMIT_PER_SYSTEM') ?? perCaller,
    perIp: limit('GATEWAY_RATE_LIMIT_PER_IP'),
    windowSeconds: envLimit('GATEWAY_RATE_LIMIT_WINDOW_SECONDS', 60),
    trustedProxyHops: envInt('GATEWAY_TRUSTED_PROXY_HOPS', 0),
    databaseUrl: env('GATEWAY_DATABASE_URL'),
  };
}

/** Everything above at once (for a look at the whole configuration; the gateway reads each part where it is used). */
export interface GatewayConfig extends GatewayListen, GatewayTraffic {
  auth: AuthOptions;
  limits: GatewayLimits;
  persistedOperations: { file: string } | undefined;
  rateLimits: RateLimitSettings;
}

export function gatewayConfig(): GatewayConfig {
  return {
    ...gatewayListen(),
    subgraphUrls: subgraphUrls(),
    subgraphTimeoutMs: subgraphTimeoutMs(),
    requestDeadlineMs: requestDeadlineMs(),
    maxBodyBytes: maxBodyBytes(),
    auth: gatewayAuth(),
    limits: gatewayLimits(),
    persistedOperations: persistedOperationsSetting(),
    rateLimits: rateLimitSettings(),
  };
}
