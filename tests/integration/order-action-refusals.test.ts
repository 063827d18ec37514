import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../lib/i18n';
import { drainOutbox, runSync, submitAction } from '../../lib/orders/runner';
import { ownAppClient } from '../../lib/smartstore/client';
import { COMMERCE_SEED } from '../sandbox/commerce/seed';
import { type OrdersWorld, ordersWorld } from './orders-harness';

/**
 * 발주 확인 / 배송 처리 / 취소 처리 refused for good (credentials, IP list, agency) settle as failed with a
 * reason the seller can act on, instead of waiting in the outbox forever; passing trouble (5xx, 429) keeps
 * waiting, each time a little longer. What SmartStore shows when it is read back decides: an item cancelled
 * meanwhile is reported as failed with that reason, never as confirmed or dispatched.
 */

const A = COMMERCE_SEED.sellers.A.accountId;
const HANGUL = /[\uAC00-\uD7A3]/;
let world: OrdersWorld | undefined;
let seq = 0;
const rid = () => `refusal_${Date.now()}_${++seq}`;

afterEach(async () => {
  setLocale('ko');
  await world?.close();
  world = undefined;
});

const calls = (w: OrdersWorld, api: string) => w.commerce.requests.filter((r) => r.api === api);
const applied = (w: OrdersWorld, api: string) => calls(w, api).filter((r) => r.status === 200);

async function paid(w: OrdersWorld, items: number) {
  const order = w.commerce.scenario.addPaidOrder({
    sellerAccountId: A,
    items: Array.from({ length: items }, () => ({ quantity: 1 })),
  });
  await runSync(w.deps);
  return order;
}

/** One paid item, collected and 발주 확인'd: ready for 배송 처리. */
async function confirmedItem(w: OrdersWorld): Promise<string> {
  const id = (await paid(w, 1)).productOrderIds[0]!;
  await submitAction(w.deps, 'confirm', { requestId: rid(), accountId: w.accountId, productOrderIds: [id] });
  return id;
}

async function makeDue(w: OrdersWorld, id: string) {
  await w.db.outbox.update(id, { nextAttemptAt: undefined });
}

/** The seller cancels an item in Seller Center, outside the extension. */
async function cancelInSellerCenter(w: OrdersWorld, productOrderId: string) {
  const sellerCenter = ownAppClient({
    apiOrigin: w.commerce.url,
    clientId: COMMERCE_SEED.selfApp.clientId,
    clientSecret: COMMERCE_SEED.selfApp.clientSecret,
  });
  const outcome = await sellerCenter.requestCancel(productOrderId, { reason: 'SOLD_OUT' });
  expect(outcome?.outcome).toBe('success');
}

