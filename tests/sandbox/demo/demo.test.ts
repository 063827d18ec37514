import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { marketStatusOf } from '../../../lib/orders/status';
import type { MarketAccount, MarketOrder } from '../../../lib/sixshop/schemas';
import { signClientSecret } from '../../../lib/smartstore/signature';
import { COMMERCE_SEED } from '../commerce/seed';
import { seedProductBody } from '../commerce/seed-catalog';
import { type CommerceEmulator, startCommerceEmulator } from '../commerce/server';
import { SHOP_SEED } from '../shop/seed';
import { type ShopEmulator, startShopEmulator } from '../shop/server';
import { escapeHtml, html } from './escape';
import { type DemoPages, startDemoPages } from './server';
import type { ShopOrderDetail, ShopOrderList, ShopProductList } from './sixshop-data';
import type { SmartStoreOrderList, SmartStoreProductList } from './smartstore-data';

const SELLER_A = COMMERCE_SEED.sellers.A.accountId;
const AGENCY = {
  clientId: COMMERCE_SEED.agencyApp.clientId,
  clientSecret: COMMERCE_SEED.agencyApp.clientSecret,
};
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Markup that would run if a page put data into innerHTML. */
const HOSTILE = {
  smartStoreProduct: `<img src=x onerror="window.__demoXss='smartstore-product'">도자기 머그`,
  buyer: `<script>window.__demoXss='buyer'</script>김철수`,
  alias: '<i onclick=alert(1)>하늘</i>',
  shopProduct: `<img src=x onerror="window.__demoXss='shop-product'">린넨 쿠션`,
  shopName: '<script>alert("shop")</script>모래상점',
} as const;

type ProductOrder = ReturnType<CommerceEmulator['scenario']['listProductOrders']>[number];

let commerce: CommerceEmulator;
let shop: ShopEmulator;
let demo: DemoPages;
let account: MarketAccount;
let hostileOrderId: string;
let hostileProductNo: number;
let waitingIds: string[];

async function getText(
  path: string,
  base = demo.url,
): Promise<{ status: number; type: string; text: string }> {
  const res = await fetch(`${base}${path}`);
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(`${demo.url}${path}`);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type')).toContain('application/json');
  return (await res.json()) as T;
}

