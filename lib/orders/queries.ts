import type { AccountRow, LinkDb, OrderRow } from '../db/schema';
import type { MarketOrderStatus } from '../sixshop/schemas/market-order';
import { MARKET_ORDER_STATUSES } from '../sixshop/schemas/market-order';
import { claimReasonLabel, claimStatusLabel, courierName } from '../smartstore/codes';
import { viewOf } from './order-store';
import type { OrderView } from './order-view';
import type { ActionKind, ActionRecord, ItemState } from './outbox-types';
import type { OrderCursor } from './sync';

/** What a content script may learn about one product order on its page: enough to place the right controls. */
export interface OrderBrief {
  accountId: string;
  accountAlias: string;
  storeSlug: string;
  productOrderId: string;
  orderId: string;
  status: MarketOrderStatus;
  productName: string;
  optionText?: string | undefined;
  quantity: number;
  courierCode?: string | undefined;
  /** the courier's name in the browser's language (written by the background, like `claimText`) */
  courierName?: string | undefined;
  trackingNumber?: string | undefined;
  shippingDueAt?: number | undefined;
  claimType?: string | undefined;
  claimStatus?: string | undefined;
  claimReason?: string | undefined;
  claimRequestedAt?: number | undefined;
  /**
   * The claim's state and reason as the seller reads them ("반품 요청 · 상품 파손"), written by the background in
   * the browser's language (the same as the page's): the order overlay shows it without carrying the code tables.
   */
  claimText?: string | undefined;
  /** the latest action on this item, if any: pending work or a failure to show */
  action?: { id: string; kind: ActionKind; state: ItemState; message?: string | undefined } | undefined;
}

export function briefOf(row: OrderRow, account: AccountRow, action?: OrderBrief['action']): OrderBrief {
  const v: OrderView = viewOf(row);
  return {
    accountId: row.accountId,
    accountAlias: account.alias,
    storeSlug: account.storeSlug,
    productOrderId: v.productOrderId,
    orderId: v.orderId,
    status: v.status,
    productName: v.productName,
    optionText: v.optionText,
    quantity: v.quantity,
    courierCode: v.courierCode,
    courierName: v.courierCode ? courierName(v.courierCode) : undefined,
    trackingNumber: v.trackingNumber,
    shippingDueAt: v.shippingDueAt,
    claimType: v.claimType,
    claimStatus: v.claimStatus,
    claimReason: v.claimReason,
    claimRequestedAt: v.claimRequestedAt,
    claimText: claimText(v),
    action,
  };
}

/** A claim's state and reason in the seller's words, joined: "반품 요청 · 상품 파손"; undefined without either. */
export function claimText(c: {
  claimStatus?: string | undefined;
  claimReason?: string | undefined;
}): string | undefined {
  const state = c.claimStatus ? claimStatusLabel(c.claimStatus) : '';
  const reason = c.claimReason ? claimReasonLabel(c.claimReason) : '';
  return [state, reason].filter(Boolean).join(' · ') || undefined;
}

/** Latest action per product order among recent outbox records (queued first, then the newest settled). */
async function latestActions(
  db: LinkDb,
  productOrderIds: ReadonlySet<string>,
): Promise<Map<string, OrderBrief['action']>> {
  const out = new Map<string, OrderBrief['action']>();
  const since = Date.now() - 3 * 24 * 60 * 60 * 1000;
  const records = await db.outbox.where('createdAt').aboveOrEqual(since).toArray();
  records.sort((a, b) => a.createdAt - b.createdAt);
  for (const r of records) {
    for (const i of r.items) {
      if (!productOrderIds.has(i.productOrderId)) continue;
      if (i.state === 'skipped') continue;
      out.set(i.productOrderId, { id: r.id, kind: r.kind, state: i.state, message: i.message });
    }
  }
  return out;
}

