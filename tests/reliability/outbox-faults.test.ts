import { afterEach, describe, expect, it } from 'vitest';
import { enqueueAction } from '../../lib/orders/enqueue';
import { drainOutbox, runSync, submitAction } from '../../lib/orders/runner';
import { ownAppClient } from '../../lib/smartstore/client';
import { baseline, expectSafe, expectSettled, type Intent } from './invariants';
import {
  CLIENT_TIMEOUT_MS,
  handledCalls,
  LATE_MS,
  makeDue,
  rid,
  SELLER_A,
  settle,
  shippable,
  startWorld,
  type World,
} from './world';

/**
 * Every mutation goes through the outbox (DESIGN principle 3): one fault at a time, on 발주 확인, 배송 처리 and
 * 취소 처리, with the result checked on the emulated SmartStore: applied exactly once, or shown as failed with
 * a reason; never lost; a waiting action says why it waits.
 */

const A = SELLER_A.accountId;
const KOREAN = /[가-힣]/;
let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function linked(mode: 'OWN_APP' | 'AGENCY' = 'OWN_APP') {
  world = await startWorld({ mode });
  await runSync(world.deps);
  return world;
}

async function dispatch(w: World, items: Awaited<ReturnType<typeof shippable>>, requestId = rid()) {
  return submitAction(w.deps, 'dispatch', { requestId, accountId: w.accountId, items });
}

async function finalOf(w: World, id: string) {
  return (await w.db.outbox.get(id))!;
}

