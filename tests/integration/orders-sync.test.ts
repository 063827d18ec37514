import { afterEach, describe, expect, it } from 'vitest';
import { viewOf } from '../../lib/orders/order-store';
import { runSync } from '../../lib/orders/runner';
import { readCursor } from '../../lib/orders/sync';
import { COMMERCE_SEED } from '../sandbox/commerce/seed';
import { localIds, type OrdersWorld, ordersWorld, paidIds } from './orders-harness';

const A = COMMERCE_SEED.sellers.A.accountId;
let world: OrdersWorld;
afterEach(async () => {
  await world?.close();
});

describe('order collection against the Commerce API emulator', () => {
  it('collects every paid product order of the look-back period, and nothing unpaid', async () => {
    world = await ordersWorld();
    const [r] = await runSync(world.deps);
    expect(r?.error).toBeUndefined();
    expect(await localIds(world)).toEqual(paidIds(world));
    const waiting = world.commerce.scenario
      .listProductOrders(A)
      .filter((p) => p.productOrderStatus === 'PAYMENT_WAITING');
    expect(waiting.length).toBeGreaterThan(0);
    for (const w of waiting)
      expect(await world.db.orders.get([world.accountId, w.productOrderId])).toBeUndefined();
  });

  it('maps statuses in the guide’s words and pushes every order to the shop', async () => {
    world = await ordersWorld();
    await runSync(world.deps);
    for (const p of world.commerce.scenario.listProductOrders(A)) {
      if (p.productOrderStatus === 'PAYMENT_WAITING') continue;
      const row = await world.db.orders.get([world.accountId, p.productOrderId]);
      const expected =
        p.productOrderStatus === 'PAYED' && !p.claimType
          ? p.placeOrderStatus === 'OK'
            ? 'PREPARING'
            : 'PAYMENT_CONFIRMING'
          : undefined;
      if (expected) expect(row?.status).toBe(expected);
    }
    const shopOrders = Object.values(world.shop.state().shops).flatMap((s) =>
      Object.values(s.marketOrders ?? {}),
    );
    expect(shopOrders.length).toBeGreaterThan(0);
    expect(await world.db.orders.where('[accountId+shopPending]').equals([world.accountId, 1]).count()).toBe(
      0,
    );
  });

  it('follows `more` pages across many rows sharing one timestamp: no gaps, no duplicates', async () => {
    world = await ordersWorld();
    world.commerce.scenario.addOrders({
      sellerAccountId: A,
      count: 700,
      productOrdersPerOrder: 1,
      sameTimestamp: true,
    });
    const [r] = await runSync(world.deps);
    expect(r?.error).toBeUndefined();
    expect(r?.pages).toBeGreaterThanOrEqual(3);
    expect(await localIds(world)).toEqual(paidIds(world));
    // details are fetched 300 at a time: no call carries more
    const queries = world.commerce.requests.filter((q) => q.api === 'orders.query');
    expect(Math.max(...queries.map((q) => q.productOrderIds?.length ?? 0))).toBeLessThanOrEqual(300);
  });

  it('resumes from the last saved page after a stop between pages', async () => {
    world = await ordersWorld();
    world.commerce.scenario.addOrders({
      sellerAccountId: A,
      count: 650,
      productOrdersPerOrder: 1,
      sameTimestamp: true,
    });
    const { syncAccount } = await import('../../lib/orders/sync');
    const account = (await world.db.accounts.get(world.accountId))!;
    const commerce = world.deps.clients.ownApp({
      apiOrigin: world.commerce.url,
      clientId: COMMERCE_SEED.selfApp.clientId,
      clientSecret: COMMERCE_SEED.selfApp.clientSecret,
    });
    const shop = { upsertMarketOrders: async () => ({ created: 0, updated: 0, unchanged: 0 }) };
    const sync = (maxPages?: number) =>
      syncAccount({ db: world.db, commerce, shop, now: Date.now }, account, {
        lookbackDays: 7,
        ...(maxPages ? { maxPages } : {}),
      });
    // read up to the middle of the big window, then the worker "stops": the details call never answers
    for (let i = 0; i < 8; i++) await sync(1);
    const saved = await readCursor(world.db, world.accountId);
    expect(saved?.moreSequence).toBeDefined();
    const partial = (await localIds(world)).length;
    world.commerce.scenario.injectFault({ api: 'orders.query', kind: 'drop', times: 3 });
    const stopped = await sync();
    expect(stopped.error).toBeDefined();
    expect(await readCursor(world.db, world.accountId)).toEqual(saved);
    expect((await localIds(world)).length).toBe(partial);
    world.commerce.scenario.clearFaults();
    const feedCallsBefore = world.commerce.requests.filter(
      (q) => q.api === 'orders.lastChangedStatuses',
    ).length;
    const resumed = await sync();
    expect(resumed.caughtUp).toBe(true);
    expect(await localIds(world)).toEqual(paidIds(world));
    // it went on from the saved page: only the rest of the window was read
    const feedCalls =
      world.commerce.requests.filter((q) => q.api === 'orders.lastChangedStatuses').length - feedCallsBefore;
    expect(feedCalls).toBeLessThanOrEqual(3);
  });

  it('resumes page by page when each run may read only one page', async () => {
    world = await ordersWorld();
    world.commerce.scenario.addOrders({
      sellerAccountId: A,
      count: 620,
      productOrdersPerOrder: 2,
      sameTimestamp: true,
    });
    const { syncAccount } = await import('../../lib/orders/sync');
    const account = (await world.db.accounts.get(world.accountId))!;
    const commerce = world.deps.clients.ownApp({
      apiOrigin: world.commerce.url,
      clientId: COMMERCE_SEED.selfApp.clientId,
      clientSecret: COMMERCE_SEED.selfApp.clientSecret,
    });
    const shop = world.deps.clients.shop({
      baseUrl: world.shop.url,
      shopKey: (await import('../sandbox/shop/seed')).SHOP_SEED.key,
    });
    let runs = 0;
    for (;;) {
      runs++;
      const r = await syncAccount({ db: world.db, commerce, shop, now: Date.now }, account, {
        lookbackDays: 7,
        maxPages: 1,
      });
      if (r.caughtUp || runs > 40) break;
    }
    expect(runs).toBeGreaterThan(3);
    expect(await localIds(world)).toEqual(paidIds(world));
  });

  it('flips 배송 중 to 배송 완료 after delivery completes (no change type for it)', async () => {
    world = await ordersWorld();
    await runSync(world.deps);
    const shipping = await world.db.orders
      .where('[accountId+status]')
      .equals([world.accountId, 'SHIPPING'])
      .first();
    expect(shipping).toBeDefined();
    world.commerce.scenario.completeDelivery(shipping!.productOrderId);
    await runSync(world.deps);
    const after = await world.db.orders.get([world.accountId, shipping!.productOrderId]);
    expect(after?.status).toBe('DELIVERED');
  });

  it('brings in new paid orders, buyer claims and changed addresses', async () => {
    world = await ordersWorld();
    await runSync(world.deps);
    const created = world.commerce.scenario.addPaidOrder({ sellerAccountId: A });
    const delivered = (await world.db.orders
      .where('[accountId+status]')
      .equals([world.accountId, 'DELIVERED'])
      .first())!;
    world.commerce.scenario.buyerReturnRequest(delivered.productOrderId);
    const waiting = (await world.db.orders
      .where('[accountId+status]')
      .equals([world.accountId, 'PAYMENT_CONFIRMING'])
      .first())!;
    world.commerce.scenario.changeAddress(waiting.productOrderId, {
      baseAddress: '서울특별시 마포구 월드컵북로 400',
      zipCode: '03925',
    });
    const [r] = await runSync(world.deps);
    expect(r?.newPaid).toBe(created.productOrderIds.length);
    for (const id of created.productOrderIds) {
      expect((await world.db.orders.get([world.accountId, id]))?.status).toBe('PAYMENT_CONFIRMING');
    }
    const ret = (await world.db.orders.get([world.accountId, delivered.productOrderId]))!;
    expect(ret.status).toBe('RETURN_REQUESTED');
    expect(viewOf(ret).claimReason).toBeDefined();
    const moved = (await world.db.orders.get([world.accountId, waiting.productOrderId]))!;
    expect(viewOf(moved).address).toBe('서울특별시 마포구 월드컵북로 400');
    expect(viewOf(moved).zipCode).toBe('03925');
  });

  it('works the same through the shop backend’s relay (agency link)', async () => {
    world = await ordersWorld({ mode: 'AGENCY' });
    const [r] = await runSync(world.deps);
    expect(r?.error).toBeUndefined();
    expect(await localIds(world)).toEqual(paidIds(world));
    expect(world.commerce.requests.some((q) => q.path.startsWith('/partner/v1/pay-order'))).toBe(true);
  });

  it('keeps orders for the shop when the shop backend is down, and sends them on the next run', async () => {
    world = await ordersWorld();
    const { shop } = world;
    await shop.close();
    world.shop.close = async () => {};
    const [r] = await runSync(world.deps);
    expect(r?.error?.kind).toBe('unreachable');
    expect(await localIds(world)).toEqual(paidIds(world));
    expect(r?.shopPending).toBe(paidIds(world).length);
  });
});
