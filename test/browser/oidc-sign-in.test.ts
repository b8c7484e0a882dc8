/// <reference lib="dom" />
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { Browser, Page } from 'playwright-core';
import { SUBGRAPH_NAMES } from '../../subgraphs/kit';
import { repoPath } from '../../platform/paths';
import { buildGateway, Gateway } from '../../gateway/src/server';
import { appCsp, oidcSignIn } from '../../gateway/src/web-app';
import type { AuthOptions } from '../../gateway/src/authenticate';
import { DEMO_USERS, demoClaims } from '../../demo/demo-users';
import type { WorldFamily } from '../../demo/world-types';
import { demoUser, Stack, startStack, tokenFor } from '../support/stack';
import { OUT, describeBrowser, launchChromium } from './browser-support';

/**
 * The web app's OpenID Connect sign-in (servers mode) in Debian's Chromium: a local OpenID provider
 * (test/support/oidc-provider.mjs: oidc-provider, one public client with PKCE, its development login
 * accepting a demo user) issues RS256 access tokens carrying SatuPintu's claims; the gateway offers
 * it at /app/sign-in and verifies its tokens with the provider's JWKS, issuer and audience. The
 * counsellor signs in through the provider's pages and reaches find-a-family and a profile; the code
 * never stays in the address bar; tokens of another issuer or audience are refused.
 */
const CLIENT_ID = 'satupintu-web';
const AUDIENCE = 'satupintu-gateway';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts the provider in its own Node process and waits for its "ready" line. */
function startProvider(config: unknown): Promise<ChildProcess> {
  const child = spawn(process.execPath, [repoPath('test', 'support', 'oidc-provider.mjs')], {
    env: { ...process.env, OIDC_TEST_CONFIG: JSON.stringify(config), NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the OpenID provider did not start: ${errors}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready ')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the OpenID provider exited (${code}): ${errors}`));
    });
  });
}

