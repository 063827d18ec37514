import type { LinkTables, OrderRow } from '../db/schema';
import type { OrderView } from './order-view';

export interface UpsertCounts {
  created: number;
  updated: number;
  /** new product orders waiting for 발주 확인 */
  newPaid: number;
}

/** One version of a product order: SmartStore's view and its last change (epoch ms). */
export interface OrderVersion {
  view: OrderView;
  lastChangedAt: number;
}

/** The exact versions the shop backend has already received, by product order ID. */
export type SentToShop = ReadonlyMap<string, OrderVersion>;

interface Change extends OrderVersion {
  productOrderId: string;
  prev: OrderRow | undefined;
}

/** The versions that differ from the rows kept (new, or something the seller can see changed): one bulk read. */
async function changesOf(
  tables: LinkTables<'orders'>,
  accountId: string,
  views: readonly OrderVersion[],
): Promise<Change[]> {
  if (views.length === 0) return [];
  const latest = new Map<string, OrderVersion>();
  for (const v of views) latest.set(v.view.productOrderId, v);
  const ids = [...latest.keys()];
  const existing = await tables.orders.bulkGet(ids.map((id) => [accountId, id] as [string, string]));
  const out: Change[] = [];
  ids.forEach((id, i) => {
    const { view, lastChangedAt } = latest.get(id)!;
    const prev = existing[i];
    if (prev && JSON.stringify(prev.data) === JSON.stringify(view)) return;
    out.push({
      productOrderId: id,
      view,
      lastChangedAt: Math.max(lastChangedAt, prev?.lastChangedAt ?? 0),
      prev,
    });
  });
  return out;
}

/** The versions `upsertOrderViews` would write now, as the shop should receive them. Reads only. */
export async function versionsToWrite(
  tables: LinkTables<'orders'>,
  accountId: string,
  views: readonly OrderVersion[],
): Promise<OrderVersion[]> {
  return (await changesOf(tables, accountId, views)).map(({ view, lastChangedAt }) => ({
    view,
    lastChangedAt,
  }));
}

/**
 * Writes SmartStore's current view of product orders; duplicates collapse on (account, productOrderId).
 * One bulk read of the rows kept, one bulk write of the new and changed ones: no per-row requests. A written
 * row is marked for the shop unless `sent` holds exactly the version written. Call with a transaction's
 * tables (`tx`) that also cover whatever cursor these orders advance.
 */
export async function upsertOrderViews(
  tables: LinkTables<'orders'>,
  accountId: string,
  views: readonly OrderVersion[],
  now: number,
  sent?: SentToShop,
): Promise<UpsertCounts> {
  const counts: UpsertCounts = { created: 0, updated: 0, newPaid: 0 };
  const rows: OrderRow[] = [];
  for (const { productOrderId, view, lastChangedAt, prev } of await changesOf(tables, accountId, views)) {
    if (!prev) {
      counts.created++;
      if (view.status === 'PAYMENT_CONFIRMING') counts.newPaid++;
    } else counts.updated++;
    const shopHas = sent?.get(productOrderId);
    rows.push({
      accountId,
      productOrderId,
      orderId: view.orderId,
      status: view.status,
      lastChangedAt,
      paidAt: view.paidAt,
      shopPending: shopHas?.view === view && shopHas.lastChangedAt === lastChangedAt ? 0 : 1,
      shipDueAt: view.shippingDueAt ?? 0,
      updatedAt: now,
      data: view,
    });
  }
  if (rows.length) await tables.orders.bulkPut(rows);
  return counts;
}

export function viewOf(row: OrderRow): OrderView {
  return row.data as OrderView;
}