describe('an order action refused for good settles as failed', () => {
  it('발주 확인 with credentials SmartStore rejects (401 after a re-issue): failed with what to fix, sent no more', async () => {
    world = await ordersWorld();
    const w = world;
    const order = await paid(w, 2);
    w.commerce.scenario.injectFault({ api: 'orders.confirm', kind: 'status', status: 401, times: 50 });
    const record = await submitAction(w.deps, 'confirm', {
      requestId: rid(),
      accountId: w.accountId,
      orderIds: [order.orderId],
    });
    expect(record.status).toBe('settled');
    expect(record.items.map((i) => i.state)).toEqual(['failed', 'failed']);
    for (const i of record.items) expect(i.message).toContain('API 연동용 판매자 ID');
    expect(record.nextAttemptAt).toBeUndefined();
    const sent = calls(w, 'orders.confirm').length;
    // time passes and the outbox drains again: nothing more goes out for this action
    await makeDue(w, record.id);
    await drainOutbox(w.deps);
    expect(calls(w, 'orders.confirm')).toHaveLength(sent);
    for (const id of order.productOrderIds)
      expect(w.commerce.scenario.getProductOrder(id)?.placeOrderStatus).not.toBe('OK');
  });

  it('발주 확인 of 35 items (two batches) refused at the first: all 35 failed, none sent', async () => {
    world = await ordersWorld();
    const w = world;
    const created = w.commerce.scenario.addOrders({
      sellerAccountId: A,
      count: 35,
      productOrdersPerOrder: 1,
    });
    await runSync(w.deps);
    w.commerce.scenario.injectFault({ api: 'orders.confirm', kind: 'status', status: 401, times: 50 });
    const record = await submitAction(w.deps, 'confirm', {
      requestId: rid(),
      accountId: w.accountId,
      productOrderIds: created.productOrderIds,
    });
    expect(record.status).toBe('settled');
    expect(record.items.filter((i) => i.state === 'failed')).toHaveLength(35);
    expect(applied(w, 'orders.confirm')).toHaveLength(0);
  });

  it('배송 처리 from an IP the application does not allow: failed with the IP to register', async () => {
    world = await ordersWorld();
    const w = world;
    const id = await confirmedItem(w);
    w.commerce.scenario.setIpAllowList(COMMERCE_SEED.selfApp.clientId, ['203.0.113.9']);
    const record = await submitAction(w.deps, 'dispatch', {
      requestId: rid(),
      accountId: w.accountId,
      items: [{ productOrderId: id, courierCode: 'CJGLS', trackingNumber: '640012345678' }],
    });
    expect(record.status).toBe('settled');
    expect(record.items[0]?.state).toBe('failed');
    expect(record.items[0]?.message).toContain('IP');
    expect(w.commerce.scenario.getProductOrder(id)?.productOrderStatus).toBe('PAYED');
  });

  it('취소 처리 when the seller has not chosen the agency for orders (agency relay): failed, says where to choose it', async () => {
    world = await ordersWorld({ mode: 'AGENCY' });
    const w = world;
    const order = await paid(w, 1);
    const id = order.productOrderIds[0]!;
    w.commerce.scenario.setAgency(A, { order: null });
    const record = await submitAction(w.deps, 'cancel', {
      requestId: rid(),
      accountId: w.accountId,
      productOrderId: id,
      reason: 'SOLD_OUT',
    });
    expect(record.status).toBe('settled');
    expect(record.items[0]?.state).toBe('failed');
    expect(record.items[0]?.message).toMatch(/대행사|연동/);
    expect(w.commerce.scenario.getProductOrder(id)?.productOrderStatus).toBe('PAYED');
  });

  it('passing trouble (503) keeps the action waiting, each wait longer than the last, then it goes out once', async () => {
    world = await ordersWorld();
    const w = world;
    const order = await paid(w, 1);
    w.commerce.scenario.injectFault({ api: 'orders.confirm', kind: 'status', status: 503, times: 3 });
    const t0 = Date.now();
    const first = await submitAction(w.deps, 'confirm', {
      requestId: rid(),
      accountId: w.accountId,
      orderIds: [order.orderId],
    });
    expect(first.status).toBe('queued');
    expect(first.items[0]?.state).toBe('pending');
    expect(first.lastError?.kind).toBe('server');
    const wait1 = first.nextAttemptAt! - t0;
    expect(wait1).toBeGreaterThan(0);
    await makeDue(w, first.id);
    const t1 = Date.now();
    await drainOutbox(w.deps);
    const second = (await w.db.outbox.get(first.id))!;
    expect(second.status).toBe('queued');
    const wait2 = second.nextAttemptAt! - t1;
    expect(wait2).toBeGreaterThan(wait1);
    await makeDue(w, first.id);
    await drainOutbox(w.deps);
    await makeDue(w, first.id);
    await drainOutbox(w.deps);
    const done = (await w.db.outbox.get(first.id))!;
    expect(done.items[0]?.state).toBe('done');
    expect(applied(w, 'orders.confirm')).toHaveLength(1);
  });
});

