import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createShopClient, type ShopClient } from '../../lib/sixshop/client';
import { type CommerceClient, ownAppClient } from '../../lib/smartstore/client';
import type { ProductWriteBody } from '../../lib/smartstore/products';
import { COMMERCE_SEED, type Sandbox, SHOP_SEED, startSandbox } from '../sandbox/sandbox';
import { type ExtensionBrowser, launchExtension } from './browser';
import { readStore } from './extension-db';
import { connectShop, pointAtSandbox, sendFromPage, submitLink, waitReady } from './options-page';
import { waitFor } from './wait';

/**
 * Products both ways in real Chromium with the built extension and the whole sandbox: a sales preset made in the
 * options page, two shop products exported, one edited in the shop and exported again from the shop's product
 * list, a SmartStore product imported from the seller center's list and re-imported after a diff.
 * Needs the product messages wired into the background (lib/products/messages.ts).
 */

const A = COMMERCE_SEED.sellers.A;

let sandbox: Sandbox;
let browser: ExtensionBrowser;
let options: Page;
let page: Page;
let shopApi: ShopClient;
let seller: CommerceClient;

const smartstore = (name: string) =>
  sandbox.commerce.scenario.listProducts(A.accountId).filter((p) => p.originProduct.name === name);
const shopState = () => Object.values(sandbox.shop.state().shops)[0]!;
const links = () => Object.values(shopState().productLinks).flat();
const calls = (api: string) => sandbox.commerce.requests.filter((r) => r.api === api).length;
/** The product button of one row (Playwright pierces open shadow roots). */
const button = (rowKey: string) =>
  page.locator(`tr.product-row[data-row-key="${rowKey}"] sixshop-link-product .pb`);

