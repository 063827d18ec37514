import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CommerceEmulator, startCommerceEmulator } from './server';
import {
  type ActionData,
  api,
  type OrderResponse,
  type ProductOrderDetail,
  SELLER_A,
  SELLER_B,
  type Session,
  session,
} from './test-client';

let emu: CommerceEmulator;
let s: Session;

const PO = '/v1/pay-order/seller/product-orders';
const kst = (ms: number) => `${new Date(ms + 9 * 3600_000).toISOString().slice(0, 23)}+09:00`;

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

const newPaid = (count = 1) => emu.scenario.addOrders({ sellerAccountId: SELLER_A, count }).productOrderIds;
const seedA = () => emu.scenario.listProductOrders(SELLER_A);
/** The emulator time of the last request's handling lies between its arrival and now. */
function expectDuringLastRequest(ms: number | undefined) {
  expect(ms).toBeGreaterThanOrEqual(emu.requests.at(-1)?.at ?? Number.POSITIVE_INFINITY);
  expect(ms).toBeLessThanOrEqual(emu.scenario.now());
}
const failCodes = (data: ActionData) =>
  Object.fromEntries(data.failProductOrderInfos.map((f) => [f.productOrderId, f.code]));

async function confirm(ids: string[]) {
  const res = await api<OrderResponse<ActionData>>(emu, s, 'POST', `${PO}/confirm`, { productOrderIds: ids });
  return { status: res.status, body: res.json };
}

async function dispatch(items: Record<string, unknown>[]) {
  const res = await api<OrderResponse<ActionData>>(emu, s, 'POST', `${PO}/dispatch`, {
    dispatchProductOrders: items.map((i) => ({
      deliveryMethod: 'DELIVERY',
      dispatchDate: kst(emu.scenario.now()),
      ...i,
    })),
  });
  return { status: res.status, body: res.json };
}

describe('POST product-orders/confirm', () => {
  it('takes at most 30 ids', async () => {
    const ids = newPaid(31);
    const over = await confirm(ids);
    expect(over.status).toBe(400);
    expect(over.body.code).toBe('4000');
    const ok = await confirm(ids.slice(0, 30));
    expect(ok.status).toBe(200);
    expect(ok.body.data.successProductOrderInfos).toHaveLength(30);
  });

  it('confirms what it can and names the code of each failure', async () => {
    const [fresh] = newPaid();
    const all = seedA();
    const confirmed = all.find(
      (p) => p.productOrderStatus === 'PAYED' && p.placeOrderStatus === 'OK' && !p.claimStatus,
    );
    const cancelRequested = all.find((p) => p.claimStatus === 'CANCEL_REQUEST');
    const waiting = all.find((p) => p.productOrderStatus === 'PAYMENT_WAITING');
    const delivering = all.find((p) => p.productOrderStatus === 'DELIVERING');
    const foreign = emu.scenario.listProductOrders(SELLER_B)[0];
    if (!fresh || !confirmed || !cancelRequested || !waiting || !delivering || !foreign)
      throw new Error('seed');
    const before = emu.scenario.getProductOrder(fresh);
    emu.scenario.advanceClock(60_000);
    const res = await confirm([
      fresh,
      fresh,
      confirmed.productOrderId,
      '2099010100000001',
      foreign.productOrderId,
      cancelRequested.productOrderId,
      waiting.productOrderId,
      delivering.productOrderId,
    ]);
    expect(res.status).toBe(200);
    expect(res.body.data.successProductOrderInfos).toEqual([
      { productOrderId: fresh, isReceiverAddressChanged: false },
    ]);
    expect(res.body.data.failProductOrderInfos).toHaveLength(7);
    for (const f of res.body.data.failProductOrderInfos) expect(f.message).toEqual(expect.any(String));
    expect(res.body.data.failProductOrderInfos[0]).toMatchObject({ productOrderId: fresh, code: '104131' });
    expect(failCodes(res.body.data)).toMatchObject({
      [confirmed.productOrderId]: '105306',
      '2099010100000001': '100001',
      [foreign.productOrderId]: '101009',
      [cancelRequested.productOrderId]: '104133',
      [waiting.productOrderId]: '104133',
      [delivering.productOrderId]: '104133',
    });
    const after = emu.scenario.getProductOrder(fresh);
    expect(after?.placeOrderStatus).toBe('OK');
    expectDuringLastRequest(after?.placeOrderDate);
    expect(after?.lastChangedDate).toBe(before?.lastChangedDate);
    expect(after?.lastChangedType).toBe('PAYED');
    const again = await confirm([fresh]);
    expect(failCodes(again.body.data)).toEqual({ [fresh]: '105306' });
  });

  it('reports a changed receiver address', async () => {
    const [id = ''] = newPaid();
    emu.scenario.changeAddress(id, { baseAddress: '부산광역시 중구 중앙대로 100', zipCode: '48939' });
    const res = await confirm([id]);
    expect(res.body.data.successProductOrderInfos).toEqual([
      { productOrderId: id, isReceiverAddressChanged: true },
    ]);
  });
});

