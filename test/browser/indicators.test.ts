/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { Gateway } from '../../gateway/src/server';
import { demoUser, Stack, startStack } from '../support/stack';
import { describeBrowser, launchChromium, OUT, startAppGateway } from './browser-support';

/**
 * The area indicators in Debian's Chromium: the Tangerang Selatan manager opens them, clicks one number
 * through to its list, exports the list as CSV and finds the file's rows are the rows shown, and the
 * number is the API's for the same range. Screenshots go to test-output/browser/. Skipped without
 * /usr/bin/chromium, except in CI.
 */
/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

describeBrowser('the area indicators in Chromium', () => {
  let stack: Stack;
  let gateway: Gateway;
  let appUrl: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    stack = await startStack();
    ({ gateway, appUrl } = await startAppGateway(stack));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'id-ID', acceptDownloads: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop(100);
    await stack?.stop();
  });

  const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });

  it('opens the indicators as the Tangerang Selatan manager, clicks a number through to its list and exports it as CSV', async () => {
    await page.goto(appUrl);
    await page.waitForSelector('#demo-user');
    await page.selectOption('#demo-user', 'tangsel-manager');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-nav=indicators]');

    // The range the page asks for, read off its request, so that the API is asked the same.
    const sent = page.waitForRequest((r) => r.url().endsWith('/graphql') && (r.postData() ?? '').includes('"from"') && (r.postData() ?? '').includes('workFrom'));
    await page.click('[data-nav=indicators]');
    const variables = (JSON.parse((await sent).postData()!) as { variables: { from: string; to: string } }).variables;
    await page.waitForSelector('[data-figure=referrals-total]');
    await page.waitForSelector('.ind-chart svg');
    await shot('indicators-1-figures');

    // The statuses' numbers, as the page shows them, are the API's for the same range.
    const api = await stack.query<{ areaReferralStats: { total: number; byStatus: Array<{ status: string; count: number }> } }>(
      demoUser('tangsel-manager'),
      'query($from: DateTime!, $to: DateTime!) { areaReferralStats(from: $from, to: $to) { total byStatus { status count } } }',
      variables,
    );
    const stats = api.data!.areaReferralStats;
    expect(Number(await page.textContent('[data-figure=referrals-total]'))).toBe(stats.total);
    for (const { status, count } of stats.byStatus) expect({ status, shown: Number(await page.textContent(`[data-figure=status-${status}]`)) }).toEqual({ status, shown: count });

    // The largest status with a list that fits one page (40 rows).
    const chosen = [...stats.byStatus].filter((s) => s.count > 0 && s.count <= 40).sort((a, b) => b.count - a.count)[0];
    expect(chosen).toBeDefined();
    await page.click(`[data-figure=status-${chosen.status}]`);
    await page.waitForSelector('table[data-list=referrals] tbody tr');
    const shownRows = await page.$$eval('table[data-list=referrals] tbody tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')));
    expect(shownRows).toHaveLength(chosen.count);
    expect(Number(await page.getAttribute('[data-list-count]', 'data-list-count'))).toBe(chosen.count);
    await shot('indicators-2-list');

    const downloading = page.waitForEvent('download');
    await page.click('[data-action=export-csv]');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
    const [header, ...rows] = parseCsv(csv);
    const headerShown = await page.$$eval('table[data-list=referrals] thead th', (ths) => ths.map((th) => th.textContent ?? ''));
    expect(header).toEqual(headerShown);
    expect(rows).toEqual(shownRows);
    expect(new Set(rows.map((r) => r[0])).size).toBe(chosen.count);

    // At phone width the page still lays out (no horizontal overflow of the page itself).
    // The charts re-measure themselves after a resize (a ResizeObserver), so the page is given a moment to lay out again.
    await page.setViewportSize({ width: 390, height: 844 });
    const overflowOf = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.waitForFunction(() => document.documentElement.scrollWidth - document.documentElement.clientWidth <= 1, null, { timeout: 5_000 }).catch(() => undefined);
    expect(await overflowOf()).toBeLessThanOrEqual(1);
    await shot('indicators-3-phone');
  }, 120_000);
});