describe('an item read back from SmartStore', () => {
  it('cancelled in Seller Center while a 발주 확인 was in doubt is failed with that reason, not confirmed', async () => {
    world = await ordersWorld();
    const w = world;
    const order = await paid(w, 1);
    const id = order.productOrderIds[0]!;
    w.commerce.scenario.injectFault({ api: 'orders.confirm', kind: 'drop' });
    const record = await submitAction(w.deps, 'confirm', {
      requestId: rid(),
      accountId: w.accountId,
      productOrderIds: [id],
    });
    expect(record.items[0]?.state).toBe('unknown');
    await cancelInSellerCenter(w, id);
    expect(w.commerce.scenario.getProductOrder(id)?.productOrderStatus).toBe('CANCELED');
    await makeDue(w, record.id);
    await drainOutbox(w.deps);
    const final = (await w.db.outbox.get(record.id))!;
    expect(final.status).toBe('settled');
    expect(final.items[0]?.state).toBe('failed');
    expect(final.items[0]?.message).toContain('취소');
    expect(applied(w, 'orders.confirm')).toHaveLength(0);
  });

  it('cancelled in Seller Center while a 배송 처리 was in doubt is failed with that reason, not sent again', async () => {
    world = await ordersWorld();
    const w = world;
    const id = await confirmedItem(w);
    w.commerce.scenario.injectFault({ api: 'orders.dispatch', kind: 'drop' });
    const record = await submitAction(w.deps, 'dispatch', {
      requestId: rid(),
      accountId: w.accountId,
      items: [{ productOrderId: id, courierCode: 'CJGLS', trackingNumber: '640012345679' }],
    });
    expect(record.items[0]?.state).toBe('unknown');
    await cancelInSellerCenter(w, id);
    const sent = calls(w, 'orders.dispatch').length;
    await makeDue(w, record.id);
    await drainOutbox(w.deps);
    const final = (await w.db.outbox.get(record.id))!;
    expect(final.items[0]?.state).toBe('failed');
    expect(final.items[0]?.message).toContain('취소');
    expect(calls(w, 'orders.dispatch')).toHaveLength(sent);
  });

  it('with a buyer’s cancel request open, a 취소 처리 in doubt is not taken as applied', async () => {
    world = await ordersWorld();
    const w = world;
    const order = await paid(w, 1);
    const id = order.productOrderIds[0]!;
    w.commerce.scenario.injectFault({ api: 'orders.cancelRequest', kind: 'drop' });
    const record = await submitAction(w.deps, 'cancel', {
      requestId: rid(),
      accountId: w.accountId,
      productOrderId: id,
      reason: 'SOLD_OUT',
    });
    expect(record.items[0]?.state).toBe('unknown');
    w.commerce.scenario.buyerCancelRequest(id);
    await makeDue(w, record.id);
    await drainOutbox(w.deps);
    const final = (await w.db.outbox.get(record.id))!;
    expect(final.items[0]?.state).not.toBe('done');
    expect(w.commerce.scenario.getProductOrder(id)?.productOrderStatus).toBe('PAYED');
  });
});

describe('in English', () => {
  it('a refusal for good and a cancelled item say what happened in English', async () => {
    setLocale('en');
    world = await ordersWorld();
    const w = world;
    const order = await paid(w, 2);
    const [x, y] = order.productOrderIds as [string, string];
    w.commerce.scenario.injectFault({ api: 'orders.confirm', kind: 'status', status: 401, times: 50 });
    const refused = await submitAction(w.deps, 'confirm', {
      requestId: rid(),
      accountId: w.accountId,
      productOrderIds: [x],
    });
    expect(refused.items[0]?.message).toContain('API seller ID');
    expect(refused.items[0]?.message).not.toMatch(HANGUL);
    expect(refused.lastError?.message).not.toMatch(HANGUL);
    w.commerce.scenario.clearFaults();
    w.commerce.scenario.injectFault({ api: 'orders.confirm', kind: 'drop' });
    const doubtful = await submitAction(w.deps, 'confirm', {
      requestId: rid(),
      accountId: w.accountId,
      productOrderIds: [y],
    });
    expect(doubtful.lastError?.message).not.toMatch(HANGUL);
    await cancelInSellerCenter(w, y);
    await makeDue(w, doubtful.id);
    await drainOutbox(w.deps);
    const final = (await w.db.outbox.get(doubtful.id))!;
    expect(final.items[0]?.message).toContain('cancelled');
    expect(final.items[0]?.message).not.toMatch(HANGUL);
  });
});
