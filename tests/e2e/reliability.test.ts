import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trueStatus } from '../reliability/invariants';
import { COMMERCE_SEED, OWN_APP_LINK_A } from '../sandbox/commerce/seed';
import { type CommerceEmulator, startCommerceEmulator } from '../sandbox/commerce/server';
import { SHOP_SEED } from '../sandbox/shop/seed';
import { type ShopEmulator, startShopEmulator } from '../sandbox/shop/server';
import { validPreset } from '../unit/products/fixtures';
import { type ExtensionBrowser, launchExtension } from './browser';
import { connectShop, pointAtSandbox, sendFromPage, submitLink, waitReady } from './options-page';

/**
 * The service worker stopped mid-work, and the browser restarted mid-work (real Chromium, the built
 * extension, the emulators): a collection of thousands of orders, a 배송 처리 of 60 items and a product export
 * each resume where they were, and afterwards every paid order is there exactly once with its true status,
 * every item was shipped exactly once with the tracking number asked, and every product was created once.
 */

/** The extension APIs as the evaluated functions see them inside an extension page. */
declare const chrome: {
  storage: Record<'local' | 'session', { get(keys: null): Promise<Record<string, unknown>> }>;
};

const A = COMMERCE_SEED.sellers.A;
const NORMAL = { replenishRate: 10, burstCapacity: 20 };

let commerce: CommerceEmulator;
let shop: ShopEmulator;
let browser: ExtensionBrowser;
let page: Page;
let accountId: string;
const profile = mkdtempSync(join(tmpdir(), 'ssl-rel-profile-'));
const shopDir = mkdtempSync(join(tmpdir(), 'ssl-rel-shop-'));

