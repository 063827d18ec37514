import { afterEach, describe, expect, it } from 'vitest';
import { runSync } from '../../lib/orders/runner';
import { SELLER_A, startWorld, type World } from './world';

/**
 * Work that arrives while the same kind of work runs: the seller's 지금 동기화 pressed while the periodic
 * collection is running must still bring in what arrived meanwhile, without waiting for the next alarm.
 */

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe('a collection asked for while one is running', () => {
  it('is not dropped: an order paid meanwhile is in when both calls have returned', async () => {
    world = await startWorld();
    const w = world;
    await runSync(w.deps);
    // the periodic collection is slow today
    w.commerce.scenario.injectFault({ api: 'orders.lastChangedStatuses', kind: 'latency', latencyMs: 300 });
    const periodic = runSync(w.deps);
    await new Promise((r) => setTimeout(r, 100));
    const order = w.commerce.scenario.addPaidOrder({ sellerAccountId: SELLER_A.accountId });
    const pressed = runSync(w.deps); // 지금 동기화
    await Promise.all([periodic, pressed]);
    const row = await w.db.orders.get([w.accountId, order.productOrderIds[0]!]);
    expect(row, '지금 동기화 pressed during a running collection was dropped').toBeDefined();
  });
});