describe('POST product-orders/dispatch', () => {
  it('takes at most 30 items and refuses malformed entries as a whole', async () => {
    const ids = newPaid(31);
    const items = ids.map((id, i) => ({
      productOrderId: id,
      deliveryCompanyCode: 'CJGLS',
      trackingNumber: `${880000000000 + i}`,
    }));
    const over = await dispatch(items);
    expect(over.status).toBe(400);
    expect(over.body.code).toBe('4000');
    const badMethod = await dispatch([{ productOrderId: ids[0], deliveryMethod: 'TELEPORT' }]);
    expect(badMethod.body.code).toBe('4000');
    const badDate = await dispatch([{ productOrderId: ids[0], dispatchDate: '2026-11-27 10:00' }]);
    expect(badDate.body.code).toBe('4000');
    const ok = await dispatch(items.slice(0, 30));
    expect(ok.status).toBe(200);
    expect(ok.body.data.successProductOrderIds).toHaveLength(30);
  });

  it('dispatches what it can and names the code of each failure', async () => {
    const ids = newPaid(9);
    const [ok, noCourier, badCourier, noTracking, badTracking, dupe, reused, lotte, hyphen] = ids as string[];
    const delivering = seedA().find((p) => p.productOrderStatus === 'DELIVERING');
    const cancelRequested = seedA().find((p) => p.claimStatus === 'CANCEL_REQUEST');
    if (!delivering?.delivery?.trackingNumber || !cancelRequested) throw new Error('seed');
    const res = await dispatch([
      { productOrderId: ok, deliveryCompanyCode: 'CJGLS', trackingNumber: '610012345678' },
      { productOrderId: noCourier, trackingNumber: '610012345679' },
      { productOrderId: badCourier, deliveryCompanyCode: 'LOTTE', trackingNumber: '610012345680' },
      { productOrderId: noTracking, deliveryCompanyCode: 'CJGLS' },
      { productOrderId: badTracking, deliveryCompanyCode: 'CJGLS', trackingNumber: '12345678' },
      { productOrderId: dupe, deliveryCompanyCode: 'CJGLS', trackingNumber: '610012345681' },
      { productOrderId: dupe, deliveryCompanyCode: 'CJGLS', trackingNumber: '610012345682' },
      {
        productOrderId: reused,
        deliveryCompanyCode: 'HANJIN',
        trackingNumber: delivering.delivery.trackingNumber,
      },
      { productOrderId: lotte, deliveryCompanyCode: 'HYUNDAI', trackingNumber: '610012345683' },
      { productOrderId: hyphen, deliveryCompanyCode: 'KGB', trackingNumber: '6100-1234-5684' },
      { productOrderId: '2099010100000001', deliveryCompanyCode: 'CJGLS', trackingNumber: '610012345685' },
      {
        productOrderId: delivering.productOrderId,
        deliveryCompanyCode: 'CJGLS',
        trackingNumber: '610012345686',
      },
      {
        productOrderId: cancelRequested.productOrderId,
        deliveryCompanyCode: 'CJGLS',
        trackingNumber: '610012345687',
      },
    ]);
    expect(res.status).toBe(200);
    expect(res.body.data.successProductOrderIds).toEqual([ok, dupe, lotte]);
    expect(failCodes(res.body.data)).toEqual({
      [noCourier as string]: '104118',
      [badCourier as string]: '104119',
      [noTracking as string]: '104120',
      [badTracking as string]: '104122',
      [dupe as string]: '104131',
      [reused as string]: '104121',
      [hyphen as string]: '104122',
      '2099010100000001': '100001',
      [delivering.productOrderId]: '105306',
      [cancelRequested.productOrderId]: '104133',
    });
    const after = emu.scenario.getProductOrder(ok as string);
    expect(after).toMatchObject({
      productOrderStatus: 'DELIVERING',
      placeOrderStatus: 'OK',
      lastChangedType: 'DISPATCHED',
      delivery: { deliveryCompany: 'CJGLS', trackingNumber: '610012345678', deliveryMethod: 'DELIVERY' },
    });
    expectDuringLastRequest(after?.lastChangedDate);
    expect(emu.requests.at(-1)?.productOrderIds).toContain(ok);
  });

  it('allows one tracking number for a bundle of one order, not across orders', async () => {
    const bundle = emu.scenario.addPaidOrder({ sellerAccountId: SELLER_A, items: [{}, {}, {}] });
    const [first, second, third] = bundle.productOrderIds as [string, string, string];
    const other = newPaid()[0] as string;
    const a = await dispatch([
      { productOrderId: first, deliveryCompanyCode: 'CJGLS', trackingNumber: '777700001111' },
      { productOrderId: second, deliveryCompanyCode: 'CJGLS', trackingNumber: '777700001111' },
      { productOrderId: other, deliveryCompanyCode: 'CJGLS', trackingNumber: '777700001111' },
    ]);
    expect(a.body.data.successProductOrderIds).toEqual([first, second]);
    expect(failCodes(a.body.data)).toEqual({ [other]: '104121' });
    const b = await dispatch([
      { productOrderId: third, deliveryCompanyCode: 'CJGLS', trackingNumber: '777700001111' },
    ]);
    expect(b.body.data.successProductOrderIds).toEqual([third]);
  });

  it('accepts methods without a courier and confirms an unconfirmed item on dispatch', async () => {
    const [id = ''] = newPaid();
    expect(emu.scenario.getProductOrder(id)?.placeOrderStatus).toBe('NOT_YET');
    const res = await dispatch([{ productOrderId: id, deliveryMethod: 'DIRECT_DELIVERY' }]);
    expect(res.body.data.successProductOrderIds).toEqual([id]);
    expect(emu.scenario.getProductOrder(id)).toMatchObject({
      productOrderStatus: 'DELIVERING',
      placeOrderStatus: 'OK',
      delivery: { deliveryMethod: 'DIRECT_DELIVERY' },
    });
  });
});