/** One IndexedDB store of the extension, read from an extension page (a stopped worker cannot be asked). */
async function readStore<T = Record<string, unknown>>(p: Page, store: string): Promise<T[]> {
  return p.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('smartstore-link');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as T[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

const T0 = Date.now();
/** E2E_TRACE=1 writes when each wait ended to e2e-trace.txt in the temp folder (for timing work). */
const trace = (...a: unknown[]) => appendFileSync(join(tmpdir(), 'e2e-trace.txt'), `${a.join(' ')}\n`);
/**
 * Polls `check`. `nudge` runs every 4 s meanwhile: the seller pressing 지금 동기화 again (a press while the
 * periodic collection runs is dropped, see tests/reliability/runner.test.ts).
 */
async function until(
  check: () => Promise<boolean> | boolean,
  what: string,
  timeout = 60_000,
  nudge?: () => Promise<void>,
): Promise<void> {
  const end = Date.now() + timeout;
  let nudged = Date.now();
  while (Date.now() < end) {
    if (nudge && Date.now() - nudged > 4_000) {
      nudged = Date.now();
      await nudge();
    }
    if (await check()) {
      if (process.env.E2E_TRACE) trace(`${((Date.now() - T0) / 1000).toFixed(1)}s ${what}`);
      return;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function stopWorker(p: Page): Promise<void> {
  const cdp = await browser.context.newCDPSession(p);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** Sends a message without waiting for the answer (the worker may be stopped before it answers). */
async function fire(p: Page, message: { type: string; payload?: unknown }): Promise<void> {
  await p.evaluate((m) => {
    void (
      globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }
    ).chrome.runtime
      .sendMessage(m)
      .catch(() => undefined);
  }, message);
}

const nudge = () => fire(page, { type: 'sync.now', payload: {} });

/** The options page in a new tab (after a relaunch the browser may still be restoring the old tabs). */
async function openExtensionPage(): Promise<Page> {
  for (let attempt = 1; ; attempt++) {
    const p = await browser.context.newPage();
    try {
      await p.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await waitReady(p);
      return p;
    } catch (e) {
      await p.close().catch(() => undefined);
      if (attempt >= 3) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** Every paid order of seller A is in the extension exactly once, with its true status, and in the shop. */
async function expectOrdersTrue(p: Page, where: string): Promise<void> {
  const paid = commerce.scenario.listProductOrders(A.accountId).filter((o) => trueStatus(o) !== undefined);
  const rows = (
    await readStore<{ accountId: string; productOrderId: string; status: string }>(p, 'orders')
  ).filter((r) => r.accountId === accountId);
  expect(rows.length, `${where}: duplicates`).toBe(new Set(rows.map((r) => r.productOrderId)).size);
  expect(rows.map((r) => r.productOrderId).sort(), `${where}: orders`).toEqual(
    paid.map((o) => o.productOrderId).sort(),
  );
  const status = new Map(rows.map((r) => [r.productOrderId, r.status]));
  const wrong = paid
    .filter((o) => status.get(o.productOrderId) !== trueStatus(o))
    .map((o) => o.productOrderId);
  expect(wrong, `${where}: status differs from SmartStore`).toEqual([]);
  await until(() => {
    const inShop = Object.values(shop.state().shops).flatMap((s) => Object.values(s.marketOrders).flat());
    return inShop.length === paid.length;
  }, `${where}: every order in the shop backend`);
  const inShop = Object.values(shop.state().shops).flatMap((s) => Object.values(s.marketOrders).flat());
  expect(new Set(inShop.map((o) => o.productOrderId)).size, `${where}: an order twice in the shop`).toBe(
    inShop.length,
  );
}

async function syncedCount(p: Page): Promise<number> {
  return (await readStore<{ accountId: string }>(p, 'orders')).filter((r) => r.accountId === accountId)
    .length;
}

beforeAll(async () => {
  commerce = await startCommerceEmulator();
  shop = await startShopEmulator({
    commerceBaseUrl: commerce.url,
    agency: {
      clientId: COMMERCE_SEED.agencyApp.clientId,
      clientSecret: COMMERCE_SEED.agencyApp.clientSecret,
    },
    dataFile: join(shopDir, 'shop.json'),
  });
  browser = await launchExtension({ userDataDir: profile });
  page = await openExtensionPage();
  await pointAtSandbox(page, { commerce: commerce.url, shop: shop.url });
  await connectShop(page, SHOP_SEED.key);
  const linked = await submitLink(page, OWN_APP_LINK_A);
  expect(linked.ok, linked.text).toBe(true);
  accountId = (await readStore<{ id: string }>(page, 'accounts'))[0]!.id;
  // the first collection starts by itself after linking
  await until(async () => (await readStore(page, 'syncLog')).length > 0, 'the first collection');
});

afterAll(async () => {
  await browser?.close();
  await shop?.close();
  await commerce?.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(shopDir, { recursive: true, force: true });
});

describe('the service worker stopped mid-work (real Chromium)', () => {
  it('a collection of 2,000 orders stopped half-way resumes from its cursor: every order once, true status', async () => {
    commerce.scenario.addOrders({ sellerAccountId: A.accountId, count: 2000 });
    // slow SmartStore down so the stop lands mid-run: order details one call (300) per second
    commerce.scenario.setRateLimit('orders.query', { replenishRate: 1, burstCapacity: 1 });
    const before = await syncedCount(page);
    await fire(page, { type: 'sync.now', payload: {} });
    await until(async () => (await syncedCount(page)) >= before + 600, 'some pages stored', 60_000, nudge);
    await stopWorker(page);
    const atStop = await syncedCount(page);
    const cursorAtStop = (
      await readStore<{ accountId: string; value: { moreSequence?: string } }>(page, 'cursors')
    ).find((c) => c.accountId === accountId)?.value;
    expect(atStop, 'the stop landed mid-run').toBeLessThan(before + 2000);
    expect(cursorAtStop?.moreSequence, 'the cursor was saved mid-window with the stored pages').toBeDefined();
    commerce.scenario.setRateLimit('orders.query', NORMAL);
    const mark = commerce.requests.length;
    await fire(page, { type: 'sync.now', payload: {} }); // wakes a fresh worker
    await until(async () => (await syncedCount(page)) >= before + 2000, 'the rest collected', 60_000, nudge);
    await expectOrdersTrue(page, 'after the resumed collection');
    // the new worker went on from the saved page rather than from the start of the window
    const feed = commerce.requests.slice(mark).filter((r) => r.api === 'orders.lastChangedStatuses');
    expect(feed.some((r) => r.search.includes(`moreSequence=${cursorAtStop!.moreSequence}`))).toBe(true);
  });

  it('a 배송 처리 of 60 items stopped after the first 30: the rest go out, each exactly once', async () => {
    const created = commerce.scenario.addOrders({ sellerAccountId: A.accountId, count: 60 });
    const ids = created.productOrderIds;
    await sendFromPage(page, { type: 'sync.now', payload: {} });
    await until(
      async () => {
        const rows = await readStore<{ productOrderId: string; status: string }>(page, 'orders');
        const mine = rows.filter((r) => ids.includes(r.productOrderId));
        return mine.length === 60 && mine.every((r) => r.status === 'PAYMENT_CONFIRMING');
      },
      '60 new orders in the extension',
      90_000,
      nudge,
    );
    const confirmed = await sendFromPage<{ ok: boolean; data: { status: string } }>(page, {
      type: 'orders.confirm',
      payload: { requestId: `e2e_confirm_${Date.now()}`, accountId, productOrderIds: ids },
    });
    expect(confirmed).toMatchObject({ ok: true, data: { status: 'settled' } });
    const items = ids.map((id, i) => ({
      productOrderId: id,
      courierCode: 'HANJIN',
      trackingNumber: `55${String(Date.now() % 1e6).padStart(6, '0')}${String(i).padStart(3, '0')}`,
    }));
    // the first call goes at once, the second waits 5 s for the gateway's bucket
    commerce.scenario.setRateLimit('orders.dispatch', { replenishRate: 0.2, burstCapacity: 1 });
    const requestId = `e2e_dispatch_${Date.now()}`;
    await fire(page, { type: 'orders.dispatch', payload: { requestId, accountId, items } });
    await until(
      () => commerce.requests.some((r) => r.api === 'orders.dispatch' && r.status === 200),
      'the first 30 shipped',
      20_000,
    );
    await stopWorker(page);
    const shippedAtStop = ids.filter(
      (id) => commerce.scenario.getProductOrder(id)?.productOrderStatus === 'DELIVERING',
    );
    expect(shippedAtStop, 'the stop landed between the two calls').toHaveLength(30);
    const record = (
      await readStore<{ id: string; status: string; items: Array<{ state: string }> }>(page, 'outbox')
    ).find((r) => r.id === requestId)!;
    expect(record.status).toBe('queued');
    commerce.scenario.setRateLimit('orders.dispatch', NORMAL);
    // any message wakes a new worker, which drains what the old one left
    await fire(page, { type: 'actions.get', payload: { id: requestId } });
    await until(
      async () => {
        const r = (await readStore<{ id: string; status: string }>(page, 'outbox')).find(
          (x) => x.id === requestId,
        );
        return r?.status === 'settled';
      },
      'the dispatch settled',
      60_000,
    );
    const final = (
      await readStore<{ id: string; items: Array<{ productOrderId: string; state: string }> }>(page, 'outbox')
    ).find((r) => r.id === requestId)!;
    expect(final.items.map((i) => i.state)).toEqual(Array(60).fill('done'));
    for (const item of items) {
      const po = commerce.scenario.getProductOrder(item.productOrderId)!;
      expect(po.productOrderStatus).toBe('DELIVERING');
      expect(po.delivery).toMatchObject({ deliveryCompany: 'HANJIN', trackingNumber: item.trackingNumber });
      const sends = commerce.requests.filter(
        (r) =>
          r.api === 'orders.dispatch' && r.status === 200 && r.productOrderIds?.includes(item.productOrderId),
      );
      expect(sends, `${item.productOrderId} reached SmartStore ${sends.length} times`).toHaveLength(1);
    }
    await until(
      async () => {
        const rows = await readStore<{ productOrderId: string; status: string }>(page, 'orders');
        return rows.filter((r) => ids.includes(r.productOrderId)).every((r) => r.status === 'SHIPPING');
      },
      'the extension shows 배송 중',
      30_000,
      nudge,
    );
  }, 180_000);

  it('a product export stopped after its first products: the rest go out, each product and image exactly once', async () => {
    const selected = ['1001', '1002', '1003', '1004', '1006'];
    const shopProducts = Object.values(shop.state().shops)[0]!.products.filter((p) =>
      selected.includes(p.id),
    );
    const names = shopProducts.map((p) => p.name);
    const imageCount = shopProducts.reduce((n, p) => n + p.images.length, 0);
    const onSmartStore = (name: string) =>
      commerce.scenario.listProducts(A.accountId).filter((p) => p.originProduct.name === name);
    // the seller's SmartStore may already sell a product of the same name: count what the export adds
    const before = new Map(names.map((n) => [n, onSmartStore(n).length]));
    const uploadsBefore = commerce.scenario.uploadCount(A.accountId);
    const preset = await sendFromPage<{ ok: boolean; error?: unknown }>(page, {
      type: 'presets.save',
      payload: { accountId, name: '주방용품 기본', isDefault: true, fields: validPreset() },
    });
    expect(preset.ok, JSON.stringify(preset.error)).toBe(true);

    // the seller's steps: options page → products → export → the five products → export
    await page.reload();
    await waitReady(page);
    const section = page.locator('[data-testid="products"]');
    await section.getByRole('tab', { name: '내보내기' }).click();
    const panel = page.locator('[data-testid="export-panel"]');
    await panel.locator('tr[data-shop-product-id="1001"]').waitFor({ timeout: 20_000 });
    const presetChosen = async () =>
      (await panel.locator('#export-preset option:checked').textContent())?.includes('주방용품 기본') ??
      false;
    await until(presetChosen, 'the preset chosen for the export', 20_000);
    for (const id of selected)
      await panel.locator(`tr[data-shop-product-id="${id}"] input[type="checkbox"]`).check();
    // one product created every 2 s, so the stop lands between two of them
    commerce.scenario.setRateLimit('products.create', { replenishRate: 0.5, burstCapacity: 1 });
    await panel.getByRole('button', { name: '선택한 상품 내보내기' }).click();
    const created = () =>
      commerce.requests.filter((r) => r.api === 'products.create' && r.status === 200).length;
    await until(() => created() >= 2, 'the first products created', 30_000);
    await stopWorker(page);
    const createdAtStop = names.filter((n) => onSmartStore(n).length > before.get(n)!).length;
    expect(createdAtStop, 'created before the stop').toBeGreaterThanOrEqual(2);
    expect(createdAtStop, 'the stop landed mid-export').toBeLessThan(names.length);
    const jobAtStop = (
      await readStore<{ kind: string; status: string; createdAt: number }>(page, 'jobs')
    ).find((j) => j.kind === 'export' && j.status === 'running');
    expect(jobAtStop, 'the export was running when the worker stopped').toBeDefined();
    commerce.scenario.setRateLimit('products.create', NORMAL);

    // the options page asks for the job list again, which wakes a new worker; it takes the job up again
    const job = section.locator('li.job[data-kind="export"]').first();
    await until(
      async () => (await job.getAttribute('data-status')) === 'done',
      'the export shown done',
      90_000,
    );
    const row = (
      await readStore<{
        kind: string;
        status: string;
        state: { items: Array<{ key: string; status: string }> };
      }>(page, 'jobs')
    ).find((j) => j.kind === 'export' && j.status === 'done');
    expect(row?.state.items.map((i) => i.status)).toEqual(Array(selected.length).fill('done'));
    expect(await job.locator('[data-testid="job-figures"]').textContent()).toContain('5 / 5개 처리 · 완료 5');
    for (const name of names)
      expect(onSmartStore(name), `${name} on SmartStore`).toHaveLength(before.get(name)! + 1);
    expect(commerce.scenario.uploadCount(A.accountId) - uploadsBefore, 'images uploaded').toBe(imageCount);
    const linked = Object.values(Object.values(shop.state().shops)[0]!.productLinks)
      .flat()
      .map((l) => l.shopProductId)
      .sort();
    expect(linked).toEqual(selected);
  }, 180_000);

  it('the browser restarted during a collection: on the same profile it resumes, nothing lost or doubled', async () => {
    commerce.scenario.addOrders({ sellerAccountId: A.accountId, count: 900 });
    commerce.scenario.setRateLimit('orders.query', { replenishRate: 1, burstCapacity: 1 });
    const before = await syncedCount(page);
    await fire(page, { type: 'sync.now', payload: {} });
    await until(async () => (await syncedCount(page)) >= before + 300, 'a page stored', 60_000, nudge);
    await browser.close({ keepProfile: true });
    commerce.scenario.setRateLimit('orders.query', NORMAL);
    browser = await launchExtension({ userDataDir: profile });
    await new Promise((r) => setTimeout(r, 1_000)); // tabs of the last session come back first
    for (const old of browser.context.pages()) await old.close().catch(() => undefined);
    page = await openExtensionPage();
    const afterRestart = await syncedCount(page);
    expect(afterRestart, 'what was stored before the restart is still there').toBeGreaterThanOrEqual(
      before + 300,
    );
    await sendFromPage(page, { type: 'sync.now', payload: {} });
    await until(
      async () => (await syncedCount(page)) >= before + 900,
      'the rest collected after the restart',
      60_000,
      nudge,
    );
    await expectOrdersTrue(page, 'after the browser restart');
    // the session token did not survive the restart; a new one was issued
    const tokens = await page.evaluate(async () => Object.keys(await chrome.storage.session.get(null)));
    expect(tokens.some((k) => k.startsWith('token:'))).toBe(true);
  });
});
