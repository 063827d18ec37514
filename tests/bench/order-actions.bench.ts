import 'fake-indexeddb/auto';
import { runSync, submitAction } from '../../lib/orders/runner';
import { LIMITS } from '../../lib/smartstore/limits';
import { apiCalls, benchWorld, type Meter, newMeter, RATE, SELLER_A } from './node-world';
import { type Bench, eq, type Figure, figure, le } from './report';

const ORDERS = 500;
const ITEMS_PER_ORDER = 2;
const N = ORDERS * ITEMS_PER_ORDER;

let seq = 0;
const requestId = () => `bench_${Date.now()}_${++seq}`;

function figuresOf(
  name: string,
  meter: Meter,
  wallMs: number,
  calls: Map<string, number>,
  api: string,
  perCall: number,
): Figure[] {
  const min = Math.ceil(N / perCall);
  const made = calls.get(api) ?? 0;
  const boundMs = (min / RATE.replenishRate) * 1000;
  const readBack = calls.get('orders.query') ?? 0;
  return [
    figure(`${name}.calls-ratio`, made / min, `× ⌈n/${perCall}⌉ (${api})`, eq(1)),
    figure(`${name}.time-ratio`, wallMs / boundMs, '× rate bound', le(1.15)),
    figure(`${name}.read-back-calls`, readBack, 'orders.query calls', undefined, 0),
    figure(`${name}.api-share`, (meter.apiMs / wallMs) * 100, '% of wall', undefined, 0),
    figure(
      `${name}.local-share`,
      ((wallMs - meter.apiMs - meter.shopMs) / wallMs) * 100,
      '% of wall',
      undefined,
      0,
    ),
  ];
}

/**
 * 1,000 product orders (500 order numbers × 2) are collected, then 발주 확인 of all of them and 배송 처리 of all of
 * them, each one `submitAction` as the worker runs it (outbox row, calls, per-item results, read-back, push).
 * 발주 확인 goes by order number: the request takes at most 500 product order numbers but 500 order numbers.
 */
export const orderActionsBench: Bench = {
  name: 'order-actions',
  async run(ctx) {
    const meter = newMeter();
    const world = await benchWorld(meter);
    try {
      const created = world.commerce.scenario.addOrders({
        sellerAccountId: SELLER_A,
        count: ORDERS,
        productOrdersPerOrder: ITEMS_PER_ORDER,
      });
      await world.db.cursors.put({
        accountId: world.accountId,
        value: { from: Date.now() - 60 * 60 * 1000 },
      });
      await runSync(world.deps);
      const out: Figure[] = [];

      const measure = async (kind: 'confirm' | 'dispatch', payload: Record<string, unknown>) => {
        Object.assign(meter, newMeter());
        const since = world.commerce.requests.length;
        const t0 = performance.now();
        const record = await submitAction(world.deps, kind, {
          requestId: requestId(),
          accountId: world.accountId,
          ...payload,
        });
        const wallMs = performance.now() - t0;
        const done = record.items.filter((i) => i.state === 'done').length;
        if (done !== N)
          throw new Error(`${kind}: ${done} of ${N} items done (${record.lastError?.message ?? ''})`);
        const calls = apiCalls(world.commerce.requests, since);
        ctx.log(
          `${kind} ${N} items: ${[...calls].map(([k, v]) => `${k} ${v}`).join(', ')}; ${Math.round(wallMs)} ms`,
        );
        return { wallMs, calls };
      };

      const c = await measure('confirm', { orderIds: created.orderIds });
      out.push(...figuresOf('confirm-1k', meter, c.wallMs, c.calls, 'orders.confirm', LIMITS.confirmIds));

      const items = created.productOrderIds.map((productOrderId, i) => ({
        productOrderId,
        courierCode: 'CJGLS',
        // one tracking number per order number (SmartStore refuses one shared across orders)
        trackingNumber: String(600_000_000_000 + Math.floor(i / ITEMS_PER_ORDER)),
      }));
      const d = await measure('dispatch', { items });
      out.push(
        ...figuresOf('dispatch-1k', meter, d.wallMs, d.calls, 'orders.dispatch', LIMITS.dispatchItems),
      );
      return out;
    } finally {
      await world.close();
    }
  },
};
