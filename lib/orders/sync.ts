import type { LinkDb, LinkTables, OrderRow } from '../db/schema';
import { t } from '../i18n';
import type { ShopClient } from '../sixshop/client';
import type { CommerceClient } from '../smartstore/client';
import { parseApiDate } from '../smartstore/datetime';
import { CommerceApiError } from '../smartstore/errors';
import { chunk, LIMITS } from '../smartstore/limits';
import { type OrderVersion, type SentToShop, upsertOrderViews, versionsToWrite, viewOf } from './order-store';
import { toMarketOrder, toOrderView } from './order-view';

/** Where collection resumes: the window being read and, inside it, the next page. */
export interface OrderCursor {
  from: number;
  to?: number | undefined;
  moreFrom?: string | undefined;
  moreSequence?: string | undefined;
}

export interface SyncDeps {
  db: LinkDb;
  commerce: CommerceClient;
  shop: Pick<ShopClient, 'upsertMarketOrders'>;
  now: () => number;
}

export interface SyncOptions {
  lookbackDays: number;
  /** windows overlap by this much to absorb clock skew and late commits */
  overlapMs?: number;
  /** stop after this many pages in one run (the next run goes on from the cursor) */
  maxPages?: number;
}

export interface SyncResult {
  pages: number;
  created: number;
  updated: number;
  newPaid: number;
  caughtUp: boolean;
  pushedToShop: number;
  shopPending: number;
  error?: { kind: string; message: string; traceId?: string | undefined } | undefined;
}

const DAY = 24 * 60 * 60 * 1000;

export async function readCursor(
  db: LinkTables<'cursors'>,
  accountId: string,
): Promise<OrderCursor | undefined> {
  const row = await db.cursors.get(accountId);
  return row?.value as OrderCursor | undefined;
}

/** One page of the change feed read and its product orders' details, not yet stored. */
interface FetchedPage {
  /** when the page was asked for: the stored rows' `updatedAt` */
  at: number;
  views: OrderVersion[];
  /** the cursor that covers this page once it is stored */
  next: OrderCursor;
  caughtUp: boolean;
}

/**
 * Reads one page of changed statuses and the details of its paid product orders (300 per call). Reads only:
 * nothing is stored, so a page read and then dropped (a stop, an error) costs nothing but the calls.
 */
async function fetchPage(
  commerce: CommerceClient,
  cursor: OrderCursor,
  at: number,
  overlap: number,
): Promise<FetchedPage> {
  const to = cursor.to ?? Math.min(cursor.from + LIMITS.changedStatusesWindowMs, at);
  const page = await commerce.changedStatusesPage({
    from: cursor.from,
    to,
    ...(cursor.moreFrom && cursor.moreSequence
      ? { moreFrom: cursor.moreFrom, moreSequence: cursor.moreSequence }
      : {}),
  });
  const changedAt = new Map<string, number>();
  for (const item of page.items) {
    if (item.productOrderStatus === 'PAYMENT_WAITING') continue; // only paid orders are collected
    const when = parseApiDate(item.lastChangedDate);
    changedAt.set(
      item.productOrderId,
      Math.max(changedAt.get(item.productOrderId) ?? 0, Number.isFinite(when) ? when : 0),
    );
  }
  const details = changedAt.size ? await commerce.queryProductOrders([...changedAt.keys()]) : [];
  const views = details.flatMap((d) => {
    const view = toOrderView(d);
    return view ? [{ view, lastChangedAt: changedAt.get(view.productOrderId) ?? at }] : [];
  });
  // A window shorter than 24 h was cut at "now" when it was chosen: finishing it means we are caught up.
  const caughtUp = !page.more && to < cursor.from + LIMITS.changedStatusesWindowMs;
  const next: OrderCursor = page.more
    ? { from: cursor.from, to, moreFrom: page.more.moreFrom, moreSequence: page.more.moreSequence }
    : { from: Math.max(cursor.from, to - overlap) };
  if (!page.more && next.from <= cursor.from && !caughtUp) next.from = to; // always move forward
  return { at, views, next, caughtUp };
}

/**
 * Collects one account's changed product orders (reference §7): windows of at most 24 h, every `more` page,
 * details 300 at a time; each page's orders and the cursor that covers them are written in one transaction,
 * so a worker stopped anywhere resumes from the last saved page. While a page is being stored the next one is
 * already being read (its cursor is known from the page before); pages are still stored strictly in order.
 * A page's new and changed orders go to the shop backend just before they are stored, and are stored as sent
 * (a stop in between sends them again on the next run: the shop's upsert keeps one of each). When the shop
 * cannot take them they are stored marked, and sent at the end of the run or the next one. Then re-reads
 * 배송 중 items (delivery completion has no change type) and pushes whatever is still waiting.
 */
