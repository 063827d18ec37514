import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CommerceEmulator, startCommerceEmulator } from './server';
import {
  api,
  type ErrorBody,
  type OrderResponse,
  type ProductOrderDetail,
  SELLER_A,
  SELLER_B,
  type Session,
  session,
} from './test-client';

let emu: CommerceEmulator;
let s: Session;

const QUERY = '/v1/pay-order/seller/product-orders/query';

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

async function query(ids: string[], who: Session = s) {
  const res = await api<OrderResponse<ProductOrderDetail[]>>(emu, who, 'POST', QUERY, {
    productOrderIds: ids,
  });
  return { status: res.status, body: res.json };
}

describe('POST product-orders/query', () => {
  it('accepts 300 ids and refuses 301 with 4000', async () => {
    const { productOrderIds } = emu.scenario.addOrders({ sellerAccountId: SELLER_A, count: 301 });
    const ok = await query(productOrderIds.slice(0, 300));
    expect(ok.status).toBe(200);
    expect(ok.body.data).toHaveLength(300);
    const over = await query(productOrderIds);
    expect(over.status).toBe(400);
    expect(over.body).toMatchObject({ code: '4000', traceId: expect.any(String) });
    expect((await query([])).body.code).toBe('4000');
  });

  it('leaves out unknown ids and other sellers’ product orders', async () => {
    const a = emu.scenario.listProductOrders(SELLER_A)[0]?.productOrderId ?? '';
    const b = emu.scenario.listProductOrders(SELLER_B)[0]?.productOrderId ?? '';
    const res = await query([a, b, '2099010100000001']);
    expect(res.body.data.map((d) => d.productOrder.productOrderId)).toEqual([a]);
    const agency = await session(emu, { app: 'agencyApp', accountId: SELLER_B });
    const theirs = await query([a, b], agency);
    expect(theirs.body.data.map((d) => d.productOrder.productOrderId)).toEqual([b]);
  });

  it('refuses a malformed JSON body with the order family shape', async () => {
    const res = await fetch(`${emu.url}/external${QUERY}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
      body: '{"productOrderIds": [',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body).toMatchObject({
      code: '4000',
      message: expect.any(String),
      traceId: res.headers.get('GNCP-GW-Trace-ID'),
    });
  });

  it('returns order, product order, delivery and claims with the fields a seller tool needs', async () => {
    const all = emu.scenario.listProductOrders(SELLER_A);
    const paid = all.find(
      (p) =>
        p.productOrderStatus === 'PAYED' &&
        p.placeOrderStatus === 'NOT_YET' &&
        !p.claimStatus &&
        p.productOption,
    );
    const delivering = all.find((p) => p.productOrderStatus === 'DELIVERING');
    const cancelRequested = all.find((p) => p.claimStatus === 'CANCEL_REQUEST');
    const returned = all.find((p) => p.claimStatus === 'RETURN_REQUEST');
    const canceled = all.find((p) => p.productOrderStatus === 'CANCELED');
    if (!paid || !delivering || !cancelRequested || !returned || !canceled)
      throw new Error('seed is missing a state');
    const res = await query([
      paid.productOrderId,
      delivering.productOrderId,
      cancelRequested.productOrderId,
      returned.productOrderId,
      canceled.productOrderId,
    ]);
    expect(res.status).toBe(200);
    const [p, d, c, r, x] = res.body.data;
    expect(p?.order).toMatchObject({
      orderId: paid.orderId,
      orderDate: expect.stringMatching(/\+09:00$/),
      ordererName: expect.any(String),
      ordererTel: expect.stringMatching(/^010-\d{4}-\d{4}$/),
      paymentDate: expect.any(String),
      paymentMeans: expect.any(String),
    });
    expect(p?.productOrder).toMatchObject({
      productOrderId: paid.productOrderId,
      productOrderStatus: 'PAYED',
      placeOrderStatus: 'NOT_YET',
      productId: expect.stringMatching(/^\d+$/),
      originalProductId: expect.stringMatching(/^\d+$/),
      productName: expect.any(String),
      productOption: expect.stringMatching(/: /),
      optionCode: expect.any(String),
      optionManageCode: expect.any(String),
      sellerProductCode: expect.any(String),
      quantity: expect.any(Number),
      initialQuantity: expect.any(Number),
      remainQuantity: expect.any(Number),
      unitPrice: expect.any(Number),
      optionPrice: expect.any(Number),
      totalProductAmount: expect.any(Number),
      totalPaymentAmount: expect.any(Number),
      deliveryFeeAmount: expect.any(Number),
      shippingAddress: {
        addressType: 'DOMESTIC',
        name: expect.any(String),
        tel1: expect.stringMatching(/^010-/),
        baseAddress: expect.any(String),
        detailedAddress: expect.any(String),
        zipCode: expect.stringMatching(/^\d{5}$/),
        isRoadNameAddress: true,
      },
      shippingMemo: expect.any(String),
      shippingDueDate: expect.any(String),
      expectedDeliveryMethod: 'DELIVERY',
    });
    expect(p?.delivery).toBeUndefined();
    expect(p?.currentClaim).toBeUndefined();
    expect(d?.delivery).toMatchObject({
      deliveryCompany: expect.any(String),
      trackingNumber: expect.stringMatching(/^\d{9,15}$/),
      deliveryMethod: 'DELIVERY',
      deliveryStatus: 'DELIVERING',
      sendDate: expect.any(String),
    });
    expect(c?.productOrder).toMatchObject({
      claimType: 'CANCEL',
      claimStatus: 'CANCEL_REQUEST',
      claimId: expect.any(String),
    });
    expect(c?.currentClaim?.cancel).toMatchObject({
      claimStatus: 'CANCEL_REQUEST',
      cancelReason: expect.any(String),
      claimRequestDate: expect.any(String),
    });
    expect(r?.currentClaim?.return).toMatchObject({ claimStatus: 'RETURN_REQUEST', returnReason: 'BROKEN' });
    expect(x?.productOrder).toMatchObject({ productOrderStatus: 'CANCELED', claimStatus: 'CANCEL_DONE' });
    expect(x?.completedClaims).toEqual([
      expect.objectContaining({ claimType: 'CANCEL', claimStatus: 'CANCEL_DONE', cancelReason: 'SOLD_OUT' }),
    ]);
    expect(x?.currentClaim?.cancel?.cancelCompletedDate).toEqual(expect.any(String));
  });
});

describe('GET orders/{orderId}/product-order-ids', () => {
  it('lists the product orders of an order; unknown or foreign orders answer 100003', async () => {
    const { orderId, productOrderIds } = emu.scenario.addPaidOrder({
      sellerAccountId: SELLER_A,
      items: [{}, { quantity: 2 }, {}],
    });
    const res = await api<OrderResponse<string[]>>(
      emu,
      s,
      'GET',
      `/v1/pay-order/seller/orders/${orderId}/product-order-ids`,
    );
    expect(res.status).toBe(200);
    expect(res.json.data).toEqual(productOrderIds);
    expect(productOrderIds).toHaveLength(3);
    const b = emu.scenario.addPaidOrder({ sellerAccountId: SELLER_B });
    const foreign = await api(emu, s, 'GET', `/v1/pay-order/seller/orders/${b.orderId}/product-order-ids`);
    expect(foreign.status).toBe(400);
    expect(foreign.json.code).toBe('100003');
  });
});

describe('seed', () => {
  it('is the same on every start, relative to the start clock', async () => {
    const other = await startCommerceEmulator();
    try {
      // times relative to the emulator's own newest change: the two emulators started at different instants
      const shape = (e: CommerceEmulator) => {
        const list = e.scenario.listProductOrders(SELLER_A);
        const newest = Math.max(...list.map((p) => p.lastChangedDate));
        return list.map((p) => ({
          id: p.productOrderId,
          status: p.productOrderStatus,
          name: p.productName,
          buyer: p.shippingAddress.name,
          age: Math.round((newest - p.lastChangedDate) / 60_000),
        }));
      };
      expect(shape(other)).toEqual(shape(emu));
      expect(other.scenario.listProducts(SELLER_A).map((p) => p.originProductNo)).toEqual(
        emu.scenario.listProducts(SELLER_A).map((p) => p.originProductNo),
      );
    } finally {
      await other.close();
    }
  });

  it('has ~40 product orders for A in realistic states and ~10 for B', () => {
    const a = emu.scenario.listProductOrders(SELLER_A);
    expect(a.length).toBeGreaterThanOrEqual(38);
    const states = new Set(
      a.map((p) => `${p.productOrderStatus}/${p.placeOrderStatus}/${p.claimStatus ?? ''}`),
    );
    for (const s of [
      'PAYED/NOT_YET/',
      'PAYED/OK/',
      'DELIVERING/OK/',
      'DELIVERED/OK/',
      'PURCHASE_DECIDED/OK/',
      'PAYED/NOT_YET/CANCEL_REQUEST',
      'DELIVERED/OK/RETURN_REQUEST',
      'DELIVERED/OK/EXCHANGE_REQUEST',
      'PAYMENT_WAITING/NOT_YET/',
    ]) {
      expect(states).toContain(s);
    }
    const orders = new Map<string, number>();
    for (const p of a) orders.set(p.orderId, (orders.get(p.orderId) ?? 0) + 1);
    expect([...orders.values()].filter((n) => n >= 2).length).toBeGreaterThanOrEqual(3);
    expect(emu.scenario.listProductOrders(SELLER_B).length).toBeGreaterThanOrEqual(9);
    expect(emu.scenario.listProducts(SELLER_A)).toHaveLength(30);
    expect(emu.scenario.listProducts(SELLER_B)).toHaveLength(10);
  });
});