beforeAll(async () => {
  sandbox = await startSandbox({
    shopDataFile: join(mkdtempSync(join(tmpdir(), 'ssl-shop-')), 'shop.json'),
    commerce: { rateLimit: { replenishRate: 200, burstCapacity: 400 } },
  });
  shopApi = createShopClient({ baseUrl: sandbox.shop.url, shopKey: SHOP_SEED.key });
  seller = ownAppClient({
    apiOrigin: sandbox.commerce.url,
    clientId: COMMERCE_SEED.selfApp.clientId,
    clientSecret: COMMERCE_SEED.selfApp.clientSecret,
  });
  browser = await launchExtension();
  options = await browser.openPage('options.html');
  await waitReady(options);
  await pointAtSandbox(options, { commerce: sandbox.commerce.url, shop: sandbox.shop.url });
  await connectShop(options, SHOP_SEED.key);
  const linked = await submitLink(options, {
    mode: 'AGENCY',
    alias: '하늘리빙',
    storeSlug: A.storeSlug,
    apiSellerId: A.accountId,
  });
  expect(linked.ok, linked.text).toBe(true);
  await options.locator('[data-testid="presets"]').waitFor();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

describe('products both ways (real Chromium, built extension, sandbox)', () => {
  it('creates a sales preset in the options page, with per-field errors first', async () => {
    const presets = options.locator('[data-testid="presets"]');
    await presets.getByRole('button', { name: '새 프리셋' }).click();
    await options.fill('#preset-name', '주방용품 기본');
    await options.getByLabel('기본 프리셋으로 사용', { exact: false }).check();
    await options.fill('#preset-leafCategoryId', '50000805');
    await options.selectOption('#preset-deliveryCompany', 'CJGLS');
    await options.fill('#preset-baseFee', '3000');
    await options.fill('#preset-returnDeliveryFee', '3000');
    await options.fill('#preset-exchangeDeliveryFee', '6000');
    await options.fill('#preset-asGuide', '평일 10:00~17:00 고객센터로 문의해 주세요.');
    await options.getByRole('button', { name: '프리셋 저장' }).click();
    // nothing sent: every missing field says what to do, beside its input
    await options.locator('#preset-asPhone-error').waitFor();
    expect(await options.locator('#preset-asPhone-error').textContent()).toContain('A/S 전화번호');
    expect(await options.locator('#preset-shippingAddressId-error').textContent()).toContain('주소록');
    expect(await options.locator('.preset-form .field__error').count()).toBeGreaterThanOrEqual(5);
    expect(Object.values(shopState().salesPresets).flat()).toHaveLength(0);

    await options.fill('#preset-asPhone', '02-1234-5678');
    await options.fill('#preset-shippingAddressId', '1001');
    await options.fill('#preset-returnAddressId', '1002');
    await options.fill('#preset-notice-itemName', '상품상세 참조');
    await options.fill('#preset-notice-modelName', '상품상세 참조');
    await options.fill('#preset-notice-manufacturer', '모래마을 생활상점');
    await options.fill('#preset-notice-afterServiceDirector', '02-1234-5678');
    await options.getByRole('button', { name: '프리셋 저장' }).click();
    await presets.locator('li.preset-item[data-preset="주방용품 기본"]').waitFor();
    expect(await presets.locator('li.preset-item[data-preset="주방용품 기본"] .badge').textContent()).toBe(
      '기본',
    );
    const stored = Object.values(shopState().salesPresets).flat();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      name: '주방용품 기본',
      isDefault: true,
      fields: { leafCategoryId: '50000805' },
    });
    expect(await readStore(await browser.worker(), 'presets')).toHaveLength(1);
  });

  it('exports two shop products from the options page', async () => {
    const section = options.locator('[data-testid="products"]');
    await section.getByRole('tab', { name: '내보내기' }).click();
    const panel = options.locator('[data-testid="export-panel"]');
    await panel.locator('tr[data-shop-product-id="1001"]').waitFor();
    await panel.locator('tr[data-shop-product-id="1001"] input[type="checkbox"]').check();
    await panel.locator('tr[data-shop-product-id="1002"] input[type="checkbox"]').check();
    await panel.getByRole('button', { name: '선택한 상품 내보내기' }).click();
    const job = section.locator('li.job[data-kind="export"]').first();
    await waitFor(async () => (await job.getAttribute('data-status')) === 'done', 'the export job', 60_000);
    expect(await job.locator('[data-testid="job-figures"]').textContent()).toContain('2 / 2개 처리 · 완료 2');
    expect(smartstore('리넨 앞치마 (내추럴)')).toHaveLength(1);
    expect(smartstore('수제 도자기 머그컵 350ml')).toHaveLength(1);
    const mug = smartstore('수제 도자기 머그컵 350ml')[0]!.originProduct;
    expect(mug.leafCategoryId).toBe('50000805');
    expect(mug.detailAttribute?.optionInfo?.optionCombinations).toHaveLength(3);
    expect(mug.images?.representativeImage?.url?.startsWith(sandbox.commerce.url)).toBe(true);
    expect(
      links()
        .map((l) => l.shopProductId)
        .sort(),
    ).toEqual(['1001', '1002']);
  });

  it('edits one in the shop, then exports it again from the shop’s product list; nothing is duplicated', async () => {
    const p = await shopApi.getProduct('1001');
    const { id: _id, revision: _r, createdAt: _c, updatedAt: _u, ...rest } = p;
    await shopApi.replaceProduct('1001', { ...rest, name: '리넨 앞치마 (내추럴, 2025)', price: 31000 });

    await page.goto(`${sandbox.demo.url}/sixshop/products?size=100`);
    await page.locator('tr.product-row').first().waitFor();
    await button('1001').waitFor({ timeout: 20_000 });
    await waitFor(
      async () => (await button('1001').locator('button').textContent()) === '다시 내보내기',
      'link state',
    );
    expect(await button('1003').locator('button').textContent()).toBe('내보내기');

    // a click made by the page's own script does nothing
    const updatesBefore = calls('products.update');
    await page.evaluate(() => {
      const host = document.querySelector('tr.product-row[data-row-key="1001"] sixshop-link-product');
      (host?.shadowRoot?.querySelector('button.pb__button') as HTMLButtonElement | null)?.click();
    });
    await new Promise((r) => setTimeout(r, 800));
    expect(calls('products.update')).toBe(updatesBefore);

    await button('1001').locator('button').click();
    await waitFor(
      async () => (await button('1001').getAttribute('data-state')) === 'done',
      're-export',
      60_000,
    );
    expect(calls('products.update')).toBe(updatesBefore + 1);
    expect(smartstore('리넨 앞치마 (내추럴)')).toHaveLength(0);
    const updated = smartstore('리넨 앞치마 (내추럴, 2025)');
    expect(updated).toHaveLength(1);
    expect(updated[0]!.originProduct.salePrice).toBe(31000);
    expect(links().filter((l) => l.shopProductId === '1001')).toHaveLength(1);
  });

  it('imports a SmartStore product from the seller center’s list', async () => {
    const target = smartstore('무지 머그컵 350ml')[0]!;
    await page.goto(`${sandbox.demo.url}/smartstore/products#status=ALL&page=1&size=100`);
    await page.locator('tr.product-row').first().waitFor();
    const key = String(target.originProductNo);
    await button(key).waitFor({ timeout: 20_000 });
    expect(await button(key).locator('button').textContent()).toBe('가져오기');
    // styled by the content script's stylesheet (the background hands it over) inside the shadow root
    await waitFor(
      async () =>
        (await button(key)
          .locator('button')
          .evaluate((b) => getComputedStyle(b).borderTopLeftRadius)) === '4px',
      'the product button styled',
    );
    await button(key).locator('button').click();
    await waitFor(async () => (await button(key).getAttribute('data-state')) === 'done', 'import', 60_000);
    const imported = shopState().products.filter((p) => p.name === '무지 머그컵 350ml');
    expect(imported).toHaveLength(1);
    expect(imported[0]!.options?.combinations.map((c) => c.names[0])).toEqual(['화이트', '블랙', '민트']);
    expect(links().find((l) => l.originProductNo === target.originProductNo)).toMatchObject({
      shopProductId: imported[0]!.id,
      lastDirection: 'IMPORT',
    });
  });

  it('re-imports it after a change in SmartStore, showing the change first', async () => {
    const target = smartstore('무지 머그컵 350ml')[0]!;
    const current = await seller.getOriginProduct(target.originProductNo);
    current.originProduct.salePrice = 9900;
    await seller.updateOriginProduct(target.originProductNo, current as unknown as ProductWriteBody);

    const section = options.locator('[data-testid="products"]');
    await section.getByRole('tab', { name: '가져오기' }).click();
    const panel = options.locator('[data-testid="import-panel"]');
    await options.fill('#import-name', '무지 머그컵');
    await panel.getByRole('button', { name: '검색' }).click();
    const row = panel.locator(`tr[data-origin-no="${target.originProductNo}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('연동됨');
    await row.locator('input[type="checkbox"]').check();
    await panel.getByRole('button', { name: '선택한 상품 가져오기' }).click();
    const dialog = options.locator('dialog.diff-dialog');
    await dialog.waitFor();
    const price = dialog.locator('tr[data-field="price"]');
    expect(await price.locator('.diff__before').textContent()).toBe('8,900원');
    expect(await price.locator('.diff__after').textContent()).toBe('9,900원');
    expect(shopState().products.find((p) => p.name === '무지 머그컵 350ml')!.price).toBe(8900);
    await dialog.getByRole('button', { name: '변경 내용 적용하고 가져오기' }).click();
    const job = section.locator('li.job[data-kind="import"]').first();
    await waitFor(async () => (await job.getAttribute('data-status')) === 'done', 'the re-import', 60_000);
    const after = shopState().products.filter((p) => p.name === '무지 머그컵 350ml');
    expect(after).toHaveLength(1);
    expect(after[0]!.price).toBe(9900);
    // the popup (or anything else of the extension) can read the figures
    const progress = await sendFromPage<{ ok: boolean; data: unknown[] }>(options, {
      type: 'products.progress',
      payload: {},
    });
    expect(progress.ok).toBe(true);
  });
});