export async function syncAccount(
  deps: SyncDeps,
  account: { id: string; shopMarketAccountId: string },
  opts: SyncOptions,
): Promise<SyncResult> {
  const { db, commerce, now } = deps;
  const overlap = opts.overlapMs ?? 5 * 60 * 1000;
  const maxPages = opts.maxPages ?? 200;
  const result: SyncResult = {
    pages: 0,
    created: 0,
    updated: 0,
    newPaid: 0,
    caughtUp: false,
    pushedToShop: 0,
    shopPending: 0,
  };
  const shopAlong = sendAlong(deps, account);
  let ahead: Promise<FetchedPage> | undefined;
  try {
    const cursor: OrderCursor = (await readCursor(db, account.id)) ?? {
      from: now() - opts.lookbackDays * DAY,
    };
    if (maxPages > 0) ahead = fetchPage(commerce, cursor, now(), overlap);
    while (ahead) {
      const page = await ahead;
      ahead = undefined;
      if (!page.caughtUp && result.pages + 1 < maxPages) {
        ahead = fetchPage(commerce, page.next, now(), overlap);
        ahead.catch(() => undefined); // seen when awaited; a failure must not go unhandled meanwhile
      }
      const sent = await shopAlong(page.views);
      const counts = await db.transaction('rw', ['orders', 'cursors'], async (tx) => {
        const c = await upsertOrderViews(tx, account.id, page.views, page.at, sent);
        await tx.cursors.put({ accountId: account.id, value: page.next });
        return c;
      });
      result.pages++;
      result.created += counts.created;
      result.updated += counts.updated;
      result.newPaid += counts.newPaid;
      result.pushedToShop += sent.size;
      if (page.caughtUp) result.caughtUp = true;
    }
    if (result.caughtUp) {
      const rechecked = await recheckShipping(deps, account.id);
      result.updated += rechecked;
    }
  } catch (e) {
    result.error = errorSummary(e);
    // a page read ahead is dropped unstored; its calls end before the run does
    await ahead?.catch(() => undefined);
  }
  const pushed = await pushPendingOrders(deps, account).catch((e: unknown) => {
    result.error ??= errorSummary(e);
    return undefined;
  });
  result.pushedToShop += pushed?.pushed ?? 0;
  result.shopPending = await db.orders.where('[accountId+shopPending]').equals([account.id, 1]).count();
  return result;
}

/**
 * Sends a page's new and changed orders to the shop backend before they are stored, and answers what was
 * sent. After the first failure it sends nothing more in this run: those orders are stored marked, and the
 * push at the end of the run tries again and reports the error.
 */
function sendAlong(
  deps: Pick<SyncDeps, 'db' | 'shop'>,
  account: { id: string; shopMarketAccountId: string },
): (views: readonly OrderVersion[]) => Promise<SentToShop> {
  let failed = false;
  return async (views) => {
    const sent = new Map<string, OrderVersion>();
    if (failed || views.length === 0) return sent;
    const due = await deps.db.transaction('r', ['orders'], (tx) => versionsToWrite(tx, account.id, views));
    try {
      for (const batch of chunk(due, SHOP_BATCH)) {
        await deps.shop.upsertMarketOrders(
          account.shopMarketAccountId,
          batch.map((v) => toMarketOrder(v.view, v.lastChangedAt)),
        );
        for (const v of batch) sent.set(v.view.productOrderId, v);
      }
    } catch {
      failed = true;
    }
    return sent;
  };
}

/** 배송 중 items are read again: SmartStore's 배송 완료 does not show in the change feed. */
async function recheckShipping(deps: SyncDeps, accountId: string): Promise<number> {
  const shipping = await deps.db.orders.where('[accountId+status]').equals([accountId, 'SHIPPING']).toArray();
  if (shipping.length === 0) return 0;
  let updated = 0;
  for (const batch of chunk(shipping, LIMITS.queryIds)) {
    const details = await deps.commerce.queryProductOrders(batch.map((r) => r.productOrderId));
    const prev = new Map(batch.map((r) => [r.productOrderId, r]));
    const views = details.flatMap((d) => {
      const view = toOrderView(d);
      return view
        ? [{ view, lastChangedAt: prev.get(view.productOrderId)?.lastChangedAt ?? deps.now() }]
        : [];
    });
    const counts = await deps.db.transaction('rw', ['orders'], (tx) =>
      upsertOrderViews(tx, accountId, views, deps.now()),
    );
    updated += counts.updated;
  }
  return updated;
}

/** Product orders per shop-backend call. */
const SHOP_BATCH = 300;

/** Sends every order the shop has not seen in its latest version; marks them sent only after the shop says so. */
export async function pushPendingOrders(
  deps: Pick<SyncDeps, 'db' | 'shop'>,
  account: { id: string; shopMarketAccountId: string },
): Promise<{ pushed: number }> {
  let pushed = 0;
  for (;;) {
    const rows = await deps.db.orders
      .where('[accountId+shopPending]')
      .equals([account.id, 1])
      .limit(SHOP_BATCH)
      .toArray();
    if (rows.length === 0) return { pushed };
    await deps.shop.upsertMarketOrders(
      account.shopMarketAccountId,
      rows.map((r) => toMarketOrder(viewOf(r), r.lastChangedAt)),
    );
    await deps.db.transaction('rw', ['orders'], async (tx) => {
      const current = await tx.orders.bulkGet(
        rows.map((r) => [account.id, r.productOrderId] as [string, string]),
      );
      // Only clear the mark on rows that did not change again while they were being sent.
      const sent = current.filter((c, i): c is OrderRow => !!c && c.updatedAt === rows[i]!.updatedAt);
      if (sent.length) await tx.orders.bulkPut(sent.map((c) => ({ ...c, shopPending: 0 as const })));
    });
    pushed += rows.length;
    if (rows.length < SHOP_BATCH) return { pushed };
  }
}

function errorSummary(e: unknown): NonNullable<SyncResult['error']> {
  if (e instanceof CommerceApiError) return { kind: e.kind, message: e.userMessage, traceId: e.traceId };
  if (typeof e === 'object' && e !== null && 'userMessage' in e && 'kind' in e) {
    return { kind: String(e.kind), message: String(e.userMessage) };
  }
  return {
    kind: 'internal',
    message: t(
      '주문 수집 중 예상하지 못한 오류가 발생했습니다.',
      'Something unexpected went wrong while collecting orders.',
    ),
  };
}