describe('배송 처리 under faults', () => {
  for (const mode of ['OWN_APP', 'AGENCY'] as const) {
    const how = mode === 'OWN_APP' ? 'own application' : 'agency relay';

    it(`a request lost before SmartStore saw it goes out again, once (${how})`, async () => {
      const w = await linked(mode);
      const items = await shippable(w, 2);
      w.commerce.scenario.injectFault({ api: 'orders.dispatch', kind: 'drop' });
      const record = await dispatch(w, items);
      expect(record.status).toBe('queued');
      expect(record.lastError?.message).toMatch(KOREAN);
      await settle(w);
      const final = await finalOf(w, record.id);
      expect(final.items.map((i) => i.state)).toEqual(['done', 'done']);
      for (const i of items) {
        expect(w.commerce.scenario.getProductOrder(i.productOrderId)?.delivery?.trackingNumber).toBe(
          i.trackingNumber,
        );
        expect(handledCalls(w, 'orders.dispatch', i.productOrderId)).toHaveLength(1);
      }
    });

    it(`an answer lost after SmartStore applied it is read back, never sent again (${how})`, async () => {
      const w = await linked(mode);
      const items = await shippable(w, 2);
      const base = baseline(w);
      w.commerce.scenario.injectFault({ api: 'orders.dispatch', kind: 'drop-after-apply' });
      const record = await dispatch(w, items);
      await settle(w);
      const intents: Intent[] = [{ id: record.id, kind: 'dispatch', items }];
      await expectSettled(w, intents, base, `drop-after-apply (${how})`);
      expect((await finalOf(w, record.id)).items.map((i) => `${i.state} ${i.code ?? ''}`.trim())).toEqual([
        'done',
        'done',
      ]);
    });

    it(`a truncated answer to an applied dispatch is read back, never sent again (${how})`, async () => {
      const w = await linked(mode);
      const items = await shippable(w, 3);
      const base = baseline(w);
      w.commerce.scenario.injectFault({ api: 'orders.dispatch', kind: 'malformed' });
      const record = await dispatch(w, items);
      await settle(w);
      await expectSettled(w, [{ id: record.id, kind: 'dispatch', items }], base, `malformed (${how})`);
      expect((await finalOf(w, record.id)).items.every((i) => i.state === 'done')).toBe(true);
    });

    it(`a 5xx burst on the dispatch API: re-read, then sent once when SmartStore is back (${how})`, async () => {
      const w = await linked(mode);
      const items = await shippable(w, 2);
      const base = baseline(w);
      w.commerce.scenario.injectFault({ api: 'orders.dispatch', kind: 'status', status: 503, times: 3 });
      const record = await dispatch(w, items);
      expect(record.items.every((i) => i.state !== 'done')).toBe(true);
      await settle(w);
      await expectSettled(w, [{ id: record.id, kind: 'dispatch', items }], base, `5xx (${how})`);
      expect((await finalOf(w, record.id)).items.every((i) => i.state === 'done')).toBe(true);
    });

    it(`a 429 storm leaves the action visibly waiting, then it goes out once (${how})`, async () => {
      const w = await linked(mode);
      const items = await shippable(w, 2);
      const base = baseline(w);
      w.commerce.scenario.injectFault({ api: 'orders.dispatch', kind: 'status', status: 429, times: 12 });
      const record = await dispatch(w, items);
      expect(record.status).toBe('queued');
      expect(record.lastError).toMatchObject({ kind: 'rate-limited' });
      expect(record.lastError?.message).toContain('요청 한도');
      expect(record.nextAttemptAt).toBeGreaterThan(Date.now() - 1000);
      for (const i of items)
        expect(w.commerce.scenario.getProductOrder(i.productOrderId)?.productOrderStatus).toBe('PAYED');
      await settle(w);
      await expectSettled(w, [{ id: record.id, kind: 'dispatch', items }], base, `429 (${how})`);
    });
  }

  it('a request that times out and is applied by SmartStore afterwards is reported done, not failed', async () => {
    // The client gives up after CLIENT_TIMEOUT_MS; SmartStore applies the dispatch 250 ms later.
    const w = await linked('OWN_APP');
    const items = await shippable(w, 2);
    const base = baseline(w);
    w.commerce.scenario.injectFault({
      api: 'orders.dispatch',
      kind: 'latency',
      latencyMs: CLIENT_TIMEOUT_MS + LATE_MS - 50,
    });
    const record = await dispatch(w, items);
    await settle(w);
    await expectSettled(w, [{ id: record.id, kind: 'dispatch', items }], base, 'late apply after a timeout');
    const final = await finalOf(w, record.id);
    expect(final.items.map((i) => `${i.state}${i.code ? ` ${i.code}` : ''}`)).toEqual(['done', 'done']);
  });

  it('a token that expires between the click and the send is issued again; the dispatch goes out once', async () => {
    const w = await linked('OWN_APP');
    const items = await shippable(w, 1);
    w.commerce.scenario.expireTokens();
    const tokensBefore = w.commerce.requests.filter((r) => r.api === 'token').length;
    const record = await dispatch(w, items);
    expect(record.items[0]?.state).toBe('done');
    expect(w.commerce.requests.filter((r) => r.api === 'token').length - tokensBefore).toBe(1);
    expect(handledCalls(w, 'orders.dispatch', items[0]!.productOrderId)).toHaveLength(1);
  });

  it('with the clock more than 5 minutes off, the action says what to fix and nothing reaches SmartStore', async () => {
    const w = await linked('OWN_APP');
    const items = await shippable(w, 1);
    const base = baseline(w);
    // The cached token is gone on SmartStore's side; a new one needs a timestamp SmartStore accepts.
    w.commerce.scenario.expireTokens();
    w.commerce.scenario.setClockOffset(6 * 60 * 1000);
    const record = await dispatch(w, items);
    expect(record.items[0]?.state).not.toBe('done');
    const shown = record.lastError?.message ?? record.items[0]?.message;
    expect(shown).toContain('시계가 네이버 서버와 5분 이상 차이');
    expect(handledCalls(w, 'orders.dispatch')).toHaveLength(0);
    expect(w.commerce.scenario.getProductOrder(items[0]!.productOrderId)?.productOrderStatus).toBe('PAYED');
    // once the clock is right it goes out (if it was still waiting), once
    await settle(w);
    await expectSafe(w, [{ id: record.id, kind: 'dispatch', items }], base, 'clock fixed');
  });

  it('the shop backend down (agency relay): the dispatch waits, visibly, and goes out once when it is back', async () => {
    const w = await linked('AGENCY');
    const items = await shippable(w, 2);
    const base = baseline(w);
    await w.stopShop();
    const record = await dispatch(w, items);
    expect(record.status).toBe('queued');
    expect(record.lastError?.message).toMatch(KOREAN);
    expect(handledCalls(w, 'orders.dispatch')).toHaveLength(0);
    await w.startShop();
    await settle(w);
    await expectSettled(w, [{ id: record.id, kind: 'dispatch', items }], base, 'shop down');
  });

  it('60 items go out in 2 calls of 30; a worker stopped after the first resumes with the rest, once each', async () => {
    const w = await linked('OWN_APP');
    const created = w.commerce.scenario.addOrders({ sellerAccountId: A, count: 60 });
    await runSync(w.deps);
    const base = baseline(w);
    const confirm = await submitAction(w.deps, 'confirm', {
      requestId: rid(),
      accountId: w.accountId,
      productOrderIds: created.productOrderIds,
    });
    const confirmed: Intent = {
      id: confirm.id,
      kind: 'confirm',
      items: created.productOrderIds.map((productOrderId) => ({ productOrderId })),
    };
    const items = created.productOrderIds.map((id, i) => ({
      productOrderId: id,
      courierCode: 'HANJIN',
      trackingNumber: `66${String(i).padStart(10, '0')}`,
    }));
    // The worker writes the action, marks the items as being sent, sends the first 30, and is stopped.
    const record = await enqueueAction(w.deps, 'dispatch', {
      requestId: rid(),
      accountId: w.accountId,
      items,
    });
    const creds = (await w.db.secrets.get(`ownApp:${w.accountId}`))!.value as {
      clientId: string;
      clientSecret: string;
    };
    const direct = ownAppClient({ apiOrigin: w.commerce.url, ...creds });
    const sent = await direct.dispatch(
      items.slice(0, 30).map((i) => ({
        productOrderId: i.productOrderId,
        deliveryMethod: 'DELIVERY' as const,
        deliveryCompanyCode: i.courierCode,
        trackingNumber: i.trackingNumber,
        dispatchDate: record.createdAt,
      })),
    );
    expect(sent.every((o) => o.outcome === 'success')).toBe(true);
    await w.db.outbox.update(record.id, {
      items: record.items.map((i) => ({ ...i, state: 'sending' as const, attempts: 1 })),
    });
    // A new worker starts and drains what was left.
    await drainOutbox(w.deps);
    await settle(w);
    await expectSettled(
      w,
      [confirmed, { id: record.id, kind: 'dispatch', items }],
      base,
      'worker stopped mid-dispatch',
    );
    for (const i of items) expect(handledCalls(w, 'orders.dispatch', i.productOrderId)).toHaveLength(1);
    expect((await finalOf(w, record.id)).items.every((i) => i.state === 'done')).toBe(true);
  });
});