describe('POST product-orders/{id}/claim/cancel/request', () => {
  async function cancel(id: string, body: Record<string, unknown>) {
    const res = await api<OrderResponse<ActionData>>(
      emu,
      s,
      'POST',
      `${PO}/${id}/claim/cancel/request`,
      body,
    );
    return { status: res.status, body: res.json };
  }

  it('cancels a paid, undispatched item at once (CANCEL_DONE, CLAIM_COMPLETED)', async () => {
    const [id = ''] = newPaid();
    emu.scenario.advanceClock(1000);
    const res = await cancel(id, {
      cancelReason: 'SOLD_OUT',
      cancelDetailedReason: '재고가 소진되었습니다.',
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ successProductOrderIds: [id], failProductOrderInfos: [] });
    const po = emu.scenario.getProductOrder(id);
    expect(po).toMatchObject({
      productOrderStatus: 'CANCELED',
      claimType: 'CANCEL',
      claimStatus: 'CANCEL_DONE',
      lastChangedType: 'CLAIM_COMPLETED',
      remainQuantity: 0,
    });
    expectDuringLastRequest(po?.lastChangedDate);
    const again = await cancel(id, { cancelReason: 'SOLD_OUT' });
    expect(failCodes(again.body.data)).toEqual({ [id]: '105306' });
  });

  it('refuses a bad reason or an over-long detail with 4000', async () => {
    const [id = ''] = newPaid();
    expect((await cancel(id, {})).body.code).toBe('4000');
    expect((await cancel(id, { cancelReason: 'ETC' })).body.code).toBe('4000');
    expect((await cancel(id, { cancelReason: 'BROKEN' })).body.code).toBe('4000');
    const long = await cancel(id, { cancelReason: 'SOLD_OUT', cancelDetailedReason: '가'.repeat(501) });
    expect(long.status).toBe(400);
    expect(long.body.code).toBe('4000');
    expect(
      (await cancel(id, { cancelReason: 'SOLD_OUT', cancelDetailedReason: '가'.repeat(500) })).status,
    ).toBe(200);
  });

  it('refuses dispatched items, open claims, unknown and foreign ids per item', async () => {
    const all = seedA();
    const delivering = all.find((p) => p.productOrderStatus === 'DELIVERING');
    const requested = all.find((p) => p.claimStatus === 'CANCEL_REQUEST');
    const waiting = all.find((p) => p.productOrderStatus === 'PAYMENT_WAITING');
    const foreign = emu.scenario.listProductOrders(SELLER_B)[0];
    if (!delivering || !requested || !waiting || !foreign) throw new Error('seed');
    const cases: [string, string][] = [
      [delivering.productOrderId, '104133'],
      [requested.productOrderId, '104133'],
      [waiting.productOrderId, '104133'],
      ['2099010100000001', '100001'],
      [foreign.productOrderId, '101009'],
    ];
    for (const [id, code] of cases) {
      const res = await cancel(id, { cancelReason: 'SOLD_OUT' });
      expect(res.status).toBe(200);
      expect(res.body.data.successProductOrderIds).toEqual([]);
      expect(failCodes(res.body.data)).toEqual({ [id]: code });
    }
    expect(emu.scenario.getProductOrder(delivering.productOrderId)?.productOrderStatus).toBe('DELIVERING');
  });

  it('cancels part of the quantity', async () => {
    const { productOrderIds } = emu.scenario.addPaidOrder({
      sellerAccountId: SELLER_A,
      items: [{ quantity: 3 }],
    });
    const id = productOrderIds[0] as string;
    expect(failCodes((await cancel(id, { cancelReason: 'SOLD_OUT', cancelQuantity: 4 })).body.data)).toEqual({
      [id]: '104133',
    });
    expect(
      (await cancel(id, { cancelReason: 'SOLD_OUT', cancelQuantity: 1 })).body.data.successProductOrderIds,
    ).toEqual([id]);
    expect(emu.scenario.getProductOrder(id)).toMatchObject({
      productOrderStatus: 'PAYED',
      remainQuantity: 2,
      quantity: 3,
    });
    const q = await api<OrderResponse<ProductOrderDetail[]>>(emu, s, 'POST', `${PO}/query`, {
      productOrderIds: [id],
      quantityClaimCompatibility: true,
    });
    expect(q.json.data[0]?.productOrder).toMatchObject({ initialQuantity: 3, remainQuantity: 2 });
  });
});
