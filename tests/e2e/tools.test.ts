import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanCell } from '../../lib/bulk/cells';
import { decodeSheet } from '../../lib/bulk/decode';
import { parseDelimited } from '../../lib/bulk/delimited';
import { formatKst } from '../sandbox/commerce/clock';
import { COMMERCE_SEED } from '../sandbox/commerce/seed';
import { type CommerceEmulator, startCommerceEmulator } from '../sandbox/commerce/server';
import { SHOP_SEED } from '../sandbox/shop/seed';
import { type ShopEmulator, startShopEmulator } from '../sandbox/shop/server';
import { cp949 } from '../unit/bulk/encodings';
import { type ExtensionBrowser, launchExtension } from './browser';
import { readStore } from './extension-db';
import { connectShop, pointAtSandbox, sendFromPage, submitLink, waitReady } from './options-page';
import { waitFor } from './wait';

/**
 * 주문 도구 (tools.html) in real Chromium with the built extension: link seller A, collect orders, confirm some,
 * upload a Korean Excel CSV (CP949) for 대량 배송 처리, see the preview, send, see each row's result and download
 * it; export the order list and read it back with every number intact; claims with seller-center links; the
 * sync history with 지금 동기화; the 발송 기한 panel.
 */

const A = COMMERCE_SEED.sellers.A;
const DAY = 86_400_000;
const SHOTS = resolve('test-results/tools');

interface StoredOrder {
  accountId: string;
  productOrderId: string;
  orderId: string;
  status: string;
  data: { trackingNumber?: string; zipCode: string; receiverName: string };
}

let commerce: CommerceEmulator;
let shop: ShopEmulator;
let browser: ExtensionBrowser;
let options: Page;
let page: Page;
let accountId: string;
let overdueId: string;
const work = mkdtempSync(join(tmpdir(), 'ssl-tools-'));

const orders = async () => (await readStore(await browser.worker(), 'orders')) as StoredOrder[];
const po = (id: string) => commerce.scenario.getProductOrder(id)!;
const row = (line: number) => page.locator(`[data-testid="bulk-table"] tr[data-line="${line}"]`);

async function shot(name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, name), fullPage: true });
}

