import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CreatedOrder } from './scenario';
import { type CommerceEmulator, type RequestLogEntry, startCommerceEmulator } from './server';
import {
  api,
  type FeedData,
  http,
  kstParam,
  type OrderResponse,
  type ProductOrderDetail,
  SELLER_A,
  type Session,
  session,
} from './test-client';

let emu: CommerceEmulator;
let s: Session;

beforeAll(async () => {
  emu = await startCommerceEmulator();
});
afterAll(async () => {
  await emu.close();
});
beforeEach(async () => {
  emu.scenario.reset();
  s = await session(emu);
});

const post = <T = { error?: string }>(name: string, body: unknown = {}) =>
  http<T>(`${emu.url}/__scenario/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('scenario API over HTTP', () => {
  it('adds a paid order and reads it back', async () => {
    const [product] = emu.scenario
      .listProducts(SELLER_A)
      .filter((p) => p.originProduct.statusType === 'SALE');
    const created = await post<CreatedOrder>('addPaidOrder', {
      sellerAccountId: SELLER_A,
      items: [{ originProductNo: product?.originProductNo, quantity: 2 }, {}],
      buyer: {
        name: '홍길동',
        tel: '010-1234-5678',
        address: { baseAddress: '서울특별시 중구 세종대로 110', zipCode: '04524' },
      },
    });
    expect(created.status).toBe(200);
    const { orderId, productOrderIds } = created.json;
    expect(orderId).toMatch(/^\d{16}$/);
    expect(productOrderIds).toHaveLength(2);
    const read = await http(`${emu.url}/__scenario/getProductOrder?productOrderId=${productOrderIds[0]}`);
    expect(read.json).toMatchObject({
      orderId,
      productOrderStatus: 'PAYED',
      placeOrderStatus: 'NOT_YET',
      lastChangedType: 'PAYED',
      quantity: 2,
      shippingAddress: { name: '홍길동', tel1: '010-1234-5678', zipCode: '04524' },
    });
    expect((await http(`${emu.url}/__scenario/getProductOrder?productOrderId=1`)).status).toBe(404);
    const order = await api<OrderResponse<ProductOrderDetail[]>>(
      emu,
      s,
      'POST',
      '/v1/pay-order/seller/product-orders/query',
      { productOrderIds },
    );
    expect(order.json.data[0]?.order).toMatchObject({
      ordererName: '홍길동',
      ordererTel: '010-1234-5678',
    });
  });

  it('backdates a paid order with paymentDate', async () => {
    const paymentDate = '2026-11-20T09:30:00.000+09:00';
    const { productOrderIds } = emu.scenario.addPaidOrder({ sellerAccountId: SELLER_A, paymentDate });
    const res = await api<OrderResponse<FeedData>>(
      emu,
      s,
      'GET',
      `/v1/pay-order/seller/product-orders/last-changed-statuses?lastChangedFrom=${encodeURIComponent('2026-11-20T09:00:00.000+09:00')}&lastChangedTo=${encodeURIComponent('2026-11-20T10:00:00.000+09:00')}`,
    );
    expect(res.json.data.lastChangeStatuses).toEqual([
      expect.objectContaining({
        productOrderId: productOrderIds[0],
        paymentDate,
        lastChangedDate: paymentDate,
      }),
    ]);
  });

  it('drives buyer claims into the feed', async () => {
    const a = await post<CreatedOrder>('addPaidOrder', { sellerAccountId: SELLER_A });
    const id = a.json.productOrderIds[0] ?? '';
    await post('advanceClock', { ms: 1000 });
    expect((await post('buyerCancelRequest', { productOrderId: id })).status).toBe(200);
    const feed = await api<OrderResponse<FeedData>>(
      emu,
      s,
      'GET',
      `/v1/pay-order/seller/product-orders/last-changed-statuses?lastChangedFrom=${kstParam(emu.scenario.now() - 500)}`,
    );
    expect(feed.json.data.lastChangeStatuses).toEqual([
      expect.objectContaining({
        productOrderId: id,
        lastChangedType: 'CLAIM_REQUESTED',
        claimType: 'CANCEL',
        claimStatus: 'CANCEL_REQUEST',
      }),
    ]);
    const twice = await post('buyerCancelRequest', { productOrderId: id });
    expect(twice.status).toBe(400);
    expect(twice.json.error).toEqual(expect.any(String));
    expect((await post('buyerReturnRequest', { productOrderId: id })).status).toBe(400);
  });

  it('rejects unknown operations and bad arguments', async () => {
    expect((await post('nope')).status).toBe(404);
    expect((await post('advanceClock', { ms: 'soon' })).status).toBe(400);
    expect((await post('addPaidOrder', { sellerAccountId: 'ncp_nobody' })).status).toBe(400);
  });

  it('moves the clock, lists requests and resets to the seed', async () => {
    const before = emu.scenario.now();
    const moved = await post<{ now: number }>('advanceClock', { ms: 3_600_000 });
    expect(moved.json.now).toBeGreaterThanOrEqual(before + 3_600_000);
    await post('addOrders', { sellerAccountId: SELLER_A, count: 3 });
    expect(emu.scenario.listProductOrders(SELLER_A).length).toBe(43);
    await api(emu, s, 'GET', '/v1/seller/account');
    const log = (await http<RequestLogEntry[]>(`${emu.url}/__scenario/requests`)).json;
    expect(log.some((e) => e.api === 'seller.account' && e.status === 200 && e.accountId === SELLER_A)).toBe(
      true,
    );
    expect((await post('reset')).status).toBe(200);
    expect(emu.scenario.listProductOrders(SELLER_A).length).toBe(40);
    expect(emu.scenario.now()).toBeLessThan(before + 3_600_000);
    expect((await api(emu, s, 'GET', '/v1/seller/account')).status).toBe(401);
  });

  it('counts uploads per seller', async () => {
    expect((await http(`${emu.url}/__scenario/uploadCount?sellerAccountId=${SELLER_A}`)).json).toEqual({
      count: 0,
    });
  });
});

describe('seed: false', () => {
  it('keeps apps and sellers but no products or orders', async () => {
    const empty = await startCommerceEmulator({ seed: false });
    try {
      expect(empty.scenario.listProducts(SELLER_A)).toEqual([]);
      expect(empty.scenario.listProductOrders(SELLER_A)).toEqual([]);
      const own = await session(empty);
      expect((await api(empty, own, 'GET', '/v1/seller/account')).status).toBe(200);
      const [no] = empty.scenario.addProducts(SELLER_A, 1);
      const { productOrderIds } = empty.scenario.addPaidOrder({
        sellerAccountId: SELLER_A,
        items: [{ originProductNo: no }],
      });
      expect(empty.scenario.getProductOrder(productOrderIds[0] ?? '')?.originalProductId).toBe(String(no));
    } finally {
      await empty.close();
    }
  });
});
