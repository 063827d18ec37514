import { z } from 'zod/mini';
import type { BulkOrderFacts, BulkOrderLookup } from '../bulk/types';
import type { AccountRow, LinkDb, OrderRow } from '../db/schema';
import { viewOf } from '../orders/order-store';
import type { MarketOrderStatus } from '../sixshop/schemas/market-order';
import { DAY_MS, deadlineOf, TO_SHIP } from './deadline';
import type { ClaimList, DeadlineList, SyncEntry, SyncHistory, ToolOrder, ToolOrderList } from './requests';

/** Reads of the extension's IndexedDB for the 주문 도구 page. Nothing here writes. */

async function accountsOf(db: LinkDb, accountId?: string): Promise<AccountRow[]> {
  const all = await db.accounts.toArray();
  all.sort((a, b) => a.createdAt - b.createdAt);
  return accountId ? all.filter((a) => a.id === accountId) : all;
}

function toolOrder(row: OrderRow, account: AccountRow): ToolOrder {
  return { ...viewOf(row), accountId: account.id, accountAlias: account.alias, storeSlug: account.storeSlug };
}

/** 주문 내보내기: by account, status and paid date, newest payment first. */
export async function listOrders(
  db: LinkDb,
  q: {
    accountId?: string | undefined;
    statuses?: readonly MarketOrderStatus[] | undefined;
    paidFrom?: number | undefined;
    paidTo?: number | undefined;
    limit?: number | undefined;
  },
): Promise<ToolOrderList> {
  const limit = q.limit ?? 10_000;
  const from = q.paidFrom ?? 0;
  const to = q.paidTo ?? Number.MAX_SAFE_INTEGER;
  const statuses = new Set(q.statuses ?? []);
  const rows: ToolOrder[] = [];
  let total = 0;
  for (const account of await accountsOf(db, q.accountId)) {
    const found = await db.orders
      .where('[accountId+paidAt]')
      .between([account.id, from], [account.id, to], true, false)
      .filter((r) => statuses.size === 0 || statuses.has(r.status as MarketOrderStatus))
      .toArray();
    total += found.length;
    for (const r of found) rows.push(toolOrder(r, account));
  }
  rows.sort((a, b) => b.paidAt - a.paidAt || a.productOrderId.localeCompare(b.productOrderId));
  return { rows: rows.slice(0, limit), total, truncated: total > limit };
}

const OPEN_CLAIMS: readonly MarketOrderStatus[] = [
  'CANCEL_REQUESTED',
  'RETURN_REQUESTED',
  'EXCHANGE_REQUESTED',
];
const CLOSED_CLAIMS: readonly MarketOrderStatus[] = ['CANCELED', 'RETURNED', 'EXCHANGED'];

/** 클레임: every open request, and those closed within `days` days; open first, newest request first. */
export async function listClaims(
  db: LinkDb,
  q: { accountId?: string | undefined; days?: number | undefined },
  now: number,
): Promise<ClaimList> {
  const since = now - (q.days ?? 30) * DAY_MS;
  const rows: ToolOrder[] = [];
  for (const account of await accountsOf(db, q.accountId)) {
    for (const status of [...OPEN_CLAIMS, ...CLOSED_CLAIMS]) {
      const found = await db.orders.where('[accountId+status]').equals([account.id, status]).toArray();
      for (const r of found) {
        const v = toolOrder(r, account);
        const open = OPEN_CLAIMS.includes(status);
        const when = v.claimCompletedAt ?? v.claimRequestedAt ?? r.lastChangedAt;
        if (open || when >= since) rows.push(v);
      }
    }
  }
  const isOpen = (o: ToolOrder) => OPEN_CLAIMS.includes(o.status);
  rows.sort(
    (a, b) =>
      Number(isOpen(b)) - Number(isOpen(a)) ||
      (b.claimRequestedAt ?? b.paidAt) - (a.claimRequestedAt ?? a.paidAt) ||
      a.productOrderId.localeCompare(b.productOrderId),
  );
  return { rows, open: rows.filter(isOpen).length };
}

/** 발송 기한: items to ship past or within 24 h of their deadline, the most urgent first. */
export async function listDeadlines(
  db: LinkDb,
  q: { accountId?: string | undefined },
  now: number,
): Promise<DeadlineList> {
  const rows: ToolOrder[] = [];
  for (const account of await accountsOf(db, q.accountId)) {
    for (const status of TO_SHIP) {
      const found = await db.orders.where('[accountId+status]').equals([account.id, status]).toArray();
      for (const r of found) {
        const v = toolOrder(r, account);
        if (deadlineOf(v, now)) rows.push(v);
      }
    }
  }
  rows.sort((a, b) => (a.shippingDueAt ?? 0) - (b.shippingDueAt ?? 0));
  const overdue = rows.filter((r) => deadlineOf(r, now)?.tone === 'overdue').length;
  return { rows, overdue, soon: rows.length - overdue, now };
}

/** The log's `detail` is written by lib/orders/runner.ts; read it defensively all the same. */
const text = z.catch(z.optional(z.string()), undefined);
const count = z.catch(z.number(), 0);
const SyncDetailSchema = z.object({
  ok: z.catch(z.boolean(), false),
  message: text,
  errorKind: text,
  traceId: text,
  created: count,
  updated: count,
  newPaid: count,
  pages: count,
  shopPending: count,
});

/** 동기화 기록: the newest runs of each account, newest first. */
export async function syncHistory(
  db: LinkDb,
  q: { accountId?: string | undefined; limit?: number | undefined },
): Promise<SyncHistory[]> {
  const limit = q.limit ?? 30;
  const out: SyncHistory[] = [];
  for (const account of await accountsOf(db, q.accountId)) {
    const logs = await db.syncLog
      .where('[accountId+at]')
      .between([account.id, 0], [account.id, Number.MAX_SAFE_INTEGER])
      .reverse()
      .limit(limit)
      .toArray();
    const entries: SyncEntry[] = logs.map((l) => {
      const d = SyncDetailSchema.safeParse(l.detail ?? {});
      const detail = d.success
        ? d.data
        : { ok: false, created: 0, updated: 0, newPaid: 0, pages: 0, shopPending: 0 };
      return { id: l.id ?? 0, at: l.at, kind: l.kind, ...detail };
    });
    out.push({ accountId: account.id, accountAlias: account.alias, storeSlug: account.storeSlug, entries });
  }
  return out;
}

function facts(row: OrderRow, account: AccountRow): BulkOrderFacts {
  const v = viewOf(row);
  return {
    accountId: account.id,
    accountAlias: account.alias,
    productOrderId: v.productOrderId,
    orderId: v.orderId,
    status: v.status,
    productName: v.productName,
    optionText: v.optionText,
    receiverName: v.receiverName,
    courierCode: v.courierCode,
    trackingNumber: v.trackingNumber,
  };
}

/** The bulk validation's view of the extension's orders (every linked account). */
export function dbBulkLookup(db: LinkDb): BulkOrderLookup {
  const withAccounts = async (rows: OrderRow[]) => {
    const accounts = new Map((await db.accounts.toArray()).map((a) => [a.id, a]));
    return rows.flatMap((r) => {
      const a = accounts.get(r.accountId);
      return a ? [facts(r, a)] : [];
    });
  };
  return {
    async byProductOrderIds(ids) {
      if (ids.length === 0) return [];
      return withAccounts(
        await db.orders
          .where('productOrderId')
          .anyOf([...ids])
          .toArray(),
      );
    },
    async byPrefix(prefix) {
      return withAccounts(await db.orders.where('productOrderId').startsWith(prefix).limit(10).toArray());
    },
  };
}
