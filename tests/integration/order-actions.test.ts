import { afterEach, describe, expect, it } from 'vitest';
import { toErrorPayload } from '../../lib/messaging/errors';
import { enqueueAction } from '../../lib/orders/enqueue';
import { viewOf } from '../../lib/orders/order-store';
import { drainOutbox, runSync, submitAction } from '../../lib/orders/runner';
import { COMMERCE_SEED } from '../sandbox/commerce/seed';
import { type OrdersWorld, ordersWorld } from './orders-harness';

const A = COMMERCE_SEED.sellers.A.accountId;
let world: OrdersWorld;
let seq = 0;
const rid = () => `req_${Date.now()}_${++seq}`;

afterEach(async () => {
  await world?.close();
});

async function freshOrder(items = 1) {
  const order = world.commerce.scenario.addPaidOrder({
    sellerAccountId: A,
    items: Array.from({ length: items }, () => ({ quantity: 1 })),
  });
  await runSync(world.deps);
  return order;
}

const calls = (api: string) => world.commerce.requests.filter((r) => r.api === api);

async function confirmed(productOrderIds: string[]) {
  await submitAction(world.deps, 'confirm', {
    requestId: rid(),
    accountId: world.accountId,
    productOrderIds,
  });
}

describe('발주 확인', () => {
  it('confirms every 주문 확인 중 item of an order number and moves them to 배송 준비 중', async () => {
    world = await ordersWorld();
    const order = await freshOrder(3);
    const record = await submitAction(world.deps, 'confirm', {
      requestId: rid(),
      accountId: world.accountId,
      orderIds: [order.orderId],
    });
    expect(record.status).toBe('settled');
    expect(record.items.map((i) => i.state)).toEqual(['done', 'done', 'done']);
    for (const id of order.productOrderIds) {
      expect(world.commerce.scenario.getProductOrder(id)?.placeOrderStatus).toBe('OK');
      expect((await world.db.orders.get([world.accountId, id]))?.status).toBe('PREPARING');
    }
  });

  it('batches by 30: 65 items go out in 3 calls', async () => {
    world = await ordersWorld();
    const created = world.commerce.scenario.addOrders({
      sellerAccountId: A,
      count: 65,
      productOrdersPerOrder: 1,
    });
    await runSync(world.deps);
    const before = calls('orders.confirm').length;
    const record = await submitAction(world.deps, 'confirm', {
      requestId: rid(),
      accountId: world.accountId,
      productOrderIds: created.productOrderIds,
    });
    expect(record.items.every((i) => i.state === 'done')).toBe(true);
    expect(calls('orders.confirm').length - before).toBe(3);
  });

  it('a double click (same request id) sends once', async () => {
    world = await ordersWorld();
    const order = await freshOrder(2);
    const before = calls('orders.confirm').length;
    const req = { requestId: rid(), accountId: world.accountId, orderIds: [order.orderId] };
    const [a, b] = await Promise.all([
      submitAction(world.deps, 'confirm', req),
      submitAction(world.deps, 'confirm', req),
    ]);
    expect(a.id).toBe(b.id);
    expect(calls('orders.confirm').length - before).toBe(1);
    expect(await world.db.outbox.count()).toBe(1);
  });

  it('a second tab asking for the same item while the first is open is skipped', async () => {
    world = await ordersWorld();
    const order = await freshOrder(1);
    const first = await enqueueAction(world.deps, 'confirm', {
      requestId: rid(),
      accountId: world.accountId,
      orderIds: [order.orderId],
    });
    const second = await enqueueAction(world.deps, 'confirm', {
      requestId: rid(),
      accountId: world.accountId,
      orderIds: [order.orderId],
    });
    expect(first.items[0]?.state).toBe('pending');
    expect(second.items[0]?.state).toBe('skipped');
    expect(second.status).toBe('settled');
    await drainOutbox(world.deps);
    expect(calls('orders.confirm')).toHaveLength(1);
  });

  it('refuses an order that is not 주문 확인 중 and sends nothing', async () => {
    world = await ordersWorld();
    await runSync(world.deps);
    const preparing = (await world.db.orders
      .where('[accountId+status]')
      .equals([world.accountId, 'PREPARING'])
      .first())!;
    const before = world.commerce.requests.length;
    const e = await submitAction(world.deps, 'confirm', {
      requestId: rid(),
      accountId: world.accountId,
      productOrderIds: [preparing.productOrderId],
    }).catch((err: unknown) => err);
    const p = toErrorPayload(e);
    expect(p.fields?.[preparing.productOrderId]).toContain('배송 준비 중');
    expect(world.commerce.requests.length).toBe(before);
    expect(await world.db.outbox.count()).toBe(0);
  });
});