describe('발주 확인 and 취소 처리 under faults', () => {
  it('발주 확인 that went through shows 배송 준비 중 even when reading SmartStore back fails', async () => {
    // 발주 확인 does not appear in SmartStore's change feed: the read-back after sending is the only way the
    // extension learns the new state. When that read fails, the order must not stay 주문 확인 중 for good.
    const w = await linked('OWN_APP');
    const order = w.commerce.scenario.addPaidOrder({ sellerAccountId: A, items: [{}, {}] });
    await runSync(w.deps);
    // The seller confirms half an hour later; collections ran meanwhile and the cursor moved on.
    w.skewMs = 30 * 60 * 1000;
    await runSync(w.deps);
    const base = baseline(w);
    w.commerce.scenario.injectFault({ api: 'orders.query', kind: 'status', status: 500, times: 3 });
    const record = await submitAction(w.deps, 'confirm', {
      requestId: rid(),
      accountId: w.accountId,
      orderIds: [order.orderId],
    });
    expect(record.items.map((i) => i.state)).toEqual(['done', 'done']);
    await settle(w);
    await expectSettled(
      w,
      [
        {
          id: record.id,
          kind: 'confirm',
          items: order.productOrderIds.map((productOrderId) => ({ productOrderId })),
        },
      ],
      base,
      'confirm read-back failed',
    );
  });

  it('배송 처리 that went through is not offered again while the read-back failed', async () => {
    const w = await linked('OWN_APP');
    const items = await shippable(w, 1);
    const id = items[0]!.productOrderId;
    w.commerce.scenario.injectFault({ api: 'orders.query', kind: 'status', status: 429, times: 6 });
    const first = await dispatch(w, items);
    expect(first.items[0]?.state).toBe('done');
    expect(w.commerce.scenario.getProductOrder(id)?.productOrderStatus).toBe('DELIVERING');
    const row = await w.db.orders.get([w.accountId, id]);
    expect(row?.status, 'the extension still offers 배송 처리 for an item SmartStore has shipped').not.toBe(
      'PREPARING',
    );
    // the seller, seeing 배송 준비 중, ships again with another number: SmartStore must not see it
    await dispatch(w, [{ ...items[0]!, trackingNumber: '512345678901' }]).catch(() => undefined);
    expect(handledCalls(w, 'orders.dispatch', id)).toHaveLength(1);
  });

  it('drop-after-apply on 발주 확인 (agency relay): read back, never sent again', async () => {
    const w = await linked('AGENCY');
    const order = w.commerce.scenario.addPaidOrder({ sellerAccountId: A, items: [{}, {}] });
    await runSync(w.deps);
    const base = baseline(w);
    w.commerce.scenario.injectFault({ api: 'orders.confirm', kind: 'drop-after-apply' });
    const record = await submitAction(w.deps, 'confirm', {
      requestId: rid(),
      accountId: w.accountId,
      orderIds: [order.orderId],
    });
    await settle(w);
    await expectSettled(
      w,
      [
        {
          id: record.id,
          kind: 'confirm',
          items: order.productOrderIds.map((productOrderId) => ({ productOrderId })),
        },
      ],
      base,
      'confirm drop-after-apply via relay',
    );
    expect((await finalOf(w, record.id)).items.map((i) => i.state)).toEqual(['done', 'done']);
  });

  it('취소 처리 whose answer is lost after SmartStore applied it is read back, never cancelled twice', async () => {
    const w = await linked('OWN_APP');
    const order = w.commerce.scenario.addPaidOrder({ sellerAccountId: A });
    await runSync(w.deps);
    const base = baseline(w);
    const id = order.productOrderIds[0]!;
    w.commerce.scenario.injectFault({ api: 'orders.cancelRequest', kind: 'drop-after-apply' });
    const record = await submitAction(w.deps, 'cancel', {
      requestId: rid(),
      accountId: w.accountId,
      productOrderId: id,
      reason: 'SOLD_OUT',
      detail: '품절',
    });
    await settle(w);
    await expectSettled(
      w,
      [{ id: record.id, kind: 'cancel', items: [{ productOrderId: id }] }],
      base,
      'cancel',
    );
    expect((await finalOf(w, record.id)).items[0]?.state).toBe('done');
    expect(handledCalls(w, 'orders.cancelRequest', id)).toHaveLength(1);
  });

  it('a second click while another action is being sent goes out in the same drain, not at the next alarm', async () => {
    const w = await linked('OWN_APP');
    const items = await shippable(w, 1);
    const order = w.commerce.scenario.addPaidOrder({ sellerAccountId: A });
    await runSync(w.deps);
    // the first action takes a moment on SmartStore's side (well under the client's timeout)
    w.commerce.scenario.injectFault({ api: 'orders.dispatch', kind: 'latency', latencyMs: 300 });
    const first = dispatch(w, items);
    await new Promise((r) => setTimeout(r, 100));
    const second = await submitAction(w.deps, 'confirm', {
      requestId: rid(),
      accountId: w.accountId,
      orderIds: [order.orderId],
    });
    await first;
    const settled = await finalOf(w, second.id);
    expect(
      settled.status === 'settled' ||
        (settled.nextAttemptAt !== undefined && settled.lastError !== undefined),
      `the second action is ${settled.status} with items ${settled.items.map((i) => i.state)}, no retry time and no reason`,
    ).toBe(true);
    expect(w.commerce.scenario.getProductOrder(order.productOrderIds[0]!)?.placeOrderStatus).toBe('OK');
  });

  it('every fault at once on one action still ends applied once (seeded safety check after each drain)', async () => {
    const w = await linked('OWN_APP');
    const items = await shippable(w, 3);
    const base = baseline(w);
    const s = w.commerce.scenario;
    s.injectFault({ api: 'token', kind: 'drop' });
    s.expireTokens();
    s.injectFault({ api: 'orders.dispatch', kind: 'status', status: 429, times: 2 });
    s.injectFault({ api: 'orders.dispatch', kind: 'drop-after-apply' });
    s.injectFault({ api: 'orders.query', kind: 'malformed', times: 2 });
    const record = await dispatch(w, items);
    const intents: Intent[] = [{ id: record.id, kind: 'dispatch', items }];
    for (let i = 0; i < 3; i++) {
      await expectSafe(w, intents, base, `drain ${i}`);
      await makeDue(w);
      await drainOutbox(w.deps);
    }
    await settle(w);
    await expectSettled(w, intents, base, 'all faults');
  });
});
