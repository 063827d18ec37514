import 'fake-indexeddb/auto';
import { upsertOrderViews } from '../../lib/orders/order-store';
import { type OrderView, toOrderView } from '../../lib/orders/order-view';
import { runSync } from '../../lib/orders/runner';
import { parseApiDate } from '../../lib/smartstore/datetime';
import { LIMITS } from '../../lib/smartstore/limits';
import type { OrdersWorld } from '../integration/orders-harness';
import { COMMERCE_SEED } from '../sandbox/commerce/seed';
import { apiCalls, benchWorld, type Meter, newMeter, RATE, SELLER_A, total } from './node-world';
import { type Bench, eq, type Figure, figure, le } from './report';

const N = 10_000;
/** The naive baseline makes one call per product order: at the rate limit it is run on fewer and extrapolated. */
const NAIVE_N = 500;
const HOUR = 60 * 60 * 1000;

/** The fewest Commerce API calls that can read n changed product orders of one window (reference §3.1, §3.2). */
export const minimumSyncCalls = (n: number) =>
  Math.ceil(n / LIMITS.changedStatusesPage) + Math.ceil(n / LIMITS.queryIds) + 1;

/** The physical limit: the minimum number of calls at the replenish rate. */
const physicalMs = (n: number) => (minimumSyncCalls(n) / RATE.replenishRate) * 1000;

/**
 * n product orders paid during the last day, and an extension that collected everything up to 23 hours ago:
 * the next collection reads one window.
 */
async function dayOfOrders(world: OrdersWorld, n: number): Promise<{ from: number; to: number }> {
  world.commerce.scenario.addOrders({ sellerAccountId: SELLER_A, count: n, productOrdersPerOrder: 1 });
  const from = Date.now() - 23 * HOUR;
  await world.db.cursors.put({ accountId: world.accountId, value: { from } });
  return { from, to: Date.now() };
}

/**
 * What simple clients do: page through the changed statuses, then one detail call per product order. Same
 * http client (pacer, token cache), same storage per page; it does not push to the shop (that only flatters it).
 */
async function naiveSync(world: OrdersWorld, window: { from: number; to: number }): Promise<number> {
  const c = COMMERCE_SEED.selfApp;
  const commerce = world.deps.clients.ownApp({
    apiOrigin: world.commerce.url,
    clientId: c.clientId,
    clientSecret: c.clientSecret,
  });
  let stored = 0;
  for await (const page of commerce.iterateChangedStatuses(window)) {
    const views: Array<{ view: OrderView; lastChangedAt: number }> = [];
    for (const item of page.items) {
      if (item.productOrderStatus === 'PAYMENT_WAITING') continue;
      for (const d of await commerce.queryProductOrders([item.productOrderId])) {
        const view = toOrderView(d);
        if (view) views.push({ view, lastChangedAt: parseApiDate(item.lastChangedDate) });
      }
    }
    await world.db.transaction('rw', ['orders', 'cursors'], async (tx) => {
      await upsertOrderViews(tx, world.accountId, views, Date.now());
      await tx.cursors.put({
        accountId: world.accountId,
        value: { from: window.from, more: page.more },
      });
    });
    stored += views.length;
  }
  return stored;
}

async function batched(log: (m: string) => void): Promise<{ figures: Figure[]; wallMs: number }> {
  const meter: Meter = newMeter();
  const world = await benchWorld(meter);
  try {
    await dayOfOrders(world, N);
    log(`order sync: ${N} product orders, rate limit ${RATE.replenishRate}/s burst ${RATE.burstCapacity}`);
    const t0 = performance.now();
    const [result] = await runSync(world.deps);
    const wallMs = performance.now() - t0;
    if (!result || result.error || result.created !== N) {
      throw new Error(`order sync did not collect ${N} orders: ${JSON.stringify(result)}`);
    }
    const calls = apiCalls(world.commerce.requests);
    log(
      `  ${[...calls].map(([k, v]) => `${k} ${v}`).join(', ')}; ${Math.round(wallMs)} ms, of which the pacer waited ${Math.round(meter.pacedMs)} ms`,
    );
    const localMs = wallMs - meter.apiMs - meter.shopMs;
    return {
      wallMs,
      figures: [
        figure('sync-10k.calls-ratio', total(calls) / minimumSyncCalls(N), '× min calls', eq(1)),
        figure('sync-10k.time-ratio', wallMs / physicalMs(N), '× physical limit', le(1.15)),
        figure('sync-10k.api-share', (meter.apiMs / wallMs) * 100, '% of wall', undefined, 0),
        figure('sync-10k.shop-push-share', (meter.shopMs / wallMs) * 100, '% of wall', undefined, 0),
        figure('sync-10k.local-share', (localMs / wallMs) * 100, '% of wall', undefined, 0),
        figure('sync-10k.local-ms-per-1000', (localMs / N) * 1000, 'ms / 1,000 orders', undefined, 0),
      ],
    };
  } finally {
    await world.close();
  }
}

async function naive(log: (m: string) => void, batchedWallMs: number): Promise<Figure[]> {
  const meter: Meter = newMeter();
  const world = await benchWorld(meter);
  try {
    const window = await dayOfOrders(world, NAIVE_N);
    log(
      `naive baseline: ${NAIVE_N} product orders, one detail call each (about ${NAIVE_N / RATE.replenishRate} s)`,
    );
    const t0 = performance.now();
    const stored = await naiveSync(world, window);
    const wallMs = performance.now() - t0;
    if (stored !== NAIVE_N) throw new Error(`naive baseline stored ${stored} of ${NAIVE_N}`);
    const calls = total(apiCalls(world.commerce.requests));
    const measuredRatio = wallMs / ((calls / RATE.replenishRate) * 1000);
    // 10,000 orders: the same pages, one detail call per order, at the pace (time per call) measured on NAIVE_N.
    const calls10k = Math.ceil(N / LIMITS.changedStatusesPage) + N + 1;
    const wall10k = measuredRatio * (calls10k / RATE.replenishRate) * 1000;
    log(
      `  ${calls} calls in ${Math.round(wallMs)} ms; 10k extrapolated: ${calls10k} calls, ${Math.round(wall10k / 1000)} s`,
    );
    return [
      figure(`naive-${NAIVE_N}.calls-ratio`, calls / minimumSyncCalls(NAIVE_N), '× min calls'),
      figure(`naive-${NAIVE_N}.time-ratio`, wallMs / physicalMs(NAIVE_N), '× physical limit', undefined, 1),
      figure(
        'naive-10k.calls-ratio (extrapolated)',
        calls10k / minimumSyncCalls(N),
        '× min calls',
        undefined,
        1,
      ),
      figure(
        'naive-10k.time-ratio (extrapolated)',
        wall10k / physicalMs(N),
        '× physical limit',
        undefined,
        1,
      ),
      figure('naive-10k ÷ sync-10k wall time (extrapolated)', wall10k / batchedWallMs, '×', undefined, 1),
    ];
  } finally {
    await world.close();
  }
}

export const orderSyncBench: Bench = {
  name: 'order-sync',
  async run(ctx) {
    const b = await batched(ctx.log);
    return [...b.figures, ...(await naive(ctx.log, b.wallMs))];
  },
};
