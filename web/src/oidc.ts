import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { jurisdictionOf, saveSession, type Session } from './auth';

/**
 * Signing in with the agency's OpenID provider (servers mode): the authorization code flow with PKCE,
 * by oidc-client-ts, for the public client the gateway names (GET /app/sign-in). The access token the
 * provider issues is the bearer token the gateway verifies (its JWKS, issuer and audience), so it must
 * carry SatuPintu's claims: sub, roles, jur, and agency, staff and area where they apply.
 *
 * Nothing secret passes through the URL or stays in storage longer than needed: the code and state the
 * provider sends back are taken out of the address bar before anything else runs (takeCallback below,
 * at load), the PKCE verifier waits in this tab's sessionStorage for the one round trip, and the
 * tokens oidc-client-ts receives are kept in memory; the app keeps only its session (access token and
 * expiry) in this tab's sessionStorage, as for every sign-in method.
 */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  scopes: string;
}

/** Where the provider sends the browser back; the gateway serves the app there like any other page. */
export const OIDC_CALLBACK_PATH = '/app/signed-in';

function manager(config: OidcConfig): UserManager {
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${window.location.origin}${OIDC_CALLBACK_PATH}`,
    scope: config.scopes,
    response_type: 'code',
    response_mode: 'query',
    loadUserInfo: false,
    automaticSilentRenew: false,
    monitorSession: false,
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
  });
}

/**
 * The provider's answer (code and state, or an error), taken out of the address bar at once: read once
 * when this module loads, then the page's URL is /app/ again (no history entry keeps the code).
 */
function takeCallback(): string | null {
  if (typeof window === 'undefined' || window.location.pathname !== OIDC_CALLBACK_PATH) return null;
  const url = window.location.href;
  window.history.replaceState(null, '', '/app/');
  const params = new URLSearchParams(new URL(url).search);
  return params.has('state') && (params.has('code') || params.has('error')) ? url : null;
}

let pendingCallback = takeCallback();
let finishing: Promise<Session> | null = null;

/** Whether this page load is the provider sending the browser back. */
export function oidcCallbackPending(): boolean {
  return pendingCallback !== null || finishing !== null;
}

/** Goes to the provider's sign-in page (the code verifier waits in this tab's sessionStorage). */
export async function startOidcSignIn(config: OidcConfig): Promise<void> {
  await manager(config).signinRedirect();
}

/** Exchanges the code for tokens (once, however often asked) and keeps the session of this tab. */
export function finishOidcSignIn(config: OidcConfig): Promise<Session> {
  if (!finishing) {
    const url = pendingCallback;
    pendingCallback = null;
    if (!url) return Promise.reject(new Error('no sign-in answer from the provider'));
    finishing = manager(config)
      .signinRedirectCallback(url)
      .then((user) => {
        const jurisdiction = jurisdictionOf(user.access_token);
        if (!jurisdiction) throw new Error('the access token lacks the SatuPintu claims (jur)');
        const session: Session = {
          token: user.access_token,
          expiresAt: new Date((user.expires_at ?? Math.floor(Date.now() / 1000) + 300) * 1000).toISOString(),
          user: { key: String(user.profile.preferred_username ?? user.profile.sub), description: String(user.profile.name ?? ''), jurisdiction },
        };
        saveSession(session);
        return session;
      })
      .finally(() => {
        finishing = null;
      });
  }
  return finishing;
}
