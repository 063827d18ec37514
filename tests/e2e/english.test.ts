import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMERCE_SEED, type Sandbox, SHOP_SEED, startSandbox } from '../sandbox/sandbox';
import { type ExtensionBrowser, launchExtension } from './browser';
import { readStore } from './extension-db';
import { pointAtSandbox, sendFromPage, waitReady } from './options-page';
import { waitFor } from './wait';

/**
 * The seller whose browser speaks English sees every screen in English (real Chromium started with an English UI
 * language, built extension, the whole sandbox): options, popup, order tools and the overlay on the seller pages.
 * Buyer names, product names and the seller pages themselves are data and stay as they are; what is checked is the
 * extension's own words: headings, labels, buttons, tabs, table headers, badges and messages.
 */

const A = COMMERCE_SEED.sellers.A;
const HANGUL = /[\uAC00-\uD7A3]/;
const CHROME = 'h1, h2, h3, h4, label, button, legend, summary, th, [role="tab"], .notice, .field__error';

let sandbox: Sandbox;
let browser: ExtensionBrowser;
let options: Page;

/** The extension's own words under `root` that are still Korean (an empty list when all is English). */
async function koreanChrome(root: Locator): Promise<string[]> {
  const texts = await root.locator(CHROME).allInnerTexts();
  return texts.map((t) => t.trim()).filter((t) => HANGUL.test(t));
}

beforeAll(async () => {
  sandbox = await startSandbox({ shopDataFile: join(mkdtempSync(join(tmpdir(), 'ssl-shop-')), 'shop.json') });
  browser = await launchExtension({ locale: 'en-US' });
  options = await browser.openPage('options.html');
  await waitReady(options);
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

describe('every screen in English for an English browser', () => {
  it('options: the page, its form errors and the linked account speak English', async () => {
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await koreanChrome(options.locator('main'))).toEqual([]);
    await pointAtSandbox(options, { commerce: sandbox.commerce.url, shop: sandbox.shop.url });
    await options.fill('#shopKey', SHOP_SEED.key);
    await options.locator('#shopKey').press('Enter');
    await options.locator('[data-testid="shop-connected"]').waitFor();

    // a mistake gets an English message
    const form = options.locator('section[aria-labelledby="link-title"] form');
    await options.locator('input[type="radio"][name="mode"]').first().check();
    await options.fill('#storeSlug', A.storeSlug);
    await options.fill('#apiSellerId', A.accountId);
    await form.locator('button[type="submit"]').click();
    const error = form.locator('.notice--error, .field__error').first();
    await error.waitFor();
    expect(HANGUL.test((await error.textContent()) ?? '')).toBe(false);

    await options.fill('#alias', 'Sky Living');
    await form.locator('button[type="submit"]').click();
    await form.locator('.notice--success').waitFor({ timeout: 20_000 });
    expect(await koreanChrome(options.locator('main'))).toEqual([]);
    await options.screenshot({ path: 'test-results/english/options.png', fullPage: true });
  });

  it('popup: account card, attention list and orders in English', async () => {
    await sendFromPage(options, { type: 'sync.now', payload: {} });
    const paid = sandbox.commerce.scenario
      .listProductOrders(A.accountId)
      .filter((p) => p.productOrderStatus !== 'PAYMENT_WAITING').length;
    await waitFor(
      async () => (await readStore(await browser.worker(), 'orders')).length >= paid,
      `${paid} orders in the extension`,
      60_000,
    );
    const popup = await browser.openPage('popup.html');
    await popup.locator('body').getByText('Sky Living').first().waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await koreanChrome(popup.locator('body'))).toEqual([]);
    // the status words of the guide, in English
    const body = (await popup.locator('body').textContent()) ?? '';
    expect(body).toMatch(/Awaiting confirmation|Preparing shipment|In transit|Delivered/);
    await popup.screenshot({ path: 'test-results/english/popup.png', fullPage: true });
    await popup.close();
  });

  it('order tools: every tab in English', async () => {
    const tools = await browser.openPage('tools.html');
    expect(await tools.evaluate(() => document.documentElement.lang)).toBe('en');
    const tabs = tools.getByRole('tab');
    await tabs.first().waitFor();
    const count = await tabs.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < count; i++) {
      await tabs.nth(i).click();
      await tools.waitForTimeout(300);
      expect(await koreanChrome(tools.locator('body')), `tab ${i}`).toEqual([]);
    }
    await tools.close();
  });

  it('overlay: badges and buttons beside the seller page rows in English', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${sandbox.demo.url}/sixshop/orders?size=100`);
    await page.locator('sixshop-link-row').first().waitFor({ timeout: 20_000 });
    const controls = page.locator('sixshop-link-row');
    await waitFor(async () => (await controls.count()) > 0, 'overlay controls');
    const words = await page
      .locator('sixshop-link-row [data-role="status"], sixshop-link-row button')
      .allInnerTexts();
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((w) => HANGUL.test(w))).toEqual([]);
    expect(words.join(' ')).toMatch(/Awaiting confirmation|Preparing shipment|In transit|Delivered/);
    await page.close();
  });
});