async function downloaded(click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const event = page.waitForEvent('download');
  await click();
  const d: Download = await event;
  const path = join(work, d.suggestedFilename());
  await d.saveAs(path);
  return { name: d.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

/** A CSV file read the way a spreadsheet shows it: BOM checked, cells split, ="…" evaluated. */
function sheetOf(bytes: Uint8Array): string[][] {
  const decoded = decodeSheet(bytes);
  expect(decoded).toMatchObject({ encoding: 'utf-8', bom: true });
  return parseDelimited(decoded.text, ',').records.map((r) => r.cells.map(cleanCell));
}

beforeAll(async () => {
  commerce = await startCommerceEmulator();
  shop = await startShopEmulator({
    commerceBaseUrl: commerce.url,
    agency: {
      clientId: COMMERCE_SEED.agencyApp.clientId,
      clientSecret: COMMERCE_SEED.agencyApp.clientSecret,
    },
    dataFile: join(work, 'shop.json'),
  });
  // paid five days ago and never confirmed: past its 발송 기한
  overdueId = commerce.scenario.addPaidOrder({
    sellerAccountId: A.accountId,
    paymentDate: formatKst(Date.now() - 5 * DAY),
  }).productOrderIds[0]!;
  browser = await launchExtension();
  options = await browser.openPage('options.html');
  await waitReady(options);
  await pointAtSandbox(options, { commerce: commerce.url, shop: shop.url });
  await connectShop(options, SHOP_SEED.key);
  const linked = await submitLink(options, {
    mode: 'AGENCY',
    alias: '하늘리빙',
    storeSlug: A.storeSlug,
    apiSellerId: A.accountId,
  });
  expect(linked.ok, linked.text).toBe(true);
  await sendFromPage(options, { type: 'sync.now', payload: {} });
  const paid = commerce.scenario
    .listProductOrders(A.accountId)
    .filter((p) => p.productOrderStatus !== 'PAYMENT_WAITING').length;
  await waitFor(async () => (await orders()).length >= paid, `${paid} orders in the extension`, 60_000);
  accountId = (await orders())[0]!.accountId;
});

afterAll(async () => {
  await browser?.close();
  await shop?.close();
  await commerce?.close();
});

describe('주문 도구 (real Chromium, built extension)', () => {
  let confirmedA: string[];
  let confirmedB: string;
  let seedPreparing: string;
  let unconfirmed: string;
  let sciId: string;

  it('confirms some orders from an extension page', async () => {
    const stored = await orders();
    const confirming = stored.filter(
      (o) => o.status === 'PAYMENT_CONFIRMING' && o.productOrderId !== overdueId,
    );
    const byOrder = new Map<string, string[]>();
    for (const o of confirming) byOrder.set(o.orderId, [...(byOrder.get(o.orderId) ?? []), o.productOrderId]);
    const multi = [...byOrder.entries()].find(([, ids]) => ids.length >= 2)!;
    const single = [...byOrder.entries()].find(([, ids]) => ids.length === 1)!;
    const reply = await sendFromPage<{ ok: boolean; data: { items: Array<{ state: string }> } }>(options, {
      type: 'orders.confirm',
      payload: { requestId: `e2e_tools_${Date.now()}`, accountId, orderIds: [multi[0], single[0]] },
    });
    expect(reply.ok).toBe(true);
    expect(reply.data.items.every((i) => i.state === 'done')).toBe(true);
    confirmedA = multi[1];
    confirmedB = single[1][0]!;
    await waitFor(
      async () =>
        (await orders()).filter(
          (o) => [...confirmedA, confirmedB].includes(o.productOrderId) && o.status === 'PREPARING',
        ).length ===
        confirmedA.length + 1,
      'confirmed orders 배송 준비 중',
    );
    const after = await orders();
    seedPreparing = after.find(
      (o) => o.status === 'PREPARING' && ![...confirmedA, confirmedB].includes(o.productOrderId),
    )!.productOrderId;
    sciId = after.filter(
      (o) =>
        o.status === 'PREPARING' && ![...confirmedA, confirmedB, seedPreparing].includes(o.productOrderId),
    )[0]!.productOrderId;
    unconfirmed = after.find(
      (o) =>
        o.status === 'PAYMENT_CONFIRMING' &&
        o.productOrderId !== overdueId &&
        !multi[1].includes(o.productOrderId),
    )!.productOrderId;
  });

  it('opens tools.html with the 발송 기한 panel showing the overdue item', async () => {
    page = await browser.openPage('tools.html');
    await page.locator('main.tools[data-ready="true"]').waitFor({ timeout: 15_000 });
    await page.getByRole('heading', { name: '주문 도구' }).waitFor();
    const panel = page.locator('[data-testid="deadline-panel"]');
    await panel.waitFor();
    expect(await panel.locator('[data-count="overdue"]').textContent()).toContain('지남 1건');
    await panel.locator(`li[data-product-order-id="${overdueId}"]`).waitFor();
    expect(await panel.locator(`li[data-product-order-id="${overdueId}"]`).textContent()).toContain(
      '발송 기한 지남',
    );
    expect(await page.getByRole('tab', { name: '대량 배송 처리' }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  it('uploads a CP949 CSV from Excel, previews every row with its reason, sends the ready ones, shows and downloads each result', async () => {
    const [a1, a2] = confirmedA as [string, string];
    const file = join(work, '송장_일괄.csv');
    writeFileSync(
      file,
      cp949(
        [
          '상품주문번호,수취인명,택배사,송장번호', // 1
          `${a1},김하늘,CJ대한통운,601234577011`, // 2 ready (합포장)
          `${a2},김하늘,대한통운,601234577011`, // 3 ready (합포장)
          `${confirmedB},이바다,롯데,401234577022`, // 4 ready
          `${seedPreparing},박구름,우체국택배,6865012377033`, // 5 ready
          `${unconfirmed},최들,한진,598700077044`, // 6 주문 확인 중
          '2026010199999901,정별,로젠,31234577055', // 7 unknown order
          `${sciId},한솔,CJ대한통운,6.01235E+11`, // 8 Excel's scientific notation
          `${sciId},한솔,똠택배,601234577066`, // 9 CP949-only syllable in an unknown carrier (and a conflict with 8)
        ].join('\r\n'),
      ),
    );
    await page.setInputFiles('#bulk-file', file);
    const preview = page.locator('[data-testid="bulk-preview"]');
    await preview.waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid="sheet-info"]').textContent()).toContain('CP949');
    expect(await preview.locator('[data-count="ready"]').textContent()).toContain('4');
    expect(await preview.locator('[data-count="problems"]').textContent()).toContain('4');
    for (const line of [2, 3, 4, 5]) expect(await row(line).getAttribute('data-state')).toBe('ready');
    for (const line of [6, 7, 8, 9]) expect(await row(line).getAttribute('data-state')).toBe('wrong');
    expect(await row(3).textContent()).toContain('합포장');
    expect(await row(4).textContent()).toContain('롯데택배');
    expect(await row(6).locator('[data-role="reason"]').textContent()).toContain('발주 확인');
    expect(await row(7).locator('[data-role="reason"]').textContent()).toContain('찾을 수 없는');
    expect(await row(8).locator('[data-role="reason"]').textContent()).toContain('지수 표기');
    // Chromium's decoder reads CP949's extension syllables: the seller's own words come back
    expect(await row(9).locator('[data-role="reason"]').textContent()).toContain('"똠택배"');
    await shot('1-bulk-preview.png');

    const before = commerce.requests.filter((r) => r.api === 'orders.dispatch').length;
    await page.locator('[data-testid="bulk-send"]').click();
    const counts = page.locator('[data-testid="result-counts"]');
    await counts.waitFor({ timeout: 30_000 });
    await waitFor(
      async () => ((await counts.locator('[data-count="done"]').textContent()) ?? '').includes('4'),
      '4 done',
    );
    for (const line of [2, 3, 4, 5]) expect(await row(line).getAttribute('data-outcome')).toBe('done');
    for (const line of [6, 7, 8, 9]) expect(await row(line).getAttribute('data-outcome')).toBe('not-sent');
    expect(commerce.requests.filter((r) => r.api === 'orders.dispatch').length - before).toBe(1);
    for (const [id, company, tracking] of [
      [a1, 'CJGLS', '601234577011'],
      [a2, 'CJGLS', '601234577011'],
      [confirmedB, 'HYUNDAI', '401234577022'],
      [seedPreparing, 'EPOST', '6865012377033'],
    ] as const) {
      expect(po(id).productOrderStatus).toBe('DELIVERING');
      expect(po(id).delivery).toMatchObject({ deliveryCompany: company, trackingNumber: tracking });
    }
    expect(po(sciId).productOrderStatus).toBe('PAYED');
    expect(po(sciId).delivery).toBeUndefined();
    expect(po(unconfirmed).placeOrderStatus).toBe('NOT_YET');
    await shot('2-bulk-results.png');

    const result = await downloaded(() => page.locator('[data-testid="bulk-download"]').click());
    expect(result.name).toMatch(/^스마트스토어_배송처리결과_\d{8}_\d{4}\.csv$/);
    expect([...result.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = sheetOf(result.bytes);
    expect(table[0]).toEqual([
      '행',
      '상품주문번호',
      '주문번호',
      '택배사',
      '송장번호',
      '상품명',
      '수취인',
      '계정',
      '결과',
      '사유',
      '오류코드',
    ]);
    const byLine = new Map(table.slice(1).map((r) => [r[0], r]));
    expect(byLine.get('2')?.slice(1, 5)).toEqual([a1, po(a1).orderId, 'CJ대한통운', '601234577011']);
    expect(byLine.get('2')?.[8]).toBe('완료');
    expect(byLine.get('5')?.[4]).toBe('6865012377033');
    expect(byLine.get('8')?.[8]).toBe('보내지 않음');
    expect(byLine.get('8')?.[9]).toContain('지수 표기');
  });

  it('exports the order list as a CSV whose numbers survive', async () => {
    await page.getByRole('tab', { name: '주문 내보내기' }).click();
    await page.locator('#export-from').fill('2020-01-01');
    await page.getByRole('button', { name: '전체', exact: true }).click();
    const list = page.locator('[data-testid="export-list"]');
    await list.waitFor();
    const stored = (await orders()).filter((o) => o.accountId === accountId);
    await waitFor(
      async () =>
        (await page.locator('[data-testid="export-count"]').textContent()) === String(stored.length),
      'every order listed',
    );
    await list.locator(`tr[data-product-order-id="${overdueId}"].row--overdue`).waitFor();
    await shot('3-export.png');
    const file = await downloaded(() => page.locator('[data-testid="export-download"]').click());
    expect(file.name).toMatch(/^스마트스토어_주문_\d{8}_\d{4}\.csv$/);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n').length).toBe(stored.length + 2);
    const table = sheetOf(file.bytes);
    const header = table[0]!;
    expect(header.slice(0, 4)).toEqual(['상품주문번호', '주문번호', '상태', '결제일']);
    for (const h of [
      '수취인',
      '연락처',
      '주소',
      '우편번호',
      '상품명',
      '옵션',
      '수량',
      '배송메모',
      '송장번호',
    ])
      expect(header).toContain(h);
    const col = (name: string) => header.indexOf(name);
    const byId = new Map(table.slice(1).map((r) => [r[0], r]));
    expect([...byId.keys()].sort()).toEqual(stored.map((o) => o.productOrderId).sort());
    for (const o of stored) {
      const r = byId.get(o.productOrderId)!;
      expect(r[col('주문번호')]).toBe(o.orderId);
      expect(r[col('우편번호')]).toBe(o.data.zipCode);
      expect(r[col('수취인')]).toBe(o.data.receiverName);
      expect(r[col('송장번호')]).toBe(o.data.trackingNumber ?? '');
    }
    expect(byId.get(confirmedB)?.[col('송장번호')]).toBe('401234577022');
    expect(byId.get(confirmedB)?.[col('상태')]).toBe('배송 중');
    // Excel shows ="…" as the digits themselves
    expect(text).toContain(`"=""${confirmedB}"""`);
  });

  it('lists claims, each opening that order in the SmartStore seller center', async () => {
    await page.getByRole('tab', { name: '클레임' }).click();
    const table = page.locator('[data-testid="claims-table"]');
    await table.waitFor();
    const text = await table.textContent();
    expect(text).toContain('반품');
    expect(text).toContain('교환');
    expect(text).toContain('상품 파손');
    const first = table.locator('tbody tr').first();
    const id = await first.getAttribute('data-product-order-id');
    expect(await first.locator('a[data-role="seller-center"]').getAttribute('href')).toBe(
      `https://sell.smartstore.naver.com/o/v3/manage/order/detail?productOrderNo=${id}`,
    );
    expect(await first.locator('a[data-role="seller-center"]').getAttribute('target')).toBe('_blank');
    await shot('4-claims.png');
  });

  it('shows the sync history and collects again with 지금 동기화', async () => {
    await page.getByRole('tab', { name: '동기화 기록' }).click();
    const card = page.locator(`[data-testid="sync-account"][data-account-id="${accountId}"]`);
    await card.waitFor();
    const rows = card.locator('tbody tr');
    const before = await rows.count();
    expect(before).toBeGreaterThan(0);
    expect(await rows.first().getAttribute('data-ok')).toBe('true');
    commerce.scenario.addPaidOrder({ sellerAccountId: A.accountId });
    await card.getByRole('button', { name: '지금 동기화' }).click();
    await waitFor(async () => (await rows.count()) > before, 'a new sync entry', 60_000);
    await card.getByRole('status').waitFor();
    expect(await card.getByRole('status').textContent()).toContain('동기화했습니다');
    expect(await rows.first().textContent()).toContain('성공');
    await shot('5-sync.png');
  });
});
