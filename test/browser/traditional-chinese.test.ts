/// <reference lib="dom" />
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { Gateway } from '../../gateway/src/server';
import { OUT, describeBrowser, launchChromium, startAppGateway } from './browser-support';
import { Stack, startStack } from '../support/stack';

/**
 * Traditional Chinese for Hong Kong users in Debian's Chromium: a Hong Kong manager signs in, sees
 * English (Hong Kong's default) with 繁體中文 on offer, and switches; the page's lang attributes follow.
 * An Indonesian user is offered Bahasa Indonesia and English only.
 */

describeBrowser('the web app in Traditional Chinese', () => {
  let stack: Stack;
  let gateway: Gateway;
  let appUrl: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    stack = await startStack();
    ({ gateway, appUrl } = await startAppGateway(stack));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-HK' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop(100);
    await stack?.stop();
  });

  const switchButton = () => page.locator('.bar-actions button.link').first();

  it('gives a Hong Kong manager English first, with 繁體中文 on offer', async () => {
    await page.goto(appUrl);
    await page.waitForSelector('#demo-user');
    await page.selectOption('#demo-user', 'hk-manager');
    await page.click('button[type=submit]');
    await page.waitForSelector('#search-text');
    expect(await page.textContent('h1')).toBe('Find a family');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await switchButton().textContent()).toBe('繁體中文');
    expect(await switchButton().getAttribute('lang')).toBe('zh-Hant');
  });

  it('switches to Traditional Chinese, with the lang attributes following, and back', async () => {
    await switchButton().click();
    expect(await page.textContent('h1')).toBe('搜尋家庭');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    expect(await page.getAttribute('#content', 'lang')).toBe('zh-Hant');
    expect(await page.textContent('label[for=search-text]')).toBe('搜尋內容');
    expect(await page.textContent('.bar')).toContain('登出');
    expect(await switchButton().textContent()).toBe('English');
    expect(await switchButton().getAttribute('lang')).toBe('en');
    await page.screenshot({ path: join(OUT, 'zh-hant-1-find.png'), fullPage: true });
    // The choice is kept for this tab.
    await page.reload();
    await page.waitForSelector('#search-text');
    expect(await page.textContent('h1')).toBe('搜尋家庭');
    await switchButton().click();
    expect(await page.textContent('h1')).toBe('Find a family');
  });

  it('offers an Indonesian user Bahasa Indonesia and English, not Chinese', async () => {
    await page.click('.bar button:has-text("Sign out")');
    await page.waitForSelector('#demo-user');
    await page.evaluate(() => sessionStorage.clear());
    await page.selectOption('#demo-user', 'lk3-counsellor');
    await page.click('button[type=submit]');
    await page.waitForSelector('#search-text');
    expect(await page.textContent('h1')).toBe('Cari keluarga');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(await switchButton().textContent()).toBe('English');
  });
});
