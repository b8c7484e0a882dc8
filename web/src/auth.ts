/**
 * Signing in. The browser never mints tokens: a sign-in method hands the page a short-lived bearer
 * token, which is kept in this tab's sessionStorage (never in the URL, never in a cookie) and forgotten
 * on sign-out or expiry. The gateway says which methods it offers (GET /app/sign-in): 'demo' in the
 * embedded default, 'oidc' (the agency's OpenID provider, web/src/oidc.ts) in servers mode.
 */

export interface SessionUser {
  key: string;
  description: string;
  jurisdiction: 'ID' | 'HK';
}

export interface Session {
  token: string;
  expiresAt: string;
  user: SessionUser;
}

/** The methods the gateway offers, in the order it lists them. */
export type SignInMethodId = 'demo' | 'oidc';

/** What GET /app/sign-in answers: the methods, and the provider and client for 'oidc'. */
export interface SignInOffer {
  methods: SignInMethodId[];
  oidc?: { issuer: string; clientId: string; scopes: string };
}

const KEY = 'satupintu.session';

export async function signInMethods(): Promise<SignInOffer> {
  const res = await fetch('/app/sign-in', { headers: { accept: 'application/json' } });
  if (!res.ok) return { methods: [] };
  return (await res.json()) as SignInOffer;
}

/** Demo sign-in: the demo users of the embedded default. */
export const demoSignIn = {
  async users(): Promise<SessionUser[]> {
    const res = await fetch('/app/sign-in/demo', { headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`demo sign-in: ${res.status}`);
    return ((await res.json()) as { users: SessionUser[] }).users;
  },
  async signIn(key: string): Promise<Session> {
    const res = await fetch('/app/sign-in/demo', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: key }) });
    if (!res.ok) throw new Error(`demo sign-in: ${res.status}`);
    const session = (await res.json()) as Session;
    saveSession(session);
    return session;
  },
};

export function saveSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

/** The session of this tab, unless it has expired (then it is forgotten). */
export function currentSession(): Session | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Session;
    if (Date.parse(session.expiresAt) > Date.now()) return session;
  } catch {
    // A damaged entry is forgotten like an expired one.
  }
  sessionStorage.removeItem(KEY);
  return null;
}

export function forgetSession(): void {
  sessionStorage.removeItem(KEY);
}

/** The token's jurisdiction claim (jur), which picks the default language. */
export function jurisdictionOf(token: string): 'ID' | 'HK' | null {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { jur?: string };
    return payload.jur === 'ID' || payload.jur === 'HK' ? payload.jur : null;
  } catch {
    return null;
  }
}
