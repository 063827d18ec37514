import {
  type MarketOrder,
  MarketOrderQuerySchema,
  type MarketOrderUpsertResult,
  MarketOrderUpsertSchema,
} from '../../../../lib/sixshop/schemas';
import { validate } from '../http';
import { route } from '../router';
import { findAccount, listFor, paginate } from './lookup';

/** JSON with sorted keys, so two equal orders compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

function byNewestPayment(a: MarketOrder, b: MarketOrder): number {
  return Date.parse(b.paidAt) - Date.parse(a.paidAt) || a.productOrderId.localeCompare(b.productOrderId);
}

export const orderRoutes = [
  /**
   * Bulk upsert keyed by `productOrderId`. An order equal to the stored one, or older than it by `updatedAt`
   * (SmartStore's last change), is left as it is and counted as unchanged.
   */
  route('PUT', '/api/v1/market-accounts/:id/orders', ({ shop, params, body, commit }) => {
    const account = findAccount(shop, params.id);
    const { orders } = validate(MarketOrderUpsertSchema, body);
    const stored = listFor(shop.marketOrders, account.id);
    const index = new Map(stored.map((o, i) => [o.productOrderId, i]));
    const result: MarketOrderUpsertResult = { created: 0, updated: 0, unchanged: 0 };
    for (const order of orders) {
      const at = index.get(order.productOrderId);
      if (at === undefined) {
        index.set(order.productOrderId, stored.length);
        stored.push(order);
        result.created++;
        continue;
      }
      const current = stored[at]!;
      if (
        canonical(current) === canonical(order) ||
        Date.parse(order.updatedAt) < Date.parse(current.updatedAt)
      ) {
        result.unchanged++;
        continue;
      }
      stored[at] = order;
      result.updated++;
    }
    if (result.created + result.updated > 0) commit();
    return { status: 200, body: result };
  }),

  route('GET', '/api/v1/market-accounts/:id/orders', ({ shop, params, query }) => {
    const account = findAccount(shop, params.id);
    const { status, page, size } = validate(MarketOrderQuerySchema, Object.fromEntries(query));
    const orders = (shop.marketOrders[account.id] ?? []).filter((o) => !status || o.status === status);
    return { status: 200, body: paginate([...orders].sort(byNewestPayment), page, size) };
  }),
];
