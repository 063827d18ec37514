import type { LinkDb } from '../../lib/db/schema';
import { upsertOrderViews } from '../../lib/orders/order-store';
import type { OrderView } from '../../lib/orders/order-view';
import { orderView } from './fixtures';

export interface UpsertTimes {
  /** ms per 1,000 product orders, each pass over the same n orders */
  created: number;
  changed: number;
  unchanged: number;
}

/**
 * `upsertOrderViews` as the sync calls it: pages of 300, each with its cursor in one transaction. Three passes
 * over n product orders: all new, all changed (주문 확인 중 → 배송 준비 중), all unchanged (an overlapping window).
 * Runs the same in Node (fake-indexeddb) and in the extension's service worker (Chromium's IndexedDB).
 */
export async function upsertRun(db: LinkDb, accountId: string, n: number, page = 300): Promise<UpsertTimes> {
  const now = Date.now();
  const pass = async (views: OrderView[]) => {
    const t0 = performance.now();
    for (let i = 0; i < views.length; i += page) {
      const batch = views.slice(i, i + page).map((view) => ({ view, lastChangedAt: now }));
      await db.transaction('rw', ['orders', 'cursors'], async (tx) => {
        await upsertOrderViews(tx, accountId, batch, now);
        await tx.cursors.put({
          accountId,
          value: { from: now, moreSequence: batch.at(-1)?.view.productOrderId },
        });
      });
    }
    return ((performance.now() - t0) / views.length) * 1000;
  };
  const ids = Array.from({ length: n }, (_, i) => i);
  const created = await pass(ids.map((i) => orderView(i, 'PAYMENT_CONFIRMING', now)));
  const changed = await pass(ids.map((i) => orderView(i, 'PREPARING', now)));
  const unchanged = await pass(ids.map((i) => orderView(i, 'PREPARING', now)));
  return { created, changed, unchanged };
}