describe('배송 처리', () => {
  it('validates courier and tracking number before anything is written or sent', async () => {
    world = await ordersWorld();
    const order = await freshOrder(1);
    await confirmed(order.productOrderIds);
    const id = order.productOrderIds[0]!;
    const before = world.commerce.requests.length;
    for (const [courierCode, trackingNumber, fragment] of [
      ['CJGLS', '1.23457E+11', '지수 표기'],
      ['CJGLS', '12ab3456789', '숫자만'],
      ['CJGLS', '1234', '9~15자리'],
      ['LOTTE', '123456789012', '택배사'],
      ['', '123456789012', '택배사'],
    ] as const) {
      const e = await submitAction(world.deps, 'dispatch', {
        requestId: rid(),
        accountId: world.accountId,
        items: [{ productOrderId: id, courierCode, trackingNumber }],
      }).catch((err: unknown) => err);
      expect(toErrorPayload(e).fields?.[id]).toContain(fragment);
    }
    expect(world.commerce.requests.length).toBe(before);
    expect(await world.db.outbox.filter((r) => r.kind === 'dispatch').count()).toBe(0);
  });

  it('ships selected items, each with its own courier and tracking number, and they become 배송 중', async () => {
    world = await ordersWorld();
    const order = await freshOrder(2);
    await confirmed(order.productOrderIds);
    const [x, y] = order.productOrderIds as [string, string];
    const record = await submitAction(world.deps, 'dispatch', {
      requestId: rid(),
      accountId: world.accountId,
      items: [
        { productOrderId: x, courierCode: 'CJGLS', trackingNumber: '6012-3456-7890' },
        { productOrderId: y, courierCode: 'HYUNDAI', trackingNumber: '401234567890' },
      ],
    });
    expect(record.items.map((i) => i.state)).toEqual(['done', 'done']);
    expect(world.commerce.scenario.getProductOrder(x)?.delivery).toMatchObject({
      deliveryCompany: 'CJGLS',
      trackingNumber: '601234567890',
    });
    expect(world.commerce.scenario.getProductOrder(y)?.productOrderStatus).toBe('DELIVERING');
    const row = (await world.db.orders.get([world.accountId, y]))!;
    expect(row.status).toBe('SHIPPING');
    expect(viewOf(row).courierCode).toBe('HYUNDAI');
  });

  it('reports per item: one done, one refused by Naver with its reason in Korean; the failed one can be retried', async () => {
    world = await ordersWorld();
    const one = await freshOrder(1);
    const two = await freshOrder(1);
    await confirmed([...one.productOrderIds, ...two.productOrderIds]);
    const used = (await world.db.orders
      .where('[accountId+status]')
      .equals([world.accountId, 'SHIPPING'])
      .first())!;
    const usedTracking = viewOf(used).trackingNumber!;
    const a = one.productOrderIds[0]!;
    const b = two.productOrderIds[0]!;
    const record = await submitAction(world.deps, 'dispatch', {
      requestId: rid(),
      accountId: world.accountId,
      items: [
        { productOrderId: a, courierCode: 'CJGLS', trackingNumber: '555566667777' },
        { productOrderId: b, courierCode: viewOf(used).courierCode ?? 'CJGLS', trackingNumber: usedTracking },
      ],
    });
    const byId = new Map(record.items.map((i) => [i.productOrderId, i]));
    expect(byId.get(a)?.state).toBe('done');
    expect(byId.get(b)).toMatchObject({ state: 'failed', code: '104121' });
    expect(byId.get(b)?.message).toContain('이미 다른 주문에 사용된 운송장 번호');
    expect((await world.db.orders.get([world.accountId, b]))?.status).toBe('PREPARING');

    const { retryItems } = await import('../../lib/orders/outbox');
    const items = retryItems(record, [b], { [b]: { trackingNumber: '555566668888' } });
    const again = await submitAction(world.deps, 'dispatch', {
      requestId: rid(),
      accountId: world.accountId,
      items,
    });
    expect(again.items[0]?.state).toBe('done');
    expect(world.commerce.scenario.getProductOrder(b)?.delivery?.trackingNumber).toBe('555566668888');
  });

  it('an answer lost after SmartStore applied it is read back, not sent twice', async () => {
    world = await ordersWorld();
    const order = await freshOrder(1);
    await confirmed(order.productOrderIds);
    const id = order.productOrderIds[0]!;
    world.commerce.scenario.injectFault({ api: 'orders.dispatch', kind: 'drop-after-apply' });
    const before = calls('orders.dispatch').length;
    const record = await submitAction(world.deps, 'dispatch', {
      requestId: rid(),
      accountId: world.accountId,
      items: [{ productOrderId: id, courierCode: 'KGB', trackingNumber: '31234567890' }],
    });
    await drainOutbox(world.deps);
    const final = (await world.db.outbox.get(record.id))!;
    expect(final.items[0]?.state).toBe('done');
    expect(calls('orders.dispatch').length - before).toBe(1);
    expect(world.commerce.scenario.getProductOrder(id)?.delivery?.trackingNumber).toBe('31234567890');
  });

  it('a request lost before SmartStore saw it is read back, then sent again exactly once', async () => {
    world = await ordersWorld();
    const order = await freshOrder(1);
    await confirmed(order.productOrderIds);
    const id = order.productOrderIds[0]!;
    world.commerce.scenario.injectFault({ api: 'orders.dispatch', kind: 'drop' });
    const record = await submitAction(world.deps, 'dispatch', {
      requestId: rid(),
      accountId: world.accountId,
      items: [{ productOrderId: id, courierCode: 'EPOST', trackingNumber: '6865012345678' }],
    });
    expect(['pending', 'unknown']).toContain(record.items[0]?.state);
    const pending = (await world.db.outbox.get(record.id))!;
    await world.db.outbox.put({ ...pending, nextAttemptAt: undefined });
    await drainOutbox(world.deps);
    const final = (await world.db.outbox.get(record.id))!;
    expect(final.items[0]?.state).toBe('done');
    expect(world.commerce.scenario.getProductOrder(id)?.productOrderStatus).toBe('DELIVERING');
  });

  it('waits in the outbox while SmartStore is unreachable, visible as pending, then goes out', async () => {
    world = await ordersWorld();
    const order = await freshOrder(1);
    await confirmed(order.productOrderIds);
    const id = order.productOrderIds[0]!;
    world.commerce.scenario.setRateLimit('orders.dispatch', { replenishRate: 0.001, burstCapacity: 1 });
    world.commerce.scenario.injectFault({ api: 'orders.dispatch', kind: 'status', status: 429, times: 20 });
    const record = await submitAction(world.deps, 'dispatch', {
      requestId: rid(),
      accountId: world.accountId,
      items: [{ productOrderId: id, courierCode: 'HANJIN', trackingNumber: '598765432107' }],
    });
    expect(record.status).toBe('queued');
    expect(record.items[0]?.state).toBe('pending');
    expect(record.lastError?.kind).toBe('rate-limited');
    expect(world.commerce.scenario.getProductOrder(id)?.productOrderStatus).toBe('PAYED');
    world.commerce.scenario.clearFaults();
    world.commerce.scenario.setRateLimit('orders.dispatch', { replenishRate: 10, burstCapacity: 20 });
    await world.db.outbox.update(record.id, { nextAttemptAt: undefined });
    await drainOutbox(world.deps);
    expect((await world.db.outbox.get(record.id))?.items[0]?.state).toBe('done');
  }, 60_000);
});