/** Answers a page about the order numbers it shows (product order numbers and/or order numbers). */
export async function lookupOrders(
  db: LinkDb,
  q: { productOrderIds: readonly string[]; orderIds: readonly string[] },
): Promise<OrderBrief[]> {
  const accounts = new Map((await db.accounts.toArray()).map((a) => [a.id, a]));
  const rows: OrderRow[] = [];
  if (q.productOrderIds.length) {
    const set = [...new Set(q.productOrderIds)];
    rows.push(...(await db.orders.where('productOrderId').anyOf(set).toArray()));
  }
  if (q.orderIds.length)
    rows.push(
      ...(await db.orders
        .where('orderId')
        .anyOf([...new Set(q.orderIds)])
        .toArray()),
    );
  const unique = new Map(rows.map((r) => [`${r.accountId}:${r.productOrderId}`, r]));
  const actions = await latestActions(db, new Set([...unique.values()].map((r) => r.productOrderId)));
  return [...unique.values()].flatMap((r) => {
    const account = accounts.get(r.accountId);
    return account ? [briefOf(r, account, actions.get(r.productOrderId))] : [];
  });
}

export interface AccountSummary {
  accountId: string;
  alias: string;
  storeSlug: string;
  counts: Record<MarketOrderStatus, number>;
  deliveredToday: number;
  /** items past or within a day of their dispatch deadline, still to ship */
  dueSoon: number;
  overdue: number;
  lastSync?:
    | { at: number; ok: boolean; message?: string | undefined; created: number; updated: number }
    | undefined;
  syncing: boolean;
  cursorAt?: number | undefined;
}

/** The statuses the popup counts (settled ones such as 구매 확정 are not counted: counting walks the index). */
export const COUNTED_STATUSES = [
  'PAYMENT_CONFIRMING',
  'PREPARING',
  'SHIPPING',
  'CANCEL_REQUESTED',
  'RETURN_REQUESTED',
  'EXCHANGE_REQUESTED',
] as const satisfies readonly MarketOrderStatus[];

const DAY_MS = 24 * 60 * 60 * 1000;

/** `syncing` tells whether an account's orders are being collected right now (the runner's locks know). */
export async function accountSummaries(
  db: LinkDb,
  now: number,
  syncing: (accountId: string) => boolean = () => false,
): Promise<AccountSummary[]> {
  const accounts = await db.accounts.toArray();
  accounts.sort((a, b) => a.createdAt - b.createdAt);
  const startOfDay = kstStartOfDay(now);
  const range = (id: string, status: string, index: 'updatedAt' | 'shipDueAt', from: number, to: number) =>
    db.orders
      .where(`[accountId+status+${index}]`)
      .between([id, status, from], [id, status, to], true, false)
      .count();
  return Promise.all(
    accounts.map(async (a) => {
      const counts = Object.fromEntries(MARKET_ORDER_STATUSES.map((s) => [s, 0])) as Record<
        MarketOrderStatus,
        number
      >;
      await Promise.all(
        COUNTED_STATUSES.map(async (s) => {
          counts[s] = await db.orders.where('[accountId+status]').equals([a.id, s]).count();
        }),
      );
      const toShip = ['PAYMENT_CONFIRMING', 'PREPARING'] as const;
      const [deliveredToday, overdue, dueSoon] = await Promise.all([
        range(a.id, 'DELIVERED', 'updatedAt', startOfDay, Number.MAX_SAFE_INTEGER),
        Promise.all(toShip.map((s) => range(a.id, s, 'shipDueAt', 1, now))).then((n) => n[0]! + n[1]!),
        Promise.all(toShip.map((s) => range(a.id, s, 'shipDueAt', now, now + DAY_MS))).then(
          (n) => n[0]! + n[1]!,
        ),
      ]);
      const last = await db.syncLog
        .where('[accountId+at]')
        .between([a.id, 0], [a.id, Number.MAX_SAFE_INTEGER])
        .last();
      const cursor = (await db.cursors.get(a.id))?.value as OrderCursor | undefined;
      const detail = last?.detail as
        | { ok?: boolean; message?: string; created?: number; updated?: number }
        | undefined;
      return {
        accountId: a.id,
        alias: a.alias,
        storeSlug: a.storeSlug,
        counts,
        deliveredToday,
        dueSoon,
        overdue,
        lastSync: last
          ? {
              at: last.at,
              ok: detail?.ok ?? false,
              message: detail?.message,
              created: detail?.created ?? 0,
              updated: detail?.updated ?? 0,
            }
          : undefined,
        syncing: syncing(a.id),
        cursorAt: cursor?.from,
      };
    }),
  );
}

