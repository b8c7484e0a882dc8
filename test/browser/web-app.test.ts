/// <reference lib="dom" />
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { SUBGRAPH_NAMES } from '../../subgraphs/kit';
import { buildGateway, Gateway } from '../../gateway/src/server';
import { APP_CSP } from '../../gateway/src/web-app';
import type { WorldFamily } from '../../demo/world-types';
import { demoUser, Stack, startStack, tokenFor } from '../support/stack';
import { OUT, describeBrowser, launchChromium, startAppGateway } from './browser-support';

/**
 * The managers' web app in Debian's Chromium, served by a gateway at /app over the test stack: sign in
 * as the LK3 counsellor, find a family, open its profile (episodes of two agencies), a protected
 * address, and a partial answer with the scheduling subgraph stopped. Screenshots go to
 * test-output/browser/. Without /usr/bin/chromium the file is skipped, except in CI (.ci/run
 * installs it and sets SATUPINTU_REQUIRE_CHROMIUM=1), where it must run.
 */

describeBrowser('the managers’ web app in Chromium', () => {
  let stack: Stack;
  let gateway: Gateway;
  let appUrl: string;
  let browser: Browser;
  let page: Page;
  let twoAgencyFamily: WorldFamily;
  let protectedFamily: WorldFamily;
  let managerFamily: WorldFamily | undefined;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    stack = await startStack();
    ({ gateway, appUrl } = await startAppGateway(stack));

    // The families to walk through, as the LK3 counsellor sees them through the API.
    const lk3 = await tokenFor(demoUser('lk3-counsellor'));
    const world = stack.world;
    const lk3Agency = world.agencies.find((a) => a.code === 'LK3-TANGSEL')!;
    const uptd = world.agencies.find((a) => a.code === 'UPTD-PPA-TANGSEL')!;
    const agenciesOf = (f: WorldFamily) => new Set(world.episodes.filter((e) => e.familyId === f.id).map((e) => e.agencyId));
    // The LK3 counsellor sees LK3's own episodes only (the services access rules): the family's timeline
    // shows two agencies through LK3's episode and its referral to UPTD PPA. The area manager sees the
    // episodes of every agency in the area.
    const visibleAgencies = async (token: string, family: WorldFamily) => {
      const answer = await stack.query<{ family: { serviceEpisodes: Array<{ agency: { id: string } }>; referrals: Array<{ toAgency: { id: string } }> } | null }>(
        token,
        'query($id: ID!) { family(id: $id) { serviceEpisodes { agency { id } } referrals { toAgency { id } } } }',
        { id: family.id },
      );
      const f = answer.data?.family;
      return {
        episodes: new Set(f?.serviceEpisodes.map((e) => e.agency.id)),
        all: new Set([...(f?.serviceEpisodes ?? []).map((e) => e.agency.id), ...(f?.referrals ?? []).map((r) => r.toAgency.id)]),
      };
    };
    for (const family of world.families.filter((f) => f.kkNumber && !f.addressProtected && agenciesOf(f).has(lk3Agency.id))) {
      const seen = await visibleAgencies(lk3, family);
      if (seen.episodes.size >= 1 && seen.all.size >= 2) {
        twoAgencyFamily = family;
        break;
      }
    }
    const manager = await tokenFor(demoUser('tangsel-manager'));
    for (const family of world.families.filter((f) => f.kkNumber && !f.addressProtected && agenciesOf(f).size >= 2 && (f.regionCode ?? '').startsWith('3674'))) {
      if ((await visibleAgencies(manager, family)).episodes.size >= 2) {
        managerFamily = family;
        break;
      }
    }
    for (const family of world.families.filter((f) => f.kkNumber && f.addressProtected && f.protectingAgencyId === uptd.id)) {
      const answer = await stack.query<{ familyByKk: { id: string } | null }>(lk3, 'query($kk: String!) { familyByKk(kkNumber: $kk) { id } }', { kk: family.kkNumber });
      if (answer.data?.familyByKk) {
        protectedFamily = family;
        break;
      }
    }
    expect(twoAgencyFamily).toBeDefined();
    expect(protectedFamily).toBeDefined();

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop(100);
    await stack?.stop();
    if (Object.keys(timings).length) console.log(`web app timings in Chromium (ms): ${JSON.stringify(timings)}`);
  });

  const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });

  async function findByKk(kk: string) {
    await page.selectOption('#search-mode', 'kk');
    await page.fill('#search-text', kk);
    await page.click('form[role=search] button[type=submit]');
    await page.waitForSelector('.result');
  }

  async function openFirstResult(): Promise<number> {
    const started = Date.now();
    await page.click('.result button');
    await page.waitForSelector('main[data-ready=true]');
    return Date.now() - started;
  }

  it('serves the app with a CSP of self only, long-cached hashed assets and an uncached index', async () => {
    const index = await fetch(appUrl);
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-store');
    expect(index.headers.get('content-security-policy')).toBe(APP_CSP);
    const html = await index.text();
    const asset = /src="(\/app\/assets\/[^"]+\.js)"/.exec(html)![1];
    const js = await fetch(new URL(asset, appUrl));
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(js.headers.get('content-type')).toContain('javascript');
    expect((await fetch(new URL('/app/assets/../../package.json', appUrl))).status).toBe(404);
    // GraphQL and health are where they were.
    expect((await fetch(new URL('/health/live', appUrl))).status).toBe(200);
  });

  it('signs in as the LK3 counsellor, in Bahasa Indonesia, with the token kept out of the URL', async () => {
    const started = Date.now();
    await page.goto(appUrl);
    await page.waitForSelector('#demo-user');
    timings.firstContentfulPaint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1);
    timings.signInPageReady = Date.now() - started;
    await shot('1-sign-in');
    await page.selectOption('#demo-user', 'lk3-counsellor');
    await page.click('button[type=submit]');
    await page.waitForSelector('#search-text');
    expect(await page.textContent('h1')).toBe('Cari keluarga');
    expect(page.url()).not.toContain('ey');
    const stored = await page.evaluate(() => sessionStorage.getItem('satupintu.session'));
    expect(JSON.parse(stored!).user.key).toBe('lk3-counsellor');
  });

  it('finds a family by No. KK and shows its profile with episodes of two agencies, sent as persisted hashes', async () => {
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) sent.push(request.postData() ?? '');
    });
    await findByKk(twoAgencyFamily.kkNumber!);
    await shot('2-find');
    timings.profileReady = await openFirstResult();
    await shot('3-profile');
    expect(await page.locator('li.entry[data-kind=episode]').count()).toBeGreaterThan(0);
    const agencies = await page.$$eval('li.entry .agency', (items) => [...new Set(items.map((i) => i.textContent))]);
    expect(agencies.length).toBeGreaterThanOrEqual(2);
    // The README's sample family: LK3's own episode, and the case UPTD PPA opened from LK3's referral, of which LK3 is told the status only.
    await page.click('button.link:has-text("Kembali")');
    await findByKk('3674030502260001');
    await openFirstResult();
    const episodeAgencies = await page.$$eval('li.entry[data-kind=episode] .agency', (items) => [...new Set(items.map((i) => i.textContent))]);
    expect(episodeAgencies.length).toBeGreaterThanOrEqual(2);
    expect(episodeAgencies.join(' ')).toContain('UPTD PPA');
    expect(await page.textContent('main')).toContain('hanya status yang dibagikan kepada perujuk');
    await shot('3b-profile-two-agencies');
    expect(await page.textContent('main')).toContain('UPTD PPA');
    expect(await page.locator('table tbody tr').count()).toBe(twoAgencyFamily.members.length);
    expect(await page.locator('.sector').count()).toBeGreaterThan(0);
    expect(await page.textContent('main')).toMatch(/WIB|WITA/);
    for (const body of sent) {
      const parsed = JSON.parse(body) as { query?: string; extensions: { persistedQuery: { sha256Hash: string } } };
      expect(parsed.query).toBeUndefined();
      expect(parsed.extensions.persistedQuery.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(sent.length).toBeGreaterThanOrEqual(2);
  });

  it('shows a family protected by UPTD PPA with its address as protected', async () => {
    await page.click('button.link:has-text("Kembali")');
    await findByKk(protectedFamily.kkNumber!);
    expect(await page.textContent('.result')).toContain('dilindungi');
    await openFirstResult();
    expect(await page.textContent('[data-field=address]')).toBe('dilindungi');
    await shot('4-protected');
  });

  it('switches to English, and fits a phone width', async () => {
    await page.click('.bar button.link');
    expect(await page.textContent('h1')).toBe('Family profile');
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot('5-phone-english');
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('shows a partial answer when the scheduling subgraph is down: says what is missing, shows the rest', async () => {
    await stack.subgraphs.scheduling.subgraph.stop(100);
    await page.click('button.link:has-text("Back")');
    await findByKk(twoAgencyFamily.kkNumber!);
    await openFirstResult();
    await page.waitForSelector('[data-missing-service]');
    expect(await page.getAttribute('[data-missing-service]', 'data-missing-service')).toBe('scheduling');
    expect(await page.locator('li.entry[data-kind=episode]').count()).toBeGreaterThan(0);
    expect(await page.locator('table tbody tr').count()).toBe(twoAgencyFamily.members.length);
    expect(await page.textContent('main')).toContain('unavailable');
    await shot('6-partial');
  });

  it('forgets the token on sign-out', async () => {
    await page.click('.bar button:has-text("Sign out")');
    await page.waitForSelector('#demo-user');
    expect(await page.evaluate(() => sessionStorage.getItem('satupintu.session'))).toBeNull();
  });

  it('shows the area manager episodes of two agencies in one family (scheduling still down)', async () => {
    if (!managerFamily) throw new Error('the demo world has no Tangerang Selatan family with episodes of two agencies');
    await page.selectOption('#demo-user', 'tangsel-manager');
    await page.click('button[type=submit]');
    await findByKk(managerFamily.kkNumber!);
    await openFirstResult();
    const agencies = await page.$$eval('li.entry[data-kind=episode]', (items) => [...new Set(items.map((i) => i.getAttribute('data-agency')))]);
    expect(agencies.length).toBeGreaterThanOrEqual(2);
    await shot('7-manager-two-agencies');
  });

  it('offers no demo sign-in on a gateway that was not asked for one', async () => {
    const plain = buildGateway({ subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, stack.subgraphs[n].url])), auth: { secret: process.env.SATUPINTU_JWT_SECRET } });
    const base = `http://127.0.0.1:${await plain.start(0)}`;
    try {
      expect(await (await fetch(`${base}/app/sign-in`)).json()).toEqual({ methods: [] });
      const res = await fetch(`${base}/app/sign-in/demo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"user":"lk3-counsellor"}' });
      expect(res.status).toBe(404);
    } finally {
      await plain.stop(100);
    }
  });
});
