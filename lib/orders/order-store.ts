import type { LinkDb, OrderRow } from '../db/schema';
import type { OrderView } from './order-view';

export interface UpsertCounts {
  created: number;
  updated: number;
  /** new product orders waiting for 발주 확인 */
  newPaid: number;
}

/**
 * Writes SmartStore's current view of product orders; duplicates collapse on (account, productOrderId).
 * A row is marked for the shop only when something the seller can see changed. Call inside a transaction
 * that also covers whatever cursor these orders advance.
 */
export async function upsertOrderViews(
  db: LinkDb,
  accountId: string,
  views: ReadonlyArray<{ view: OrderView; lastChangedAt: number }>,
  now: number,
): Promise<UpsertCounts> {
  const counts: UpsertCounts = { created: 0, updated: 0, newPaid: 0 };
  if (views.length === 0) return counts;
  const latest = new Map<string, { view: OrderView; lastChangedAt: number }>();
  for (const v of views) latest.set(v.view.productOrderId, v);
  const keys = [...latest.keys()].map((id) => [accountId, id] as [string, string]);
  const existing = await db.orders.bulkGet(keys);
  const rows: OrderRow[] = [];
  keys.forEach(([, id], i) => {
    const { view, lastChangedAt } = latest.get(id)!;
    const prev = existing[i];
    const changed = !prev || JSON.stringify(prev.data) !== JSON.stringify(view);
    if (!prev) {
      counts.created++;
      if (view.status === 'PAYMENT_CONFIRMING') counts.newPaid++;
    } else if (changed) counts.updated++;
    if (!changed && prev) return;
    rows.push({
      accountId,
      productOrderId: id,
      orderId: view.orderId,
      status: view.status,
      lastChangedAt: Math.max(lastChangedAt, prev?.lastChangedAt ?? 0),
      paidAt: view.paidAt,
      shopPending: 1,
      shipDueAt: view.shippingDueAt ?? 0,
      updatedAt: now,
      data: view,
    });
  });
  if (rows.length) await db.orders.bulkPut(rows);
  return counts;
}

export function viewOf(row: OrderRow): OrderView {
  return row.data as OrderView;
}