/** A popup row: the brief plus who bought it and when (never sent to content scripts). */
export interface PopupOrder extends OrderBrief {
  buyerName: string;
  paidAt: number;
}

/** Name searches look at this many of each account's newest orders at most. */
export const NAME_SEARCH_SCAN = 5_000;

/** The newest orders, or a search by order number (digits) or buyer / receiver / product name. */
export async function recentOrders(
  db: LinkDb,
  opts: { query?: string; limit?: number } = {},
): Promise<PopupOrder[]> {
  const limit = Math.min(opts.limit ?? 20, 100);
  const accounts = new Map((await db.accounts.toArray()).map((a) => [a.id, a]));
  const q = opts.query?.trim() ?? '';
  let rows: OrderRow[];
  if (/^\d{4,}$/.test(q)) {
    rows = [
      ...(await db.orders.where('productOrderId').startsWith(q).limit(limit).toArray()),
      ...(await db.orders.where('orderId').startsWith(q).limit(limit).toArray()),
    ];
  } else {
    const all: OrderRow[] = [];
    for (const a of accounts.values()) {
      const coll = db.orders
        .where('[accountId+paidAt]')
        .between([a.id, 0], [a.id, Number.MAX_SAFE_INTEGER])
        .reverse();
      if (!q) {
        all.push(...(await coll.limit(limit).toArray()));
        continue;
      }
      const scanned = await coll.limit(NAME_SEARCH_SCAN).toArray();
      const hits = scanned.filter((r) => {
        const v = viewOf(r);
        return v.buyerName.includes(q) || v.receiverName.includes(q) || v.productName.includes(q);
      });
      all.push(...hits.slice(0, limit));
    }
    rows = all.sort((x, y) => y.paidAt - x.paidAt);
  }
  const unique = [...new Map(rows.map((r) => [`${r.accountId}:${r.productOrderId}`, r])).values()].slice(
    0,
    limit,
  );
  const actions = await latestActions(db, new Set(unique.map((r) => r.productOrderId)));
  return unique.flatMap((r) => {
    const account = accounts.get(r.accountId);
    if (!account) return [];
    const v = viewOf(r);
    return [
      { ...briefOf(r, account, actions.get(r.productOrderId)), buyerName: v.buyerName, paidAt: v.paidAt },
    ];
  });
}

/** Actions waiting to go out, and recent ones with failed items, newest first. */
export async function actionsNeedingAttention(db: LinkDb, now: number): Promise<ActionRecord[]> {
  const recent = await db.outbox
    .where('createdAt')
    .aboveOrEqual(now - 24 * 60 * 60 * 1000)
    .toArray();
  const queued = await db.outbox.where('status').equals('queued').toArray();
  const all = [...new Map([...recent, ...queued].map((r) => [r.id, r])).values()].sort(
    (a, b) => a.createdAt - b.createdAt,
  );
  // A failure that a later action on the same item (retried, or done another way) replaced is no longer news.
  const latest = new Map<string, number>();
  for (const r of all)
    for (const i of r.items)
      if (i.state !== 'skipped') latest.set(`${r.kind}:${i.productOrderId}`, r.createdAt);
  return all
    .filter(
      (r) =>
        r.status === 'queued' ||
        r.items.some(
          (i) => i.state === 'failed' && latest.get(`${r.kind}:${i.productOrderId}`) === r.createdAt,
        ),
    )
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, 30);
}

export async function countAwaitingConfirm(db: LinkDb): Promise<number> {
  return db.orders.where('status').equals('PAYMENT_CONFIRMING').count();
}

const KST = 9 * 60 * 60 * 1000;
export function kstStartOfDay(now: number): number {
  return Math.floor((now + KST) / 86_400_000) * 86_400_000 - KST;
}
