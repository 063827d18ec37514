import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CommerceEmulator, startCommerceEmulator } from './server';
import {
  api,
  type FeedData,
  type FeedRow,
  kstParam,
  type OrderResponse,
  type ProductOrderDetail,
  SELLER_A,
  SELLER_B,
  type Session,
  session,
} from './test-client';

let emu: CommerceEmulator;
let s: Session;

const HOUR = 60 * 60 * 1000;
const PATH = '/v1/pay-order/seller/product-orders/last-changed-statuses';

beforeAll(async () => {
  emu = await startCommerceEmulator({ rateLimit: { replenishRate: 1000, burstCapacity: 2000 } });
});
afterAll(async () => {
  await emu.close();
});
beforeEach(async () => {
  emu.scenario.reset();
  s = await session(emu);
});

async function feed(query: string, who: Session = s) {
  const res = await api<OrderResponse<FeedData>>(emu, who, 'GET', `${PATH}?${query}`);
  return { status: res.status, body: res.json };
}

async function page(from: number, to?: number, extra = '') {
  const q = `lastChangedFrom=${kstParam(from)}${to === undefined ? '' : `&lastChangedTo=${kstParam(to)}`}${extra}`;
  const res = await feed(q);
  expect(res.status).toBe(200);
  return res.body.data;
}

/** Follows `more` to the end, keeping lastChangedTo fixed (reference §3.1). */
async function drain(from: number, to: number, limit: number): Promise<{ rows: FeedRow[]; pages: number }> {
  const rows: FeedRow[] = [];
  let cursor = `lastChangedFrom=${kstParam(from)}`;
  let pages = 0;
  for (;;) {
    const res = await feed(`${cursor}&lastChangedTo=${kstParam(to)}&limitCount=${limit}`);
    expect(res.status).toBe(200);
    const data = res.body.data;
    expect(data.count).toBe(data.lastChangeStatuses.length);
    expect(data.count).toBeLessThanOrEqual(Math.min(limit, 300));
    rows.push(...data.lastChangeStatuses);
    pages++;
    if (!data.more) return { rows, pages };
    expect(data.count).toBe(Math.min(limit, 300));
    cursor = `lastChangedFrom=${encodeURIComponent(data.more.moreFrom)}&moreSequence=${data.more.moreSequence}`;
  }
}

