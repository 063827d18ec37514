import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMERCE_SEED, type Sandbox, SHOP_SEED, startSandbox } from '../sandbox/sandbox';
import { type ExtensionBrowser, launchExtension } from './browser';
import { readStore } from './extension-db';
import { connectShop, pointAtSandbox, submitLink, waitReady } from './options-page';
import { waitFor } from './wait';

/**
 * The order overlay on the demo seller pages (real Chromium, built extension, the whole sandbox): badges
 * beside the page's rows, 발주 확인, 배송 처리, 선택 배송 처리, 취소 처리, read-only returns, and what the
 * emulated SmartStore sees afterwards.
 */

const A = COMMERCE_SEED.sellers.A;

interface StoredOrder {
  accountId: string;
  productOrderId: string;
  orderId: string;
  status: string;
}

let sandbox: Sandbox;
let browser: ExtensionBrowser;
let options: Page;
let page: Page;

const orders = async () => (await readStore(await browser.worker(), 'orders')) as StoredOrder[];
interface StoredAction {
  id: string;
  kind: string;
  items: Array<{ productOrderId: string; orderId: string; state: string }>;
}
const outbox = async () => (await readStore(await browser.worker(), 'outbox')) as StoredAction[];
const po = (id: string) => sandbox.commerce.scenario.getProductOrder(id);

/** The overlay's controls of one product order on the page (Playwright pierces open shadow roots). */
const item = (id: string) => page.locator(`sixshop-link-row .item[data-product-order-id="${id}"]`);
const statusOf = async (id: string) => {
  await reveal(id);
  return item(id).first().getAttribute('data-status');
};

/**
 * Rows get their controls when they come near the viewport: scrolls the page's row holding `id` into view and
 * waits for its controls.
 */
async function reveal(id: string) {
  if ((await item(id).count()) === 0) {
    const row = page.locator('tr, [role="row"]').filter({ hasText: id }).last();
    await row.scrollIntoViewIfNeeded({ timeout: 10_000 });
  }
  await item(id).first().waitFor({ state: 'attached', timeout: 30_000 });
}

/** Scrolls through the whole page, a screen at a time, so that every row has come near the viewport once. */
async function scrollThrough() {
  for (;;) {
    const more = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight);
      return window.scrollY > before;
    });
    await new Promise((r) => setTimeout(r, 100));
    if (!more) break;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function waitStatus(id: string, status: string, timeout = 30_000) {
  await reveal(id);
  await waitFor(
    async () => (await item(id).count()) > 0 && (await statusOf(id)) === status,
    `${id} → ${status}`,
    timeout,
  );
}

async function openOrdersPage() {
  await page.goto(`${sandbox.demo.url}/sixshop/orders?size=100`);
  await page.locator('tr.order-row').first().waitFor();
  await page.locator('sixshop-link-row').first().waitFor({ timeout: 20_000 });
}

