/// <reference lib="dom" />
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { SUBGRAPH_NAMES } from '../../subgraphs/kit';
import { repoPath } from '../../platform/paths';
import { buildGateway, Gateway } from '../../gateway/src/server';
import { GRAPHIQL_CSP } from '../../gateway/src/web-app';
import { demoUser, Stack, startStack, tokenFor } from '../support/stack';
import { OUT, describeBrowser, launchChromium } from './browser-support';

/**
 * GraphiQL at /graphiql in Debian's Chromium, with every request to anything but the gateway's own
 * origin refused (no CDN, works offline): the token is entered once and kept in this tab's
 * sessionStorage (not the URL), and a query runs with it in the Authorization header. A gateway that
 * runs only registered operations says so on the page; under NODE_ENV=production there is no page.
 */

describeBrowser('GraphiQL served by the gateway (development)', () => {
  let stack: Stack;
  let gateway: Gateway;
  let base: string;
  let browser: Browser;
  let page: Page;
  const elsewhere: string[] = [];

  beforeAll(async () => {
    if (!existsSync(repoPath('dist', 'graphiql', 'index.html'))) throw new Error('GraphiQL is not built: run npm run build');
    mkdirSync(OUT, { recursive: true });
    stack = await startStack();
    gateway = buildGateway({
      subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, stack.subgraphs[n].url])),
      auth: { secret: process.env.SATUPINTU_JWT_SECRET },
      subgraphTimeoutMs: 15_000,
      webApp: {},
    });
    base = `http://127.0.0.1:${await gateway.start(0)}`;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    // No network but the gateway: anything else is refused and remembered.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${base}/`) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
      elsewhere.push(url);
      return route.abort('internetdisconnected');
    });
    page.on('pageerror', (err) => console.log('GraphiQL page error:', err.message));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop(100);
    await stack?.stop();
  });

  it('serves the page with its own CSP and says nothing about persisted operations when any query may run', async () => {
    const res = await fetch(`${base}/graphiql/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(GRAPHIQL_CSP);
    expect(await (await fetch(`${base}/graphiql/config`)).json()).toEqual({ endpoint: '/graphql', persistedOnly: false });
    expect((await fetch(`${base}/graphiql`, { redirect: 'manual' })).status).toBe(308);
  });

  it('takes the token once, keeps it out of the URL, and runs a query with it', async () => {
    await page.goto(`${base}/graphiql/`);
    await page.waitForSelector('#gq-token');
    const token = await tokenFor(demoUser('lk3-counsellor'));
    const sent: Array<string | null> = [];
    page.on('request', (request) => {
      if (request.url() === `${base}/graphql`) sent.push(request.headers().authorization ?? null);
    });
    await page.fill('#gq-token', token);
    await page.click('button:has-text("Use token")');
    await page.waitForSelector('.graphiql-container');
    await page.waitForSelector('.graphiql-query-editor .monaco-editor', { timeout: 30_000 });
    expect(page.url()).toBe(`${base}/graphiql/`);
    expect(await page.evaluate(() => sessionStorage.getItem('satupintu.graphiql.token'))).toBe(token);
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => (document.querySelector('.graphiql-response')?.textContent ?? '').includes('totalCount'), undefined, { timeout: 30_000 });
    const response = await page.textContent('.graphiql-response');
    expect(response).toContain('"families"');
    expect(response).not.toContain('UNAUTHENTICATED');
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((header) => header === `Bearer ${token}`)).toBe(true);
    await page.screenshot({ path: join(OUT, 'graphiql-1-query.png') });
    // A reload keeps the token of this tab; nothing was fetched from anywhere but the gateway.
    await page.reload();
    await page.waitForSelector('button:has-text("Forget token")');
    expect(elsewhere).toEqual([]);
  });

  it('says that only registered operations run when the gateway runs persisted operations only', async () => {
    const strict = buildGateway({
      subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, stack.subgraphs[n].url])),
      auth: { secret: process.env.SATUPINTU_JWT_SECRET },
      persistedOperations: { operations: {} },
      webApp: {},
    });
    const strictBase = `http://127.0.0.1:${await strict.start(0)}`;
    try {
      expect(await (await fetch(`${strictBase}/graphiql/config`)).json()).toEqual({ endpoint: '/graphql', persistedOnly: true });
      const other = await browser.newPage();
      await other.goto(`${strictBase}/graphiql/`);
      await other.waitForSelector('[data-persisted-only=true]');
      expect(await other.textContent('[data-persisted-only=true]')).toContain('only registered operations');
      await other.screenshot({ path: join(OUT, 'graphiql-2-persisted-only.png') });
      await other.close();
    } finally {
      await strict.stop(100);
    }
  });

  it('is not served under NODE_ENV=production', async () => {
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      const res = await fetch(`${base}/graphiql/`);
      expect(res.status).toBe(404);
    } finally {
      process.env.NODE_ENV = before;
    }
  });
});