describe('취소 처리', () => {
  it('cancels a 주문 확인 중 item with a reason; refuses one that is 배송 준비 중', async () => {
    world = await ordersWorld();
    const order = await freshOrder(2);
    const [x, y] = order.productOrderIds as [string, string];
    await confirmed([y]);
    const record = await submitAction(world.deps, 'cancel', {
      requestId: rid(),
      accountId: world.accountId,
      productOrderId: x,
      reason: 'SOLD_OUT',
      detail: '재고가 모두 소진되었습니다.',
    });
    expect(record.items[0]?.state).toBe('done');
    const po = world.commerce.scenario.getProductOrder(x);
    expect(po?.claimType).toBe('CANCEL');
    expect((await world.db.orders.get([world.accountId, x]))?.status).toBe('CANCELED');
    const e = await submitAction(world.deps, 'cancel', {
      requestId: rid(),
      accountId: world.accountId,
      productOrderId: y,
      reason: 'SOLD_OUT',
    }).catch((err: unknown) => err);
    expect(toErrorPayload(e).fields?.[y]).toContain('주문 확인 중 상태에서만');
    const long = await submitAction(world.deps, 'cancel', {
      requestId: rid(),
      accountId: world.accountId,
      productOrderId: x,
      reason: 'SOLD_OUT',
      detail: '가'.repeat(501),
    }).catch((err: unknown) => err);
    expect(toErrorPayload(long).fields?.detail).toContain('500자');
  });
});