beforeAll(async () => {
  sandbox = await startSandbox({ shopDataFile: join(mkdtempSync(join(tmpdir(), 'ssl-shop-')), 'shop.json') });
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
  await options.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime.sendMessage({ type: 'sync.now', payload: {} }),
  );
  const paid = sandbox.commerce.scenario
    .listProductOrders(A.accountId)
    .filter((p) => p.productOrderStatus !== 'PAYMENT_WAITING').length;
  await waitFor(async () => (await orders()).length >= paid, `${paid} orders in the extension`, 60_000);
  // the shop page lists what the extension pushed to the shop backend
  await waitFor(
    () =>
      Object.values(sandbox.shop.state().shops).reduce(
        (n, s) => n + Object.values(s.marketOrders).reduce((m, list) => m + list.length, 0),
        0,
      ) >= paid,
    'orders in the shop backend',
    60_000,
  );
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

describe('order overlay on the demo seller pages', () => {
  it('shows a badge beside every known row of 주문 관리, in the guide’s words', async () => {
    await openOrdersPage();
    const stored = await orders();
    const rows = await page.locator('tr.order-row').count();
    // rows far down the list get theirs when scrolled near, not at page load
    expect(await page.locator('sixshop-link-row').count()).toBeLessThan(rows);
    await waitFor(async () => {
      await scrollThrough();
      return (await page.locator('sixshop-link-row').count()) === rows;
    }, 'a badge on every row');
    for (const o of stored.slice(0, 10)) {
      expect(await statusOf(o.productOrderId)).toBe(o.status);
    }
    const confirming = stored.find((o) => o.status === 'PAYMENT_CONFIRMING')!;
    // the status reads the same before and after the row's full controls are drawn
    await expect(item(confirming.productOrderId).locator('[data-role="status"]').textContent()).resolves.toBe(
      '주문 확인 중',
    );
    await reveal(confirming.productOrderId);
    const shipping = stored.find((o) => o.status === 'SHIPPING')!;
    await reveal(shipping.productOrderId);
    const shipText = await item(shipping.productOrderId).locator('[data-role="shipping"]').textContent();
    expect(shipText).toMatch(/택배|우체국|로젠|대한통운/);
    // our controls are styled by the content script's CSS inside the shadow root
    const height = await item(confirming.productOrderId)
      .getByRole('button', { name: '발주 확인' })
      .evaluate((b) => b.getBoundingClientRect().height);
    expect(height).toBeGreaterThanOrEqual(24);
    expect(height).toBeLessThanOrEqual(30);
  });

  it('ignores clicks that a page script makes', async () => {
    const stored = await orders();
    const confirming = stored.find((o) => o.status === 'PAYMENT_CONFIRMING')!;
    const before = (await outbox()).length;
    await reveal(confirming.productOrderId);
    const pressed = await page.evaluate((id) => {
      let n = 0;
      for (const host of document.querySelectorAll('sixshop-link-row')) {
        const button = host.shadowRoot
          ?.querySelector(`.item[data-product-order-id="${id}"]`)
          ?.querySelector('button');
        if (!button) continue;
        n++;
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      }
      return n;
    }, confirming.productOrderId);
    expect(pressed).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 1_000));
    expect((await outbox()).length).toBe(before);
    expect(po(confirming.productOrderId)?.placeOrderStatus).toBe('NOT_YET');
  });

  it('발주 확인 of one order: its items become 배송 준비 중 here and in SmartStore', async () => {
    const stored = await orders();
    const byOrder = new Map<string, StoredOrder[]>();
    for (const o of stored) byOrder.set(o.orderId, [...(byOrder.get(o.orderId) ?? []), o]);
    const [orderId, items] = [...byOrder].find(
      ([, list]) => list.length >= 2 && list.every((o) => o.status === 'PAYMENT_CONFIRMING'),
    )!;
    await reveal(items[0]!.productOrderId);
    const button = item(items[0]!.productOrderId).getByRole('button', { name: '발주 확인' });
    await button.click();
    await button.click({ timeout: 1_000 }).catch(() => undefined); // a double click sends once
    for (const o of items) await waitStatus(o.productOrderId, 'PREPARING');
    for (const o of items) expect(po(o.productOrderId)?.placeOrderStatus).toBe('OK');
    const records = await outbox();
    expect(
      records.filter((r) => r.kind === 'confirm' && r.items.some((i) => i.orderId === orderId)),
    ).toHaveLength(1);
    await expect(
      item(items[0]!.productOrderId).locator('[data-role="progress"]').textContent(),
    ).resolves.toContain('발주 확인 완료');
  });

  it('배송 처리 of one item with a courier and a tracking number: 배송 중 in SmartStore', async () => {
    const target = (await orders()).find((o) => o.status === 'PREPARING')!;
    await reveal(target.productOrderId);
    const row = item(target.productOrderId);
    // the page's own row and document listeners hear nothing of what the seller does in the controls
    await page.evaluate((id) => {
      const tr = [...document.querySelectorAll('tr')].filter((r) => r.textContent?.includes(id)).at(-1)!;
      const heard: string[] = [];
      (window as unknown as { pageHeard: string[] }).pageHeard = heard;
      for (const type of ['click', 'pointerdown', 'mousedown', 'keydown', 'keyup', 'input']) {
        tr.addEventListener(type, () => heard.push(`row ${type}`));
        document.addEventListener(type, () => heard.push(`document ${type}`));
      }
    }, target.productOrderId);
    // both are required: nothing goes out without them
    await row.getByRole('button', { name: '배송 처리' }).click();
    await expect(row.locator('.problem').textContent()).resolves.toContain('택배사를 선택해 주세요');
    await row.getByRole('combobox', { name: '택배사' }).fill('대한통운');
    await row
      .getByRole('option', { name: /CJ대한통운/ })
      .first()
      .click();
    await row.getByRole('textbox', { name: '운송장 번호' }).fill('1234-5678-9012');
    await row.getByRole('textbox', { name: '운송장 번호' }).press('End');
    await expect(
      page.evaluate(() => (window as unknown as { pageHeard: string[] }).pageHeard),
    ).resolves.toEqual([]);
    await row.getByRole('button', { name: '배송 처리' }).click();
    await waitStatus(target.productOrderId, 'SHIPPING');
    const after = po(target.productOrderId)!;
    expect(after.productOrderStatus).toBe('DELIVERING');
    expect(after.delivery?.deliveryCompany).toBe('CJGLS');
    expect(after.delivery?.trackingNumber).toBe('123456789012');
    await expect(
      item(target.productOrderId).locator('[data-role="shipping"]').textContent(),
    ).resolves.toContain('123456789012');
  });

  it('선택 배송 처리 of two items in one dialog with 택배사 일괄 적용', async () => {
    await openOrdersPage(); // the page's own status column catches up
    const preparing = (await orders()).filter((o) => o.status === 'PREPARING').slice(0, 2);
    expect(preparing).toHaveLength(2);
    for (const o of preparing) {
      await page.locator(`tr[data-row-key="${o.productOrderId}"] input.row-check`).check();
    }
    const open = page.getByRole('button', { name: '선택 배송 처리 (2)' });
    await open.click();
    const dialog = page.locator('sixshop-link-layer [data-role="dispatch-dialog"]');
    await dialog.waitFor();
    for (const o of preparing) await expect(dialog.textContent()).resolves.toContain(o.productOrderId);
    // every row is checked before anything is sent
    await dialog.getByRole('button', { name: '배송 처리하기' }).click();
    await expect(dialog.locator('.problem').first().textContent()).resolves.toContain(
      '택배사를 선택해 주세요',
    );
    await dialog.getByRole('combobox', { name: '일괄 적용할 택배사' }).fill('롯데');
    await dialog.getByRole('button', { name: '택배사 일괄 적용' }).click();
    const tracking = ['600011112222', '600011113333'];
    for (const [i, o] of preparing.entries()) {
      await dialog
        .locator(`tr[data-product-order-id="${o.productOrderId}"]`)
        .getByRole('textbox', { name: /운송장 번호/ })
        .fill(tracking[i]!);
    }
    const before = new Set((await outbox()).map((r) => r.id));
    await dialog.getByRole('button', { name: '배송 처리하기' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    for (const o of preparing) await waitStatus(o.productOrderId, 'SHIPPING');
    expect(preparing.map((o) => po(o.productOrderId)?.delivery?.deliveryCompany)).toEqual([
      'HYUNDAI',
      'HYUNDAI',
    ]);
    expect(preparing.map((o) => po(o.productOrderId)?.delivery?.trackingNumber)).toEqual(tracking);
    const sent = (await outbox()).filter((r) => !before.has(r.id));
    expect(sent).toHaveLength(1); // one 배송 처리 with both items
    expect(sent[0]!.kind).toBe('dispatch');
    expect(sent[0]!.items.map((i) => i.productOrderId).sort()).toEqual(
      preparing.map((o) => o.productOrderId).sort(),
    );
  });

  it('a failed 배송 처리 shows why beside the item, and 다시 시도 sends the fixed tracking number', async () => {
    const target = (await orders()).find((o) => o.status === 'PREPARING')!;
    await reveal(target.productOrderId);
    const row = item(target.productOrderId);
    await row.getByRole('combobox', { name: '택배사' }).fill('cj');
    await row.getByRole('textbox', { name: '운송장 번호' }).fill('123456789012'); // another order's number
    await row.getByRole('button', { name: '배송 처리' }).click();
    const failed = row.locator('[data-role="progress"][data-state="failed"]');
    await failed.waitFor({ timeout: 30_000 });
    expect(await failed.textContent()).toContain('배송 처리 실패');
    expect(po(target.productOrderId)?.productOrderStatus).toBe('PAYED');
    await row.getByRole('textbox', { name: '운송장 번호' }).fill('700011112222');
    await row.getByRole('button', { name: '다시 시도' }).click();
    await waitStatus(target.productOrderId, 'SHIPPING');
    expect(po(target.productOrderId)?.delivery?.trackingNumber).toBe('700011112222');
  });

  it('취소 처리 of one 주문 확인 중 item with a reason: SmartStore shows the cancel', async () => {
    const target = (await orders()).find((o) => o.status === 'PAYMENT_CONFIRMING')!;
    await reveal(target.productOrderId);
    await item(target.productOrderId).getByRole('button', { name: '취소 처리' }).click();
    const dialog = page.locator('sixshop-link-layer [data-role="cancel-dialog"]');
    await dialog.waitFor();
    const reason = dialog.getByRole('combobox', { name: '취소 사유' });
    await expect(reason.inputValue()).resolves.toBe('SOLD_OUT');
    await reason.selectOption('DELAYED_DELIVERY');
    await dialog.getByRole('textbox', { name: /상세 사유/ }).fill('입고가 늦어져 취소합니다.');
    await expect(dialog.locator('[data-role="counter"]').textContent()).resolves.toBe('14/500');
    await dialog.getByRole('button', { name: '취소 처리 승인' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    await waitFor(() => {
      const p = po(target.productOrderId);
      return p?.claimType === 'CANCEL' || p?.productOrderStatus === 'CANCELED';
    }, 'the cancel in SmartStore');
    await waitFor(
      async () => ['CANCELED', 'CANCEL_REQUESTED'].includes((await statusOf(target.productOrderId)) ?? ''),
      'the cancel on the page',
    );
  });

  it('shows a return request read-only, with the way to SmartStore', async () => {
    const ret = (await orders()).find((o) => o.status === 'RETURN_REQUESTED')!;
    const row = item(ret.productOrderId);
    await reveal(ret.productOrderId);
    await expect(row.locator('[data-role="status"]').textContent()).resolves.toBe('반품 요청 중');
    await expect(row.locator('[data-role="claim"]').textContent()).resolves.toContain('반품');
    expect(await row.getByRole('button').count()).toBe(0);
    const link = row.getByRole('link', { name: '스마트스토어에서 처리' });
    await expect(link.getAttribute('href')).resolves.toContain(`productOrderNo=${ret.productOrderId}`);
  });

  it('follows the page when it renders its rows again, and on the order detail page', async () => {
    await openOrdersPage();
    const rows = await page.locator('tr.order-row').count();
    await scrollThrough();
    const hostsBefore = await page.locator('sixshop-link-row').count();
    await page.getByRole('button', { name: '새로고침' }).click();
    await page.locator('#order-panel[aria-busy="false"]').waitFor();
    await waitFor(
      async () =>
        (await scrollThrough()) === undefined &&
        (await page.locator('sixshop-link-row').count()) === rows &&
        (await page.locator('tr.order-row sixshop-link-row').count()) === rows,
      'controls on the re-rendered rows',
    );
    expect(hostsBefore).toBe(rows);

    const prepared = (await orders()).find((o) => o.status === 'SHIPPING')!;
    await page.goto(`${sandbox.demo.url}/sixshop/orders/${prepared.orderId}`);
    await page.locator('tr.order-item-row').first().waitFor();
    await waitStatus(prepared.productOrderId, 'SHIPPING');
    expect(await page.locator('sixshop-link-row').count()).toBe(
      await page.locator('tr.order-item-row').count(),
    );
  });

  it('works on the SmartStore seller-center page too (product and order numbers in one row)', async () => {
    await page.goto(`${sandbox.demo.url}/smartstore/orders#status=ALL&page=1&size=100`);
    await page.locator('tr.order-row').first().waitFor();
    await page.locator('sixshop-link-row').first().waitFor({ timeout: 20_000 });
    const stored = await orders();
    const first = stored.find((o) => o.status === 'SHIPPING')!;
    await waitStatus(first.productOrderId, 'SHIPPING');
    // one control per row, for the product order (not one more for the order number beside it)
    const rows = await page.locator('tr.order-row').count();
    expect(await page.locator('sixshop-link-row').count()).toBeLessThanOrEqual(rows);
  });

  it('전체 선택 selects every row of the page, also the ones below that were not read yet', async () => {
    // a short window: rows more than a screen below it are not read until they come near
    const size = page.viewportSize();
    await page.setViewportSize({ width: 1280, height: 240 });
    try {
      await openOrdersPage();
      await page.evaluate(() => window.scrollTo(0, 0));
      const stored = await orders();
      const rows = await page
        .locator('tr.order-row')
        .evaluateAll((trs) =>
          trs.map((r) => ({ key: r.getAttribute('data-row-key') ?? '', top: r.getBoundingClientRect().top })),
        );
      const idsOf = (key: string) =>
        stored.filter((o) => o.status === 'PREPARING' && (key === o.productOrderId || key === o.orderId));
      const preparing = new Set(rows.flatMap((r) => idsOf(r.key).map((o) => o.productOrderId)));
      // some of them are in rows well beyond the reading distance (a screen below the window)
      expect(rows.filter((r) => r.top > 3 * 240 && idsOf(r.key).length > 0).length).toBeGreaterThan(0);
      const waiting = async () =>
        (
          JSON.parse((await page.locator('sixshop-link-layer').getAttribute('data-stats')) ?? '{}') as {
            rowsWaiting?: number;
          }
        ).rowsWaiting ?? 0;
      await waitFor(async () => (await waiting()) > 0, 'rows below waiting to be read');
      const all = page.locator('input.check-all');
      await all.check(); // Playwright scrolls the box into view first
      const scrolled = await page.evaluate(() => window.scrollY);
      await page
        .getByRole('button', { name: `선택 배송 처리 (${preparing.size})` })
        .waitFor({ timeout: 20_000 });
      // the overlay reads the rows where they are: the page does not move
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
      await all.uncheck();
      await page.getByRole('button', { name: /선택 배송 처리/ }).waitFor({ state: 'detached' });
    } finally {
      if (size) await page.setViewportSize(size);
    }
  });

  it('reads ahead inside a scrolling box too: rows just below its edge are read before they show', async () => {
    const url = `${sandbox.demo.url}/bench/box`;
    await page.route(url, (route) => {
      const rows = Array.from({ length: 300 }, (_, i) => {
        const orderId = `50261127${String(i).padStart(6, '0')}00`;
        return `<tr style="height:30px"><td>${orderId}</td><td>상품 ${i}</td></tr>`;
      });
      void route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>box</title></head><body><div id="box" style="height:300px;overflow:auto"><table><tbody>${rows.join('')}</tbody></table></div></body></html>`,
      });
    });
    await page.goto(url);
    const stats = async () =>
      JSON.parse((await page.locator('sixshop-link-layer').getAttribute('data-stats')) ?? '{}') as {
        rowsScanned: number;
        rowsWaiting: number;
      };
    await page.locator('sixshop-link-layer').waitFor({ state: 'attached' });
    await waitFor(async () => (await stats()).rowsScanned > 0, 'the rows in the box read');
    const first = await stats();
    // ten rows show in the box; those within its height below them are read as well, the rest wait
    expect(first.rowsScanned).toBeGreaterThanOrEqual(18);
    expect(first.rowsScanned).toBeLessThan(100);
    expect(first.rowsScanned + first.rowsWaiting).toBe(300);
    await page.unroute(url);
  });

  it('reads only the rows near the viewport of a page of 2,000, and 100 rows added below wait until scrolled to', async () => {
    const url = `${sandbox.demo.url}/bench/orders`;
    await page.route(url, (route) => {
      const rows: string[] = [];
      for (let i = 0; i < 2000; i++) {
        const orderId = `30261127${String(i).padStart(6, '0')}00`;
        rows.push(
          `<tr><td><input type="checkbox"></td><td><a href="#">${orderId}</a></td><td>${orderId.slice(0, 14)}01</td><td>상품 ${i}</td><td>홍길동</td><td>2026-11-27 10:00</td><td><span>결제완료</span></td></tr>`,
        );
      }
      void route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>bench</title></head><body><table><tbody id="rows">${rows.join('')}</tbody></table></body></html>`,
      });
    });
    await page.goto(url);
    const stats = async () =>
      JSON.parse((await page.locator('sixshop-link-layer').getAttribute('data-stats')) ?? '{}') as {
        rowsScanned: number;
        rowsWaiting: number;
        fullScans: number;
        lastPass: { rows: number; ms: number; full: boolean };
        lookups: number;
      };
    await page.locator('sixshop-link-layer').waitFor({ state: 'attached' });
    await waitFor(async () => (await stats()).lookups >= 1, 'the rows in view looked up');
    const first = await stats();
    // the rows within a screen of the viewport are read; the other rows wait, every one of them
    expect(first.rowsScanned).toBeGreaterThan(10);
    expect(first.rowsScanned).toBeLessThan(200);
    expect(first.rowsScanned + first.rowsWaiting).toBe(2000);
    expect(first.fullScans).toBe(1);
    // one lookup for the rows in view (a second if drawing moved a few more rows within reach)
    expect(first.lookups).toBeLessThanOrEqual(2);
    console.info(
      `[overlay] 2,000 rows: ${first.rowsScanned} read at first (${first.lastPass.ms.toFixed(2)} ms), ${first.rowsWaiting} waiting`,
    );
    await page.evaluate(() => {
      const tbody = document.getElementById('rows')!;
      for (let i = 0; i < 100; i++) {
        const tr = document.createElement('tr');
        const td = document.createElement('td');
        td.textContent = `40261127${String(i).padStart(6, '0')}01`;
        tr.append(td);
        tbody.append(tr);
      }
    });
    await waitFor(async () => {
      const s = await stats();
      return s.rowsScanned + s.rowsWaiting === 2100;
    }, 'the added rows');
    // they wait: at most a few rows near the viewport were read meanwhile, not the 100 below
    expect((await stats()).rowsScanned - first.rowsScanned).toBeLessThan(20);
    // at the end of the page, the rows there are read (added ones among them), not the page
    const lookupsBefore = (await stats()).lookups;
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await waitFor(async () => (await stats()).lookups > lookupsBefore, 'the rows at the end looked up');
    const end = await stats();
    expect(end.rowsScanned - first.rowsScanned).toBeGreaterThan(10);
    expect(end.rowsScanned - first.rowsScanned).toBeLessThan(200);
    expect(end.fullScans).toBe(1);
    await page.unroute(url);
  });
});