describeBrowser('signing in to the web app with an OpenID provider', () => {
  let stack: Stack;
  let gateway: Gateway;
  let provider: ChildProcess | undefined;
  let issuer: string;
  let base: string;
  let browser: Browser;
  let page: Page;
  let family: WorldFamily;
  let privateKey: CryptoKey;

  beforeAll(async () => {
    if (!existsSync(repoPath('dist', 'app', 'index.html'))) throw new Error('the web app is not built: run npm run build');
    mkdirSync(OUT, { recursive: true });
    stack = await startStack();
    const keys = await generateKeyPair('RS256', { extractable: true });
    privateKey = keys.privateKey as CryptoKey;
    const jwk = { ...(await exportJWK(keys.privateKey)), kid: 'test-provider-key', alg: 'RS256', use: 'sig' };

    const providerPort = await freePort();
    issuer = `http://127.0.0.1:${providerPort}`;
    const auth: AuthOptions = { jwksUrl: `${issuer}/jwks`, issuer, audience: AUDIENCE };
    gateway = buildGateway({
      subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, stack.subgraphs[n].url])),
      auth,
      subgraphTimeoutMs: 15_000,
      webApp: { oidc: oidcSignIn({ issuer, clientId: CLIENT_ID, scopes: 'openid profile' }, auth) },
    });
    base = `http://127.0.0.1:${await gateway.start(0)}`;
    const users = Object.fromEntries(DEMO_USERS.map((u) => [u.key, { description: u.description, claims: demoClaims(u) }]));
    provider = await startProvider({ port: providerPort, clientId: CLIENT_ID, redirectUris: [`${base}/app/signed-in`], audience: AUDIENCE, jwk, users });

    // A family the LK3 counsellor sees, as the stack's own gateway answers it.
    const lk3 = await tokenFor(demoUser('lk3-counsellor'));
    const lk3Agency = stack.world.agencies.find((a) => a.code === 'LK3-TANGSEL')!;
    const candidates = stack.world.families.filter((f) => f.kkNumber && !f.addressProtected && stack.world.episodes.some((e) => e.familyId === f.id && e.agencyId === lk3Agency.id));
    for (const candidate of candidates) {
      const answer = await stack.query<{ familyByKk: { id: string } | null }>(lk3, 'query($kk: String!) { familyByKk(kkNumber: $kk) { id } }', { kk: candidate.kkNumber });
      if (answer.data?.familyByKk) {
        family = candidate;
        break;
      }
    }
    expect(family).toBeDefined();

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
    page.on('pageerror', (err) => console.log('PAGEERROR', err.message));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    provider?.kill('SIGTERM');
    await gateway?.stop(100);
    await stack?.stop();
  });

  const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });

  it('offers the provider at /app/sign-in, and lets the app call it and nothing else', async () => {
    const offer = await (await fetch(`${base}/app/sign-in`)).json();
    expect(offer).toEqual({ methods: ['oidc'], oidc: { issuer, clientId: CLIENT_ID, scopes: 'openid profile' } });
    const index = await fetch(`${base}/app/`);
    expect(index.headers.get('content-security-policy')).toBe(appCsp({ issuer, clientId: CLIENT_ID, scopes: 'openid profile' }));
    expect(index.headers.get('content-security-policy')).toContain(`connect-src 'self' ${issuer};`);
  });

  it('signs in through the provider’s pages (code with PKCE) and reaches find-a-family, the code gone from the URL', async () => {
    const visited: string[] = [];
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) visited.push(request.url());
    });
    await page.goto(`${base}/app/`);
    await page.waitForSelector('#oidc-sign-in');
    await shot('oidc-1-sign-in');
    await page.click('#oidc-sign-in');
    await page.waitForURL((url) => url.origin === issuer);
    const authorize = new URL(visited.find((u) => u.startsWith(`${issuer}/auth`))!);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('client_id')).toBe(CLIENT_ID);
    await page.waitForSelector('input[name=login]');
    await shot('oidc-2-provider-login');
    await page.fill('input[name=login]', 'lk3-counsellor');
    await page.fill('input[name=password]', 'any');
    await page.click('button[type=submit]');
    await page.waitForSelector('button:has-text("Continue")');
    await page.click('button:has-text("Continue")');
    await page.waitForSelector('#search-text', { timeout: 20_000 });
    expect(await page.textContent('h1')).toBe('Cari keluarga');
    // The provider came back with ?code=…&state=… on /app/signed-in; the app took it out at once.
    const callback = visited.find((u) => u.startsWith(`${base}/app/signed-in`));
    expect(callback).toContain('code=');
    expect(page.url()).toBe(`${base}/app/`);
    const session = JSON.parse((await page.evaluate(() => sessionStorage.getItem('satupintu.session')))!) as { token: string; user: { key: string } };
    expect(session.user.key).toBe('lk3-counsellor');
    const claims = JSON.parse(Buffer.from(session.token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ iss: issuer, aud: AUDIENCE, sub: 'lk3-counsellor', jur: 'ID', roles: ['AGENCY_STAFF'], agency: demoUser('lk3-counsellor').agency });
    expect(await page.evaluate(() => Object.keys(localStorage).length)).toBe(0);
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('oidc.')))).toEqual([]);
    await shot('oidc-3-find');
  });

  it('opens a family profile with the provider’s token', async () => {
    await page.selectOption('#search-mode', 'kk');
    await page.fill('#search-text', family.kkNumber!);
    await page.click('form[role=search] button[type=submit]');
    await page.waitForSelector('.result');
    await page.click('.result button');
    await page.waitForSelector('main[data-ready=true]');
    expect(await page.textContent('h1')).toBe('Profil keluarga');
    expect(await page.locator('table tbody tr').count()).toBe(family.members.length);
    await shot('oidc-4-profile');
  });

  it('refuses a token from another issuer or for another audience, though signed with the provider’s key', async () => {
    const session = JSON.parse((await page.evaluate(() => sessionStorage.getItem('satupintu.session')))!) as { token: string };
    const { sub, ...claims } = demoClaims(DEMO_USERS.find((u) => u.key === 'lk3-counsellor')!);
    const sign = (iss: string, aud: string) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'test-provider-key' }).setIssuer(iss).setAudience(aud).setSubject(sub).setIssuedAt().setExpirationTime('5m').sign(privateKey);
    const ask = async (token: string) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'query($kk: String!) { familyByKk(kkNumber: $kk) { id } }', variables: { kk: family.kkNumber } }),
      });
      return (await res.json()) as { data?: { familyByKk: { id: string } | null }; errors?: Array<{ extensions?: { code?: string } }> };
    };
    expect((await ask(session.token)).data?.familyByKk?.id).toBe(family.id);
    expect((await ask(await sign(issuer, AUDIENCE))).data?.familyByKk?.id).toBe(family.id);
    for (const token of [await sign('https://other-idp.example', AUDIENCE), await sign(issuer, 'another-api')]) {
      const answer = await ask(token);
      expect(answer.data?.familyByKk ?? null).toBeNull();
      expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    // The demo sign-in's HS256 tokens mean nothing to a gateway that verifies with the provider's keys.
    expect((await ask(await tokenFor(demoUser('lk3-counsellor')))).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('forgets the token on sign-out and offers the provider again', async () => {
    await page.click('.bar button:has-text("Keluar")');
    await page.waitForSelector('#oidc-sign-in');
    expect(await page.evaluate(() => sessionStorage.getItem('satupintu.session'))).toBeNull();
  });
});
