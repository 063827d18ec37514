import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMERCE_SEED, OWN_APP_LINK_A } from '../sandbox/commerce/seed';
import { type CommerceEmulator, startCommerceEmulator } from '../sandbox/commerce/server';
import { SHOP_SEED } from '../sandbox/shop/seed';
import { type ShopEmulator, startShopEmulator } from '../sandbox/shop/server';
import { type ExtensionBrowser, launchExtension } from './browser';
import { readStore } from './extension-db';
import { connectShop, pointAtSandbox, submitLink, waitReady } from './options-page';

const A = COMMERCE_SEED.sellers.A;
const B = COMMERCE_SEED.sellers.B;

let commerce: CommerceEmulator;
let shop: ShopEmulator;
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  commerce = await startCommerceEmulator();
  shop = await startShopEmulator({
    commerceBaseUrl: commerce.url,
    agency: {
      clientId: COMMERCE_SEED.agencyApp.clientId,
      clientSecret: COMMERCE_SEED.agencyApp.clientSecret,
    },
    dataFile: join(mkdtempSync(join(tmpdir(), 'ssl-shop-')), 'shop.json'),
  });
  browser = await launchExtension();
  page = await browser.openPage('options.html');
  await waitReady(page);
});

afterAll(async () => {
  await browser?.close();
  await shop?.close();
  await commerce?.close();
});

const shopAccounts = () => Object.values(shop.state().shops).flatMap((s) => s.marketAccounts);

