/// <reference lib="dom" />
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { Gateway } from '../../gateway/src/server';
import { demoUser, Stack, startStack, tokenFor } from '../support/stack';
import { OUT, describeBrowser, launchChromium, startAppGateway } from './browser-support';

/**
 * The agency inbox page in Debian's Chromium, as the UPTD PPA case manager: the referrals sent to UPTD
 * PPA oldest due first, overdue ones marked and counted, the overdue-only filter, paging over every
 * status, accepting a SUBMITTED referral from the page (checked through the API), and a stale version
 * (the referral changed through the API after the page read it) explained and reloaded. Screenshots go
 * to test-output/browser/. Skipped without /usr/bin/chromium, except in CI.
 */

interface QueueRow {
  id: string;
  status: string;
  version: number;
  overdue: boolean;
}

describeBrowser('the agency inbox page in Chromium', () => {
  let stack: Stack;
  let gateway: Gateway;
  let appUrl: string;
  let browser: Browser;
  let page: Page;
  let uptdToken: string;
  let uptdId: string;

  const queue = async (args: string) => {
    const answer = await stack.query<{ agency: { incomingReferrals: { totalCount: number; edges: Array<{ node: QueueRow }> } } }>(
      uptdToken,
      `query($id: ID!) { agency(id: $id) { incomingReferrals(${args}) { totalCount edges { node { id status version overdue } } } } }`,
      { id: uptdId },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.agency.incomingReferrals;
  };

  const referral = async (id: string) => {
    const answer = await stack.query<{ referral: { status: string; version: number } | null }>(uptdToken, 'query($id: ID!) { referral(id: $id) { status version } }', { id });
    return answer.data!.referral!;
  };

  beforeAll(async () => {
    stack = await startStack();
    ({ gateway, appUrl } = await startAppGateway(stack));
    const claims = demoUser('uptd-ppa-case-manager');
    uptdToken = await tokenFor(claims);
    uptdId = claims.agency!;
    expect(stack.world.agencies.find((a) => a.code === 'UPTD-PPA-TANGSEL')!.id).toBe(uptdId);

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop(100);
    await stack?.stop();
  });

  const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
  const ready = () => page.waitForSelector('main[aria-labelledby=inbox-title][data-ready=true]');
  const row = (id: string) => page.locator(`li.inbox-row[data-referral-id="${id}"]`);
  const openRow = async (id: string) => {
    await row(id).locator('.inbox-toggle').click();
    await row(id).locator('.inbox-detail-body').waitFor();
  };

  it('lists what waits on UPTD PPA oldest due first, overdue ones marked and counted at the top', async () => {
    await page.goto(appUrl);
    await page.waitForSelector('#demo-user');
    await page.selectOption('#demo-user', 'uptd-ppa-case-manager');
    await page.click('button[type=submit]');
    await page.click('nav.app-nav [data-nav=inbox]');
    await ready();
    await page.waitForSelector('li.inbox-row');

    const submitted = await queue('status: SUBMITTED, first: 100');
    const accepted = await queue('status: ACCEPTED, first: 100');
    const overdue = await queue('overdue: true, first: 100');
    expect(overdue.totalCount).toBeGreaterThan(0);
    expect(await page.getAttribute('[data-overdue-count]', 'data-overdue-count')).toBe(String(overdue.totalCount));

    const shown = await page.$$eval('li.inbox-row', (items) =>
      items.map((i) => ({ id: i.dataset.referralId!, overdue: i.dataset.overdue === 'true', due: i.dataset.due!, highlighted: i.classList.contains('is-overdue') })),
    );
    expect(shown.map((r) => r.id).sort()).toEqual([...submitted.edges, ...accepted.edges].map((e) => e.node.id).sort());
    const overdueIds = new Set(overdue.edges.map((e) => e.node.id));
    for (const r of shown) {
      expect(r.overdue).toBe(overdueIds.has(r.id));
      expect(r.highlighted).toBe(r.overdue);
    }
    expect(shown.some((r) => r.highlighted)).toBe(true);
    const dues = shown.map((r) => Date.parse(r.due));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(await page.textContent('li.inbox-row.is-overdue .overdue-badge')).toBe('terlambat');
    expect(await page.textContent('main')).toMatch(/WIB/);
    await shot('inbox-1-list');
  });

  it('keeps only the overdue ones with the filter, and pages over every status with the cursor', async () => {
    await page.check('#inbox-overdue-only');
    await ready();
    const overdue = await queue('overdue: true, first: 100');
    await page.waitForFunction((n) => document.querySelectorAll('li.inbox-row').length === n, overdue.totalCount);
    expect(await page.locator('li.inbox-row[data-overdue=false]').count()).toBe(0);
    await page.uncheck('#inbox-overdue-only');

    const all = await queue('first: 100');
    expect(all.totalCount).toBeGreaterThan(20);
    await page.selectOption('#inbox-mode', 'all');
    await ready();
    await page.waitForFunction(() => document.querySelectorAll('li.inbox-row').length === 20);
    expect(await page.textContent('main')).toContain(`20 / ${all.totalCount}`);
    while (await page.locator('button.inbox-more').count()) {
      const before = await page.locator('li.inbox-row').count();
      await page.click('button.inbox-more');
      await page.waitForFunction((n) => document.querySelectorAll('li.inbox-row').length > n, before);
      await ready();
    }
    const ids = await page.$$eval('li.inbox-row', (items) => items.map((i) => i.dataset.referralId!));
    expect(new Set(ids).size).toBe(all.totalCount);
    expect(ids.sort()).toEqual(all.edges.map((e) => e.node.id).sort());
    await page.selectOption('#inbox-mode', 'waiting');
    const waiting = (await queue('status: SUBMITTED, first: 100')).totalCount + (await queue('status: ACCEPTED, first: 100')).totalCount;
    await page.waitForFunction((n) => document.querySelectorAll('li.inbox-row').length === n, waiting);
    await ready();
  });

  it('opens a SUBMITTED referral to its detail and accepts it with the version it read', async () => {
    const submitted = (await queue('status: SUBMITTED, first: 100')).edges.map((e) => e.node);
    expect(submitted.length).toBeGreaterThanOrEqual(2);
    const target = submitted[0];
    await openRow(target.id);
    const detail = row(target.id).locator('.inbox-detail-body');
    expect(await detail.getAttribute('data-version')).toBe(String(target.version));
    // UPTD PPA receives it: the reason and the history are its to read.
    expect(await detail.locator('[data-field=reason] .withheld').count()).toBe(0);
    expect(await detail.locator('.events li').count()).toBeGreaterThan(0);
    await shot('inbox-2-detail');

    await row(target.id).locator('button.inbox-accept').click();
    await row(target.id).locator('[data-notice=done]').waitFor();
    const after = await referral(target.id);
    expect(after).toEqual({ status: 'ACCEPTED', version: target.version + 1 });
    expect(await row(target.id).getAttribute('data-status')).toBe('ACCEPTED');
    expect(await detail.getAttribute('data-version')).toBe(String(target.version + 1));
    // Accepted, it now waits to be begun: the start action is offered instead.
    expect(await row(target.id).locator('button.inbox-start').count()).toBe(1);
    await row(target.id).locator('.inbox-toggle').click();
  });

  it('explains a stale version (changed through the API after the page read it) and reloads the row', async () => {
    const target = (await queue('status: SUBMITTED, first: 100')).edges.map((e) => e.node)[0];
    await openRow(target.id);
    expect(await row(target.id).locator('.inbox-detail-body').getAttribute('data-version')).toBe(String(target.version));

    // Someone else accepts it meanwhile.
    const elsewhere = await stack.query<{ acceptReferral: { referral: { version: number } } }>(
      uptdToken,
      'mutation($id: ID!, $v: Int!) { acceptReferral(input: { referralId: $id, expectedVersion: $v, note: "by phone" }) { referral { version } } }',
      { id: target.id, v: target.version },
    );
    expect(elsewhere.errors).toBeUndefined();
    const current = elsewhere.data!.acceptReferral.referral.version;

    await row(target.id).locator('button.inbox-accept').click();
    const notice = row(target.id).locator('[data-notice=stale]');
    await notice.waitFor();
    expect(await notice.getAttribute('data-rule')).toBe('STALE_VERSION');
    expect(await notice.textContent()).toContain('diubah oleh orang lain sejak Anda membukanya');
    expect(await notice.textContent()).toContain('STALE_VERSION');
    expect(await notice.textContent()).not.toMatch(/at .*\.js|Error:/);
    // Reloaded: the row and its detail show what the other change made.
    expect(await row(target.id).locator('.inbox-detail-body').getAttribute('data-version')).toBe(String(current));
    expect(await row(target.id).getAttribute('data-status')).toBe('ACCEPTED');
    expect(await row(target.id).locator('[data-field=detail-status]').textContent()).toBe('Diterima');
    expect(await referral(target.id)).toEqual({ status: 'ACCEPTED', version: current });
    await shot('inbox-3-stale');
  });

  it('says the stale version in English too, and fits a phone width', async () => {
    await page.click('.bar button.link');
    const notice = page.locator('[data-notice=stale]');
    expect(await notice.textContent()).toContain('changed by someone else since you opened it');
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot('inbox-4-phone-english');
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('shows any other refusal with its message and rule, and changes nothing', async () => {
    const target = (await queue('status: SUBMITTED, first: 100')).edges.map((e) => e.node)[0];
    await openRow(target.id);
    // Blank once trimmed: the browser's own "required" passes it, the referrals subgraph refuses it.
    await row(target.id).locator('textarea[id^=decline-reason]').fill('   ');
    await row(target.id).locator('button.inbox-decline').click();
    const notice = row(target.id).locator('[data-notice=refused]');
    await notice.waitFor();
    const rule = await notice.getAttribute('data-rule');
    expect(rule).toMatch(/^[A-Z_]+$/);
    expect(await notice.textContent()).toContain(rule!);
    expect(await notice.textContent()).not.toMatch(/at .*\.js|Error:/);
    expect(await referral(target.id)).toEqual({ status: 'SUBMITTED', version: target.version });
  });
});
