/**
 * Bundled by `chromium.ts` and evaluated inside the extension's service worker (its realm, its IndexedDB):
 * the same lib code the worker runs, driven by the benchmarks. It opens its own connection to the database.
 */
import './sw-jitless';
import type { AccountRow, OrderRow } from '../../lib/db/schema';
import { openLinkDb } from '../../lib/db/schema';
import {
  accountSummaries,
  actionsNeedingAttention,
  countAwaitingConfirm,
  recentOrders,
} from '../../lib/orders/queries';
import { setShopKey } from '../../lib/settings/secrets';
import { updateSettings } from '../../lib/settings/settings';
import type { MarketOrderStatus } from '../../lib/sixshop/schemas/market-order';
import { historyStatus, orderView } from './fixtures';
import { type UpsertTimes, upsertRun } from './upsert-run';

export interface LinkSetup {
  commerceUrl: string;
  shopUrl: string;
  shopKey: string;
  account: AccountRow;
  ownApp?: { clientId: string; clientSecret: string } | undefined;
}

export interface SwProbe {
  upsert(n: number): Promise<UpsertTimes>;
  /** Settings, shop key and one linked account, as the link flow leaves them. */
  link(setup: LinkSetup): Promise<void>;
  /**
   * Stores product orders `from`..`to`-1 of the store's history, already sent to the shop: the rows
   * `upsertOrderViews` writes (same fields), without its read-compare step. `status`: every one in it (a page of
   * items to ship), instead of the history's mix.
   */
  fill(accountId: string, from: number, to: number, status?: MarketOrderStatus): Promise<number>;
  /** ms of each query of `popup.summary`, run one after the other (the worker runs them together) */
  summaryParts(): Promise<Record<string, number>>;
}

const probe: SwProbe = {
  async upsert(n) {
    const db = openLinkDb(`bench-upsert-${Date.now()}`);
    try {
      return await upsertRun(db, 'acc-bench', n);
    } finally {
      await db.delete();
    }
  },
  async link(s) {
    const db = openLinkDb();
    try {
      await updateSettings(db, {
        commerceApiOrigin: s.commerceUrl,
        shopBackendUrl: s.shopUrl,
        syncIntervalMinutes: 60,
      });
      await setShopKey(db, s.shopKey);
      await db.accounts.put(s.account);
      if (s.ownApp) await db.secrets.put({ key: `ownApp:${s.account.id}`, value: s.ownApp });
    } finally {
      db.close();
    }
  },
  async fill(accountId, from, to, status) {
    const db = openLinkDb();
    const now = Date.now();
    try {
      for (let start = from; start < to; start += 2_000) {
        const rows: OrderRow[] = [];
        for (let i = start; i < Math.min(to, start + 2_000); i++) {
          const view = orderView(i, status ?? historyStatus(i), now);
          rows.push({
            accountId,
            productOrderId: view.productOrderId,
            orderId: view.orderId,
            status: view.status,
            lastChangedAt: view.paidAt,
            paidAt: view.paidAt,
            shopPending: 0,
            shipDueAt: view.shippingDueAt ?? 0,
            updatedAt: view.deliveredAt ?? view.paidAt,
            data: view,
          });
        }
        await db.orders.bulkPut(rows);
      }
      return await db.orders.count();
    } finally {
      db.close();
    }
  },
  async summaryParts() {
    const db = openLinkDb();
    const out: Record<string, number> = {};
    const time = async (name: string, fn: () => Promise<unknown>) => {
      const t0 = performance.now();
      await fn();
      out[name] = Math.round(performance.now() - t0);
    };
    try {
      const now = Date.now();
      await time('open', () => db.open());
      await time('accountSummaries', () => accountSummaries(db, now));
      await time('recentOrders', () => recentOrders(db, { limit: 15 }));
      await time('actionsNeedingAttention', () => actionsNeedingAttention(db, now));
      await time('countAwaitingConfirm', () => countAwaitingConfirm(db));
      return out;
    } finally {
      db.close();
    }
  },
};

(globalThis as unknown as { __bench: SwProbe }).__bench = probe;