describe('link and unlink in the options page (real Chromium, built extension)', () => {
  it('points the extension at the sandbox and connects the shop', async () => {
    await pointAtSandbox(page, { commerce: commerce.url, shop: shop.url });
    await connectShop(page, SHOP_SEED.key);
    await expect(page.locator('[data-testid="shop-connected"]').innerText()).resolves.toContain(
      SHOP_SEED.shopName,
    );
  });

  it('shows what to fix for a bad secret and saves nothing', async () => {
    const res = await submitLink(page, {
      mode: 'OWN_APP',
      alias: '하늘리빙 내 앱',
      storeSlug: A.storeSlug,
      apiSellerId: A.accountId,
      clientId: COMMERCE_SEED.selfApp.clientId,
      clientSecret: '$2a$04$AAAAAAAAAAAAAAAAAAAAAA',
    });
    expect(res.ok).toBe(false);
    expect(res.text).toContain('애플리케이션 시크릿이 올바르지 않습니다');
    expect(await readStore(await browser.worker(), 'accounts')).toHaveLength(0);
  });

  it('shows what to fix for a wrong API seller ID and saves nothing', async () => {
    const res = await submitLink(page, {
      mode: 'AGENCY',
      alias: '하늘리빙',
      storeSlug: A.storeSlug,
      apiSellerId: 'ncp_nobody_00',
    });
    expect(res.ok).toBe(false);
    expect(res.text).toContain('API 연동용 판매자 ID를 찾을 수 없습니다');
    expect(await readStore(await browser.worker(), 'accounts')).toHaveLength(0);
    expect(shopAccounts()).toHaveLength(0);
  });

  it('links with the seller’s own application', async () => {
    const res = await submitLink(page, OWN_APP_LINK_A);
    expect(res.text).toContain('연동이 완료되었습니다');
    await page.locator('li.account[data-alias="하늘리빙"]').waitFor();
    expect(
      commerce.requests.some((r) => r.api === 'token' && r.path.startsWith('/external/') && r.status === 200),
    ).toBe(true);
  });

  it('links a second account through the agency', async () => {
    const res = await submitLink(page, {
      mode: 'AGENCY',
      alias: '바다커피',
      storeSlug: B.storeSlug,
      apiSellerId: B.accountId,
    });
    expect(res.text).toContain('연동이 완료되었습니다');
    await page.locator('li.account[data-alias="바다커피"]').waitFor();
    expect(await page.locator('li.account').count()).toBe(2);
    expect(
      shopAccounts()
        .map((m) => m.apiSellerId)
        .sort(),
    ).toEqual([A.accountId, B.accountId].sort());
    expect(
      commerce.requests.some(
        (r) => r.api === 'token' && r.path.startsWith('/partner/') && r.accountId === B.accountId,
      ),
    ).toBe(true);
  });

  it('renames an alias; the two IDs stay fixed', async () => {
    const card = page.locator('li.account[data-alias="하늘리빙"]');
    await card.getByRole('button', { name: '별칭 수정' }).click();
    await card.locator('input').fill('하늘리빙 본점');
    await card.getByRole('button', { name: '저장' }).click();
    await page.locator('li.account[data-alias="하늘리빙 본점"]').waitFor();
    expect(shopAccounts().find((m) => m.apiSellerId === A.accountId)?.alias).toBe('하늘리빙 본점');
    const renamed = page.locator('li.account[data-alias="하늘리빙 본점"]');
    expect(await renamed.locator('[data-field="apiSellerId"]').innerText()).toBe(A.accountId);
    expect(await renamed.innerText()).toContain('계정 등록 후 변경 불가능');
  });

  it('unlinks one account: only its data goes, locally and in the shop, and SmartStore sees no call', async () => {
    const sw = await browser.worker();
    const accounts = (await readStore(sw, 'accounts')) as Array<{ id: string; alias: string }>;
    const b = accounts.find((a) => a.alias === '바다커피')!;
    const a = accounts.find((x) => x.alias !== '바다커피')!;
    // give both accounts local data to see which goes
    await sw.evaluate(
      ([aId, bId]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('smartstore-link');
          open.onsuccess = () => {
            const tx = open.result.transaction(['orders', 'presets'], 'readwrite');
            for (const id of [aId, bId]) {
              tx.objectStore('orders').put({
                accountId: id,
                productOrderId: `${id}-1`,
                orderId: 'o',
                status: 'PREPARING',
                lastChangedAt: 1,
                paidAt: 1,
                shopPending: 0,
                updatedAt: 1,
                data: {},
              });
              tx.objectStore('presets').put({
                id: `${id}-p`,
                accountId: id,
                name: 'p',
                isDefault: true,
                fields: {},
                updatedAt: 1,
              });
            }
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      [a.id, b.id] as const,
    );
    const before = commerce.requests.length;
    await page
      .locator('li.account[data-alias="바다커피"]')
      .getByRole('button', { name: '연동 해제하기' })
      .click();
    const dialog = page.locator('dialog.dialog');
    await dialog.locator('[data-testid="unlink-counts"]').waitFor();
    expect(await dialog.innerText()).toContain('복구가 불가');
    const confirm = dialog.getByRole('button', { name: '연동 해제' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.locator('#confirmAlias').fill('바다커피');
    await confirm.click();
    await page.locator('li.account[data-alias="바다커피"]').waitFor({ state: 'detached' });
    expect(await page.locator('li.account').count()).toBe(1);

    const orders = (await readStore(sw, 'orders')) as Array<{ accountId: string }>;
    const presets = (await readStore(sw, 'presets')) as Array<{ accountId: string }>;
    expect(orders.length).toBeGreaterThan(0);
    expect(new Set(orders.map((o) => o.accountId))).toEqual(new Set([a.id]));
    expect(presets.map((p) => p.accountId)).toEqual([a.id]);
    expect(((await readStore(sw, 'accounts')) as unknown[]).length).toBe(1);
    expect(shopAccounts().map((m) => m.apiSellerId)).toEqual([A.accountId]);
    // nothing was deleted or changed on SmartStore (reads by the background's own collection may happen)
    const writes = commerce.requests
      .slice(before)
      .filter(
        (r) =>
          r.method === 'DELETE' || /confirm|dispatch|cancel|products\.(create|update)|images/.test(r.api),
      );
    expect(writes).toEqual([]);
  });

  it('never shows a secret on the page', async () => {
    const html = await page.content();
    expect(html).not.toContain(SHOP_SEED.key);
    expect(html).not.toContain(COMMERCE_SEED.selfApp.clientSecret);
  });
});