async function shopApi(method: string, path: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${shop.url}/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${SHOP_SEED.key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json: unknown = await res.json();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** What the extension pushes to the shop for a SmartStore product order (undefined before payment). */
function marketOrderOf(po: ProductOrder): MarketOrder | undefined {
  const order = commerce.scenario.getOrder(po.orderId);
  const status = marketStatusOf(po);
  if (!order || !status) return undefined;
  const a = po.shippingAddress;
  return {
    productOrderId: po.productOrderId,
    orderId: po.orderId,
    status,
    productName: po.productName,
    ...(po.productOption ? { optionText: po.productOption } : {}),
    quantity: po.quantity,
    amount: po.totalPaymentAmount,
    buyerName: order.ordererName,
    receiverName: a.name,
    receiverPhone: a.tel1,
    zipCode: a.zipCode,
    address: a.baseAddress,
    addressDetail: a.detailedAddress,
    ...(po.shippingMemo ? { memo: po.shippingMemo } : {}),
    ...(po.delivery?.deliveryCompany ? { courierCode: po.delivery.deliveryCompany } : {}),
    ...(po.delivery?.trackingNumber ? { trackingNumber: po.delivery.trackingNumber } : {}),
    orderedAt: iso(order.orderDate),
    paidAt: iso(order.paymentDate ?? order.orderDate),
    updatedAt: iso(po.lastChangedDate),
  };
}

/** `POST /v2/products` as seller A's own application: token (bcrypt-signed), then the product. */
async function registerSmartStoreProduct(body: unknown): Promise<number> {
  const { clientId, clientSecret } = COMMERCE_SEED.selfApp;
  const timestamp = commerce.scenario.now();
  const tokenRes = await fetch(`${commerce.url}/external/v1/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: clientId,
      timestamp: String(timestamp),
      client_secret_sign: signClientSecret(clientId, clientSecret, timestamp),
      grant_type: 'client_credentials',
      type: 'SELF',
    }).toString(),
  });
  const token = (await tokenRes.json()) as { access_token?: string };
  expect(tokenRes.status, JSON.stringify(token)).toBe(200);
  const res = await fetch(`${commerce.url}/external/v2/products`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token.access_token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const created = (await res.json()) as { originProductNo?: number };
  expect(res.status, JSON.stringify(created)).toBe(200);
  return created.originProductNo ?? 0;
}

function paidProductOrders(): ProductOrder[] {
  return commerce.scenario
    .listProductOrders(SELLER_A)
    .filter((po) => po.productOrderStatus !== 'PAYMENT_WAITING');
}

beforeAll(async () => {
  commerce = await startCommerceEmulator();
  shop = await startShopEmulator({ commerceBaseUrl: commerce.url, agency: AGENCY });
  demo = await startDemoPages({ commerce, shop, sellerAccountId: SELLER_A });

  // A SmartStore product and an order whose names are markup, through the Commerce API and the scenario.
  const [first] = commerce.scenario.listProducts(SELLER_A);
  const image = first?.originProduct.images?.representativeImage?.url ?? '';
  const body = seedProductBody(
    { name: HOSTILE.smartStoreProduct, category: '50000805', price: 15000, stock: 30 },
    99,
    { storeName: '하늘리빙', asPhone: '02-6952-1180', courier: 'CJGLS', sellerCodePrefix: 'HL' },
    { representative: image, optional: [] },
  );
  hostileProductNo = await registerSmartStoreProduct(body);
  hostileOrderId = commerce.scenario.addPaidOrder({
    sellerAccountId: SELLER_A,
    items: [{ originProductNo: hostileProductNo, quantity: 2 }],
    buyer: { name: HOSTILE.buyer },
  }).orderId;
  waitingIds = commerce.scenario.addOrders({
    sellerAccountId: SELLER_A,
    count: 2,
    status: 'PAYMENT_WAITING',
  }).productOrderIds;

  // The shop gets the account and its orders the way the extension sends them.
  account = (await shopApi('POST', '/market-accounts', {
    market: 'SMARTSTORE',
    alias: HOSTILE.alias,
    storeSlug: COMMERCE_SEED.sellers.A.storeSlug,
    apiSellerId: SELLER_A,
    linkMode: 'AGENCY',
  })) as MarketAccount;
  const orders = paidProductOrders().flatMap((po) => marketOrderOf(po) ?? []);
  await shopApi('PUT', `/market-accounts/${account.id}/orders`, { orders });
  await shopApi('POST', '/products', {
    name: HOSTILE.shopProduct,
    price: 19000,
    stock: 10,
    detailHtml: '<p>린넨 쿠션</p>',
    images: [`${shop.url}/images/1.png`],
    status: 'ON_SALE',
  });
});

afterAll(async () => {
  await Promise.allSettled([demo?.close(), shop?.close(), commerce?.close()]);
});

describe('escaping', () => {
  it('escapes the five HTML metacharacters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
    expect(escapeHtml(undefined)).toBe('');
    expect(html`<td>${HOSTILE.buyer}</td>`.value).toBe(
      '<td>&lt;script&gt;window.__demoXss=&#39;buyer&#39;&lt;/script&gt;김철수</td>',
    );
    expect(html`<ul>${['<b>', '&'].map((s) => html`<li>${s}</li>`)}</ul>`.value).toBe(
      '<ul><li>&lt;b&gt;</li><li>&amp;</li></ul>',
    );
  });

  it('escapes an order number taken from the address', async () => {
    const page = await getText('/sixshop/orders/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(page.status).toBe(200);
    expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.text).not.toContain('<script>alert(1)');
  });

  it('escapes a hostile shop name in every header', async () => {
    const hostileShop = await startShopEmulator({
      commerceBaseUrl: commerce.url,
      agency: AGENCY,
      shops: [{ key: 'k-hostile', shopId: 'shop_hostile', shopName: HOSTILE.shopName }],
    });
    const pages = await startDemoPages({ commerce, shop: hostileShop, sellerAccountId: SELLER_A });
    try {
      for (const path of ['/', '/sixshop/orders', '/sixshop/products', '/sixshop/orders/1']) {
        const page = await getText(path, pages.url);
        expect(page.text, path).toContain('&lt;script&gt;alert(&quot;shop&quot;)&lt;/script&gt;모래상점');
        expect(page.text, path).not.toContain(HOSTILE.shopName);
      }
    } finally {
      await pages.close();
      await hostileShop.close();
    }
  });
});

describe('pages', () => {
  it('serves an index in Korean that links to every page', async () => {
    const page = await getText('/');
    expect(page.type).toContain('text/html');
    expect(page.text).toContain('<title>샌드박스 판매자 페이지</title>');
    for (const href of [
      '/sixshop/orders',
      '/sixshop/products',
      '/smartstore/orders',
      '/smartstore/products',
    ]) {
      expect(page.text).toContain(`href="${href}"`);
    }
    expect(page.text).toMatch(/href="\/sixshop\/orders\/\d{16}"/);
  });

  it('serves shells that render their rows after load', async () => {
    const cases: [string, string, string][] = [
      ['/sixshop/orders', 'order-rows', 'sixshop-orders.js'],
      [`/sixshop/orders/${hostileOrderId}`, 'item-rows', 'sixshop-order-detail.js'],
      ['/sixshop/products', 'product-rows', 'sixshop-products.js'],
      ['/smartstore/orders', 'order-rows', 'smartstore-orders.js'],
      ['/smartstore/products', 'product-rows', 'smartstore-products.js'],
    ];
    for (const [path, body, script] of cases) {
      const page = await getText(path);
      expect(page.status, path).toBe(200);
      expect(page.text).toContain(`<tbody id="${body}"><tr class="placeholder-row">`);
      expect(page.text).toContain(`<script type="module" src="/static/${script}"></script>`);
      expect(page.text).toContain('data-load-delay="300"');
      const js = await getText(`/static/${script}`);
      expect(js.status).toBe(200);
      expect(js.type).toContain('javascript');
      expect(js.text).not.toContain('innerHTML');
    }
    expect((await getText('/static/common.js')).text).not.toContain('innerHTML');
    expect((await getText('/static/demo.css')).type).toContain('text/css');
    expect((await getText('/static/../server.ts')).status).toBe(404);
    expect((await getText('/nowhere')).status).toBe(404);
  });

  it('shows the Korean column headers the extension looks for', async () => {
    const sixshop = (await getText('/sixshop/orders')).text;
    for (const label of [
      '주문번호',
      '상품주문번호',
      '판매채널',
      '상품명/옵션',
      '결제금액',
      '주문자',
      '수령인',
    ]) {
      expect(sixshop).toContain(`>${label}</th>`);
    }
    for (const tab of ['주문 확인 중', '배송 준비 중', '배송 중', '배송 완료', '취소·반품·교환']) {
      expect(sixshop).toContain(tab);
    }
    const smartstore = (await getText('/smartstore/orders')).text;
    for (const label of [
      '상품주문번호',
      '주문번호',
      '주문상태',
      '발주확인',
      '구매자명',
      '수취인명',
      '결제일',
    ]) {
      expect(smartstore).toContain(`>${label}</th>`);
    }
    const products = (await getText('/smartstore/products')).text;
    for (const label of ['원상품번호', '채널상품번호', '판매상태', '재고수량', '등록일']) {
      expect(products).toContain(`>${label}</th>`);
    }
  });
});

describe('SmartStore data', () => {
  it('lists every paid product order of the seller and no order waiting for payment', async () => {
    const list = await getJson<SmartStoreOrderList>('/api/smartstore/orders?size=100');
    const ids = list.items.map((o) => o.productOrderId);
    expect(new Set(ids)).toEqual(new Set(paidProductOrders().map((po) => po.productOrderId)));
    expect(list.total).toBe(ids.length);
    for (const id of waitingIds) expect(ids).not.toContain(id);
    const seededWaiting = commerce.scenario
      .listProductOrders(SELLER_A)
      .filter((po) => po.productOrderStatus === 'PAYMENT_WAITING');
    expect(seededWaiting.length).toBeGreaterThan(waitingIds.length);
    for (const po of seededWaiting) expect(ids).not.toContain(po.productOrderId);
    for (const o of list.items) {
      expect(o.productOrderId).toMatch(/^\d{16}$/);
      expect(o.orderId).toMatch(/^\d{16}$/);
    }
    expect(list.items.every((o) => o.statusLabel !== '입금대기')).toBe(true);
  });

  it('labels statuses in Korean, newest payment first, and keeps hostile text as data', async () => {
    const list = await getJson<SmartStoreOrderList>('/api/smartstore/orders?size=100');
    const hostile = list.items.find((o) => o.orderId === hostileOrderId);
    expect(hostile).toMatchObject({
      productName: HOSTILE.smartStoreProduct,
      ordererName: HOSTILE.buyer,
      status: 'PAYED',
      statusLabel: '결제완료',
      placeOrderLabel: '미확인',
      quantity: 2,
    });
    expect(list.items[0]?.orderId).toBe(hostileOrderId);
    const labels = new Set(list.items.map((o) => o.statusLabel));
    for (const label of ['결제완료', '배송중', '배송완료', '구매확정', '취소완료'])
      expect(labels).toContain(label);
    expect(list.items.some((o) => o.placeOrderLabel === '발주확인')).toBe(true);
    expect(list.items.some((o) => o.claimLabel === '반품 요청')).toBe(true);
    expect(list.summary.find((s) => s.key === 'new')?.count).toBeGreaterThan(0);
  });

  it('filters by status and pages', async () => {
    const delivering = await getJson<SmartStoreOrderList>('/api/smartstore/orders?status=DELIVERING');
    expect(delivering.items.length).toBeGreaterThan(0);
    expect(delivering.items.every((o) => o.status === 'DELIVERING' && o.statusLabel === '배송중')).toBe(true);
    const waiting = await getJson<SmartStoreOrderList>('/api/smartstore/orders?status=PAYMENT_WAITING');
    expect(waiting.status).toBe('ALL');
    const page2 = await getJson<SmartStoreOrderList>('/api/smartstore/orders?page=2&size=10');
    const all = await getJson<SmartStoreOrderList>('/api/smartstore/orders?size=100');
    expect(page2.page).toBe(2);
    expect(page2.items.map((o) => o.productOrderId)).toEqual(
      all.items.slice(10, 20).map((o) => o.productOrderId),
    );
  });

  it('shows what changed on the next load', async () => {
    const before = await getJson<SmartStoreOrderList>('/api/smartstore/orders?size=100');
    const { productOrderIds } = commerce.scenario.addPaidOrder({ sellerAccountId: SELLER_A });
    const after = await getJson<SmartStoreOrderList>('/api/smartstore/orders?size=100');
    expect(after.total).toBe(before.total + 1);
    expect(after.items[0]?.productOrderId).toBe(productOrderIds[0]);
  });

  it('lists the seller products with both numbers and Korean sale states', async () => {
    const list = await getJson<SmartStoreProductList>('/api/smartstore/products?size=100');
    const products = commerce.scenario.listProducts(SELLER_A);
    expect(new Set(list.items.map((p) => p.originProductNo))).toEqual(
      new Set(products.map((p) => String(p.originProductNo))),
    );
    const hostile = list.items.find((p) => p.originProductNo === String(hostileProductNo));
    expect(hostile).toMatchObject({
      name: HOSTILE.smartStoreProduct,
      statusLabel: '판매중',
      salePrice: 15000,
    });
    expect(hostile?.channelProductNo).toMatch(/^\d+$/);
    expect(list.items.some((p) => p.statusLabel === '판매중지')).toBe(true);
    const suspended = await getJson<SmartStoreProductList>('/api/smartstore/products?status=SUSPENSION');
    expect(suspended.items.length).toBeGreaterThan(0);
    expect(suspended.items.every((p) => p.status === 'SUSPENSION')).toBe(true);
  });
});

describe('Sixshop Pro data', () => {
  it('lists the market orders the shop holds, grouped by order, with the account alias', async () => {
    const list = await getJson<ShopOrderList>('/api/sixshop/orders?size=100');
    const held = shop.state().shops[SHOP_SEED.shopId]?.marketOrders[account.id] ?? [];
    expect(held.length).toBeGreaterThan(30);
    const items = list.groups.flatMap((g) => g.items);
    expect(new Set(items.map((i) => i.productOrderId))).toEqual(new Set(held.map((o) => o.productOrderId)));
    expect(list.total).toBe(new Set(held.map((o) => o.orderId)).size);
    for (const g of list.groups) {
      expect(g.items.every((i) => i.orderId === g.orderId)).toBe(true);
      expect(g.channel).toBe(`스마트스토어 (${HOSTILE.alias})`);
    }
    expect(list.groups.some((g) => g.items.length > 1)).toBe(true);
    expect(list.groups[0]?.orderId).toBe(hostileOrderId);
    expect(list.groups[0]?.items[0]).toMatchObject({
      productName: HOSTILE.smartStoreProduct,
      buyerName: HOSTILE.buyer,
      statusLabel: '주문 확인 중',
    });
  });

  it('counts and filters by tab', async () => {
    const all = await getJson<ShopOrderList>('/api/sixshop/orders?size=100');
    const confirming = await getJson<ShopOrderList>('/api/sixshop/orders?tab=confirming&size=100');
    expect(confirming.tab).toBe('confirming');
    const items = confirming.groups.flatMap((g) => g.items);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.status === 'PAYMENT_CONFIRMING')).toBe(true);
    expect(all.tabs.find((t) => t.key === 'confirming')?.count).toBe(confirming.total);
    const claims = await getJson<ShopOrderList>('/api/sixshop/orders?tab=claims&size=100');
    const claimStatuses = new Set(claims.groups.flatMap((g) => g.items.map((i) => i.status)));
    expect(claimStatuses).toContain('RETURN_REQUESTED');
    expect(claimStatuses).toContain('CANCELED');
    expect(all.tabs.map((t) => t.label)).toEqual([
      '전체',
      '주문 확인 중',
      '배송 준비 중',
      '배송 중',
      '배송 완료',
      '취소·반품·교환',
    ]);
  });

  it('shows an order in detail, and 404 for an unknown order', async () => {
    const detail = await getJson<ShopOrderDetail>(`/api/sixshop/orders/${hostileOrderId}`);
    expect(detail.order).toMatchObject({ orderId: hostileOrderId, buyerName: HOSTILE.buyer });
    expect(detail.items.map((i) => i.productOrderId)).toEqual(
      commerce.scenario.getOrder(hostileOrderId)?.productOrderIds,
    );
    const shipped = (await getJson<ShopOrderList>('/api/sixshop/orders?tab=shipping')).groups[0];
    const withTracking = await getJson<ShopOrderDetail>(`/api/sixshop/orders/${shipped?.orderId}`);
    expect(withTracking.items[0]?.trackingNumber).toMatch(/^\d+$/);
    expect(withTracking.items[0]?.courier).not.toBe('');
    const missing = await fetch(`${demo.url}/api/sixshop/orders/0000000000000000`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toContain('주문을 찾을 수 없습니다');
  });

  it('lists the shop products, newest first, and searches', async () => {
    const list = await getJson<ShopProductList>('/api/sixshop/products?size=100');
    const products = shop.state().shops[SHOP_SEED.shopId]?.products ?? [];
    expect(list.total).toBe(products.length);
    expect(list.items[0]).toMatchObject({ name: HOSTILE.shopProduct, statusLabel: '판매 중' });
    expect(list.items[0]?.image).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/images\/1\.png$/);
    const found = await getJson<ShopProductList>(`/api/sixshop/products?q=${encodeURIComponent('머그컵')}`);
    expect(found.items.map((p) => p.name)).toEqual(['수제 도자기 머그컵 350ml']);
  });
});

/** Chromium is installed by `npm test` (scripts/ensure-chromium.mjs) before any test runs. */
describe('in Chromium', () => {
  it('renders the rows after load, as text, and re-renders without leaving the page', async () => {
    const shots = process.env.DEMO_SCREENSHOT_DIR ?? mkdtempSync(join(tmpdir(), 'demo-pages-'));
    mkdirSync(shots, { recursive: true });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'ko-KR' });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const injected = () => page.evaluate(() => (window as unknown as { __demoXss?: string }).__demoXss);

      // SmartStore orders: empty shell first, rows after the delay.
      // What the table holds when the document is parsed (read inside the page, so machine load cannot race it).
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          (window as unknown as { __shellRows: number[] }).__shellRows = [
            document.querySelectorAll('#order-rows tr.placeholder-row').length,
            document.querySelectorAll('#order-rows tr.order-row').length,
          ];
        });
      });
      await page.goto(`${demo.url}/smartstore/orders#status=ALL&page=1&size=100`, {
        waitUntil: 'domcontentloaded',
      });
      expect(await page.evaluate(() => (window as unknown as { __shellRows: number[] }).__shellRows)).toEqual(
        [1, 0],
      );
      await page.waitForSelector('#order-rows tr.order-row');
      await page.evaluate(() => {
        (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
      });
      const ids = await page.locator('#order-rows tr.order-row td.col-product-order-no').allTextContents();
      expect(ids.length).toBe(paidProductOrders().length);
      expect(ids.every((id) => /^\d{16}$/.test(id))).toBe(true);
      for (const id of waitingIds) expect(ids).not.toContain(id);
      const hostileRow = page.locator(`#order-rows tr[data-row-key="${hostileOrderId.slice(0, 14)}01"]`);
      expect(await hostileRow.locator('td.col-product').textContent()).toBe(HOSTILE.smartStoreProduct);
      expect(await hostileRow.locator('td.col-buyer').textContent()).toBe(HOSTILE.buyer);
      expect(await page.locator('#order-rows img').count()).toBe(0);
      await page.screenshot({ path: join(shots, 'smartstore-orders.png'), fullPage: false });
      expect(await injected()).toBeUndefined();

      await page.selectOption('#status-filter', 'DELIVERING');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('#order-rows td.col-status .status')].every(
          (s) => s.textContent === '배송중',
        ),
      );
      expect(await page.evaluate(() => location.hash)).toContain('status=DELIVERING');
      expect(
        await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
      ).toBe(true);

      // Sixshop orders: a tab switch uses pushState.
      await page.goto(`${demo.url}/sixshop/orders`);
      await page.waitForSelector('#order-rows tr.order-row');
      await page.evaluate(() => {
        (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
      });
      const first = page.locator('#order-rows tr.order-group-first').first();
      expect(await first.locator('td.col-order-no').textContent()).toBe(hostileOrderId);
      expect(await first.locator('td.col-channel').textContent()).toBe(`스마트스토어 (${HOSTILE.alias})`);
      await page.screenshot({ path: join(shots, 'sixshop-orders.png') });
      expect(await injected()).toBeUndefined();
      await page.click('a.tab[data-tab="shipping"]');
      await page.waitForFunction(() => {
        const labels = [...document.querySelectorAll('#order-rows td.col-status .status')];
        return labels.length > 0 && labels.every((s) => s.textContent === '배송 중');
      });
      expect(new URL(page.url()).search).toBe('?tab=shipping');
      expect(
        await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
      ).toBe(true);
      await page.goBack();
      await page.waitForFunction(() =>
        [...document.querySelectorAll('#order-rows td.col-status .status')].some(
          (s) => s.textContent !== '배송 중',
        ),
      );

      // Detail, products: hostile names stay text.
      await page.goto(`${demo.url}/sixshop/orders/${hostileOrderId}`);
      await page.waitForSelector('#item-rows tr.order-item-row');
      expect(await page.locator('#info-buyer').textContent()).toBe(HOSTILE.buyer);
      await page.screenshot({ path: join(shots, 'sixshop-order-detail.png') });
      expect(await injected()).toBeUndefined();
      await page.goto(`${demo.url}/sixshop/products`);
      await page.waitForSelector('#product-rows tr.product-row');
      expect(
        await page.locator('#product-rows tr.product-row td.col-product .product-name').first().textContent(),
      ).toBe(HOSTILE.shopProduct);
      expect(await page.locator('#product-rows img.thumb').count()).toBeGreaterThan(0);
      expect(await page.locator('#product-rows img:not(.thumb)').count()).toBe(0);
      await page.screenshot({ path: join(shots, 'sixshop-products.png') });
      expect(await injected()).toBeUndefined();
      await page.goto(`${demo.url}/smartstore/products`);
      await page.waitForSelector('#product-rows tr.product-row');
      await page.screenshot({ path: join(shots, 'smartstore-products.png') });
      expect(await injected()).toBeUndefined();
      await page.goto(demo.url);
      await page.screenshot({ path: join(shots, 'index.png') });
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      if (!process.env.DEMO_SCREENSHOT_DIR) rmSync(shots, { recursive: true, force: true });
    }
  }, 60_000);
});