describe('GET last-changed-statuses', () => {
  it('answers in the documented shape', async () => {
    const now = emu.scenario.now();
    const res = await feed(`lastChangedFrom=${kstParam(now - 24 * HOUR)}`);
    expect(res.status).toBe(200);
    expect(res.body.traceId).toMatch(/^ar2-/);
    expect(res.body.timestamp).toMatch(/\+09:00$/);
    expect(res.body.data.count).toBeGreaterThan(0);
    expect(res.body.data.more).toBeUndefined();
    const row = res.body.data.lastChangeStatuses[0];
    if (!row) throw new Error('empty feed');
    expect(Object.keys(row)).toEqual(
      expect.arrayContaining([
        'orderId',
        'productOrderId',
        'lastChangedType',
        'lastChangedDate',
        'productOrderStatus',
      ]),
    );
    expect(row.lastChangedDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+09:00$/);
    expect(row.productOrderId).toMatch(/^\d{16}$/);
  });

  it('caps the window at 24 h (104139); omitting To means From + 24 h', async () => {
    const now = emu.scenario.now();
    const over = await feed(
      `lastChangedFrom=${kstParam(now - 24 * HOUR - 1)}&lastChangedTo=${kstParam(now)}`,
    );
    expect(over.status).toBe(400);
    expect(over.body).toMatchObject({
      code: '104139',
      traceId: expect.any(String),
      timestamp: expect.any(String),
    });
    expect(
      (await feed(`lastChangedFrom=${kstParam(now - 24 * HOUR)}&lastChangedTo=${kstParam(now)}`)).status,
    ).toBe(200);

    const { productOrderIds } = emu.scenario.addPaidOrder({ sellerAccountId: SELLER_A });
    const implicit = await page(emu.scenario.now() - 24 * HOUR - 5000);
    expect(implicit.lastChangeStatuses.map((r) => r.productOrderId)).not.toContain(productOrderIds[0]);
    const recent = await page(emu.scenario.now() - HOUR);
    expect(recent.lastChangeStatuses.map((r) => r.productOrderId)).toContain(productOrderIds[0]);
  });

  it('refuses a missing From, a date without milliseconds or offset, and an unencoded +', async () => {
    expect((await feed('')).body).toMatchObject({ code: '4000' });
    expect((await feed('lastChangedFrom=2026-11-27T10:00:00%2B09:00')).body).toMatchObject({ code: '4000' });
    expect((await feed('lastChangedFrom=2026-11-27T10:00:00.000')).body).toMatchObject({ code: '4000' });
    const plus = await feed('lastChangedFrom=2026-11-27T10:00:00.000+09:00');
    expect(plus.status).toBe(400);
    expect(plus.body.code).toBe('4000');
    expect((await feed('lastChangedFrom=2026-11-27T10:00:00.000%2B09:00')).status).toBe(200);
    expect((await feed(`lastChangedFrom=${kstParam(emu.scenario.now())}&limitCount=0`)).body.code).toBe(
      '4000',
    );
    expect(
      (await feed(`lastChangedFrom=${kstParam(emu.scenario.now())}&lastChangedType=DELIVERED`)).body.code,
    ).toBe('4000');
  });

  it('answers 200 with count 0 for an empty window', async () => {
    const data = await page(emu.scenario.now() + HOUR);
    expect(data).toEqual({ count: 0, lastChangeStatuses: [] });
  });

  it('pages without gaps or duplicates over 760 rows, 360 of them on one timestamp', async () => {
    const start = emu.scenario.now();
    const same = emu.scenario.addOrders({ sellerAccountId: SELLER_A, count: 360, sameTimestamp: true });
    emu.scenario.advanceClock(5_000);
    const spread = emu.scenario.addOrders({
      sellerAccountId: SELLER_A,
      count: 200,
      productOrdersPerOrder: 2,
    });
    const created = [...same.productOrderIds, ...spread.productOrderIds];
    expect(new Set(created).size).toBe(760);

    const to = emu.scenario.now() + 1;
    const { rows, pages } = await drain(start - 1, to, 70);
    const ids = rows.map((r) => r.productOrderId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(created));
    expect(pages).toBe(Math.ceil(760 / 70));
    const sorted = [...rows].sort(
      (a, b) =>
        Date.parse(a.lastChangedDate) - Date.parse(b.lastChangedDate) ||
        a.productOrderId.localeCompare(b.productOrderId),
    );
    expect(ids).toEqual(sorted.map((r) => r.productOrderId));
    expect(rows.filter((r) => r.lastChangedDate === rows[0]?.lastChangedDate)).toHaveLength(360);

    // Stable: the same walk again gives the same sequence; limitCount above 300 means 300.
    expect((await drain(start - 1, to, 70)).rows.map((r) => r.productOrderId)).toEqual(ids);
    const big = await drain(start - 1, to, 1000);
    expect(big.pages).toBe(3);
    expect(big.rows.map((r) => r.productOrderId)).toEqual(ids);
  });

  it('skips rows at exactly From below moreSequence, and only those', async () => {
    const { productOrderIds } = emu.scenario.addOrders({
      sellerAccountId: SELLER_A,
      count: 5,
      sameTimestamp: true,
    });
    emu.scenario.advanceClock(1000);
    const later = emu.scenario.addPaidOrder({ sellerAccountId: SELLER_A }).productOrderIds;
    const first = await page(emu.scenario.now() - 2000, undefined, '&limitCount=2');
    expect(first.lastChangeStatuses.map((r) => r.productOrderId)).toEqual(productOrderIds.slice(0, 2));
    expect(first.more?.moreSequence).toBe(productOrderIds[2]);
    const next = await feed(
      `lastChangedFrom=${encodeURIComponent(first.more?.moreFrom ?? '')}&moreSequence=${first.more?.moreSequence}`,
    );
    expect(next.body.data.lastChangeStatuses.map((r) => r.productOrderId)).toEqual([
      ...productOrderIds.slice(2),
      ...later,
    ]);
  });

  it('shows PAYMENT_WAITING rows (paid-only filtering is the client’s job)', async () => {
    const data = await page(emu.scenario.now() - 24 * HOUR);
    const waiting = data.lastChangeStatuses.filter((r) => r.productOrderStatus === 'PAYMENT_WAITING');
    expect(waiting).toHaveLength(2);
    for (const row of waiting) {
      expect(row.lastChangedType).toBe('PAY_WAITING');
      expect(row.paymentDate).toBeUndefined();
    }
    const added = emu.scenario.addOrders({ sellerAccountId: SELLER_A, count: 3, status: 'PAYMENT_WAITING' });
    const filtered = await page(emu.scenario.now() - 24 * HOUR, undefined, '&lastChangedType=PAY_WAITING');
    expect(filtered.lastChangeStatuses.map((r) => r.productOrderId)).toEqual(
      expect.arrayContaining([...waiting.map((r) => r.productOrderId), ...added.productOrderIds]),
    );
    expect(filtered.count).toBe(5);
  });

  it('shows only the token seller’s rows', async () => {
    const b = emu.scenario.addPaidOrder({ sellerAccountId: SELLER_B });
    const mine = await page(emu.scenario.now() - HOUR);
    expect(mine.lastChangeStatuses.map((r) => r.productOrderId)).not.toContain(b.productOrderIds[0]);
    const agency = await session(emu, { app: 'agencyApp', accountId: SELLER_B });
    const theirs = await feed(`lastChangedFrom=${kstParam(emu.scenario.now() - HOUR)}`, agency);
    expect(theirs.body.data.lastChangeStatuses.map((r) => r.productOrderId)).toContain(b.productOrderIds[0]);
  });

  it('records feed changes for claims, purchase decisions and address changes', async () => {
    const all = emu.scenario.listProductOrders(SELLER_A);
    const delivered = all.find((p) => p.productOrderStatus === 'DELIVERED' && !p.claimStatus);
    const paid = all.find(
      (p) => p.productOrderStatus === 'PAYED' && p.placeOrderStatus === 'NOT_YET' && !p.claimStatus,
    );
    if (!delivered || !paid) throw new Error('seed lacks a delivered or paid product order');
    emu.scenario.advanceClock(1000);
    emu.scenario.purchaseDecide(delivered.productOrderId);
    emu.scenario.changeAddress(paid.productOrderId, {
      baseAddress: '서울특별시 종로구 세종대로 175',
      zipCode: '03154',
    });
    const data = await page(emu.scenario.now() - 500);
    const byId = new Map(data.lastChangeStatuses.map((r) => [r.productOrderId, r]));
    expect(byId.get(delivered.productOrderId)).toMatchObject({
      lastChangedType: 'PURCHASE_DECIDED',
      productOrderStatus: 'PURCHASE_DECIDED',
    });
    expect(byId.get(paid.productOrderId)).toMatchObject({
      lastChangedType: 'DELIVERY_ADDRESS_CHANGED',
      receiverAddressChanged: true,
    });
  });

  it('does not show delivery completion (no change type exists for it)', async () => {
    const delivering = emu.scenario
      .listProductOrders(SELLER_A)
      .find((p) => p.productOrderStatus === 'DELIVERING');
    if (!delivering) throw new Error('seed lacks a delivering product order');
    emu.scenario.advanceClock(1000);
    const done = emu.scenario.completeDelivery(delivering.productOrderId);
    expect(done.productOrderStatus).toBe('DELIVERED');
    expect(done.lastChangedDate).toBe(delivering.lastChangedDate);
    expect(done.lastChangedType).toBe('DISPATCHED');
    const data = await page(emu.scenario.now() - 1000);
    expect(data.lastChangeStatuses.map((r) => r.productOrderId)).not.toContain(delivering.productOrderId);
    const detail = await api<OrderResponse<ProductOrderDetail[]>>(
      emu,
      s,
      'POST',
      '/v1/pay-order/seller/product-orders/query',
      {
        productOrderIds: [delivering.productOrderId],
      },
    );
    const item = detail.json.data[0];
    if (!item) throw new Error('no detail');
    expect(item.productOrder.productOrderStatus).toBe('DELIVERED');
    expect(item.delivery).toMatchObject({
      deliveryStatus: 'DELIVERY_COMPLETION',
      deliveredDate: expect.any(String),
    });
  });

  it('keeps up with tens of thousands of product orders', async () => {
    const t0 = performance.now();
    emu.scenario.addOrders({ sellerAccountId: SELLER_A, count: 20_000 });
    const first = await page(emu.scenario.now() - HOUR, undefined, '&limitCount=300');
    expect(first.count).toBe(300);
    expect(first.more).toBeDefined();
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
