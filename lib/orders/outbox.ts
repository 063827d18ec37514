import type { LinkDb } from '../db/schema';
import type { ItemOutcome } from '../smartstore/batch';
import type { CommerceClient } from '../smartstore/client';
import { CommerceApiError } from '../smartstore/errors';
import type { ProductOrderDetail } from '../smartstore/schemas/orders';
import { upsertOrderViews } from './order-store';
import { type OrderView, toOrderView } from './order-view';
import { type ActionItem, type ActionRecord, FINAL_STATES } from './outbox-types';

export interface OutboxDeps {
  db: LinkDb;
  commerce: CommerceClient;
  now: () => number;
}

const RETRY_LATER_MS = 30_000;

/** Was the action already applied on SmartStore? Used before any retry of an item whose outcome is unknown. */
export function appliedOnSmartStore(
  kind: ActionRecord['kind'],
  item: ActionItem,
  d: ProductOrderDetail,
): boolean {
  const po = d.productOrder;
  switch (kind) {
    case 'confirm':
      return po.placeOrderStatus === 'OK' || po.productOrderStatus !== 'PAYED';
    case 'dispatch':
      return (
        ['DELIVERING', 'DELIVERED', 'PURCHASE_DECIDED'].includes(po.productOrderStatus) &&
        (!item.trackingNumber || d.delivery?.trackingNumber === item.trackingNumber)
      );
    case 'cancel':
      return po.claimType === 'CANCEL' || po.productOrderStatus === 'CANCELED';
  }
}

async function save(db: LinkDb, record: ActionRecord): Promise<void> {
  record.status = record.items.every((i) => FINAL_STATES.has(i.state)) ? 'settled' : 'queued';
  await db.outbox.put(record);
}

/**
 * Sends one queued action: first re-reads SmartStore for items whose outcome is unknown (or that were being
 * sent when the worker stopped), then sends what is still pending, then writes the result of every item and
 * SmartStore's fresh state of the orders touched. Items that could not be sent stay pending for later.
 */
export async function processAction(deps: OutboxDeps, id: string): Promise<ActionRecord | undefined> {
  const { db, commerce, now } = deps;
  const record = await db.outbox.get(id);
  if (!record || record.status === 'settled') return record;
  if (record.nextAttemptAt && record.nextAttemptAt > now()) return record;

  // 1. Reconcile: anything that may have reached SmartStore is read back before it is sent again.
  const doubtful = record.items.filter((i) => i.state === 'unknown' || i.state === 'sending');
  if (doubtful.length > 0) {
    let details: ProductOrderDetail[];
    try {
      details = await commerce.queryProductOrders(doubtful.map((i) => i.productOrderId));
    } catch (e) {
      return deferred(db, record, e, now());
    }
    const byId = new Map(details.map((d) => [d.productOrder.productOrderId, d]));
    for (const item of doubtful) {
      const d = byId.get(item.productOrderId);
      if (d && appliedOnSmartStore(record.kind, item, d)) {
        item.state = 'done';
        item.message = undefined;
      } else item.state = 'pending';
    }
    await refreshOrders(db, record.accountId, details, now());
  }

  const pending = record.items.filter((i) => i.state === 'pending');
  if (pending.length === 0) {
    record.updatedAt = now();
    await save(db, record);
    return record;
  }

  // 2. Mark as being sent, durably, so a worker stopped during the call reconciles instead of resending.
  for (const i of pending) {
    i.state = 'sending';
    i.attempts++;
  }
  record.updatedAt = now();
  await save(db, record);

  let outcomes: ItemOutcome[];
  try {
    outcomes = await send(commerce, record, pending);
  } catch (e) {
    // Thrown before sending (e.g. the token could not be issued): nothing reached SmartStore.
    for (const i of pending) i.state = 'pending';
    return deferred(db, record, e, now());
  }

  const byId = new Map(outcomes.map((o) => [o.productOrderId, o]));
  const recheck = new Set<string>();
  let notSent: CommerceApiError | undefined;
  for (const item of pending) {
    const o = byId.get(item.productOrderId);
    if (!o) {
      item.state = 'unknown';
      continue;
    }
    switch (o.outcome) {
      case 'success':
        item.state = 'done';
        item.message = undefined;
        item.code = undefined;
        break;
      case 'failed':
        item.code = o.code;
        item.message = o.userMessage;
        // "already in that state": maybe by our own earlier request that SmartStore applied late. Read back.
        item.state = o.code === '105306' ? 'unknown' : 'failed';
        if (o.code === '105306') recheck.add(item.productOrderId);
        break;
      case 'unknown':
        item.state = 'unknown';
        break;
      case 'not-sent':
        item.state = 'pending';
        notSent = o.error;
        break;
    }
  }
  if (notSent) {
    record.lastError = { kind: notSent.kind, message: notSent.userMessage };
    record.nextAttemptAt = notSent.retryAt ?? now() + RETRY_LATER_MS;
  } else {
    record.lastError = undefined;
    record.nextAttemptAt = undefined;
  }
  record.updatedAt = now();
  await save(db, record);

  // 3. SmartStore's fresh state of the touched orders (also settles unknown items right away when it can).
  const touched = pending.map((i) => i.productOrderId);
  try {
    const details = await commerce.queryProductOrders(touched);
    const byOrder = new Map(details.map((d) => [d.productOrder.productOrderId, d]));
    for (const item of record.items) {
      if (item.state !== 'unknown') continue;
      const d = byOrder.get(item.productOrderId);
      if (d && appliedOnSmartStore(record.kind, item, d)) {
        item.state = 'done';
        item.code = undefined;
        item.message = undefined;
      } else if (d && recheck.has(item.productOrderId)) item.state = 'failed';
      else if (d) {
        // Not applied yet, but the lost request may still be on its way: read again right before resending.
        item.state = 'unknown';
        record.nextAttemptAt = Math.min(record.nextAttemptAt ?? Infinity, now() + 5_000);
        record.lastError ??= {
          kind: 'outcome-unknown',
          message: '응답을 받지 못해 상태를 확인했습니다. 곧 다시 보냅니다.',
        };
      }
    }
    await refreshOrders(db, record.accountId, details, now());
    record.updatedAt = now();
    await save(db, record);
  } catch {
    // The next pass reads unknown items again; what SmartStore confirmed is shown now.
    await applyKnown(db, record, now());
    if (record.items.some((i) => i.state === 'unknown')) {
      record.lastError ??= {
        kind: 'outcome-unknown',
        message: '응답을 받지 못해 상태를 확인하는 중입니다. 곧 다시 확인합니다.',
      };
      record.nextAttemptAt ??= now() + 5_000;
      await save(db, record);
    }
  }
  return record;
}

async function send(
  commerce: CommerceClient,
  record: ActionRecord,
  items: ActionItem[],
): Promise<ItemOutcome[]> {
  switch (record.kind) {
    case 'confirm':
      return commerce.confirm(items.map((i) => i.productOrderId));
    case 'dispatch':
      return commerce.dispatch(
        items.map((i) => ({
          productOrderId: i.productOrderId,
          deliveryMethod: 'DELIVERY' as const,
          deliveryCompanyCode: i.courierCode,
          trackingNumber: i.trackingNumber,
          dispatchDate: record.dispatchDate ?? record.createdAt,
        })),
      );
    case 'cancel': {
      const out: ItemOutcome[] = [];
      for (const i of items) {
        out.push(
          await commerce.requestCancel(i.productOrderId, {
            reason: i.reason ?? 'SOLD_OUT',
            detail: i.detail,
          }),
        );
      }
      return out;
    }
  }
}

async function deferred(db: LinkDb, record: ActionRecord, e: unknown, t: number): Promise<ActionRecord> {
  const err =
    e instanceof CommerceApiError
      ? e
      : new CommerceApiError({
          kind: 'network',
          cause: e,
          userMessage: '요청을 보내지 못했습니다. 잠시 후 자동으로 다시 시도합니다.',
        });
  record.lastError = { kind: err.kind, message: err.userMessage };
  record.nextAttemptAt = err.retryAt ?? t + RETRY_LATER_MS;
  record.updatedAt = t;
  // Credentials that do not work will not work on their own later: settle as failed so the seller sees it.
  if (
    ['auth', 'token-rejected', 'agency-not-selected', 'ip-not-allowed', 'shop-key-rejected'].includes(
      err.kind,
    )
  ) {
    for (const i of record.items) {
      if (i.state === 'pending') {
        i.state = 'failed';
        i.message = err.userMessage;
      }
    }
  }
  await save(db, record);
  return record;
}

/** The result of items SmartStore answered `success` for, written locally when it could not be read back. */
async function applyKnown(db: LinkDb, record: ActionRecord, t: number): Promise<void> {
  const done = record.items.filter((i) => i.state === 'done');
  if (done.length === 0) return;
  await db.transaction('rw', db.orders, async () => {
    for (const i of done) {
      const row = await db.orders.get([record.accountId, i.productOrderId]);
      if (!row) continue;
      const data = { ...(row.data as OrderView) };
      if (record.kind === 'confirm' && row.status === 'PAYMENT_CONFIRMING') {
        data.status = 'PREPARING';
        data.placeOrderStatus = 'OK';
      } else if (record.kind === 'dispatch' && ['PAYMENT_CONFIRMING', 'PREPARING'].includes(row.status)) {
        data.status = 'SHIPPING';
        data.smartstoreStatus = 'DELIVERING';
        data.placeOrderStatus = 'OK';
        data.courierCode = i.courierCode;
        data.trackingNumber = i.trackingNumber;
      } else if (record.kind === 'cancel' && ['PAYMENT_CONFIRMING', 'PREPARING'].includes(row.status)) {
        data.status = 'CANCELED';
        data.smartstoreStatus = 'CANCELED';
      } else continue;
      await db.orders.put({ ...row, status: data.status, data, shopPending: 1, updatedAt: t });
    }
  });
}

async function refreshOrders(
  db: LinkDb,
  accountId: string,
  details: ProductOrderDetail[],
  t: number,
): Promise<void> {
  const views = details.flatMap((d) => {
    const view: OrderView | undefined = toOrderView(d);
    return view ? [{ view, lastChangedAt: t }] : [];
  });
  if (views.length) await db.transaction('rw', db.orders, () => upsertOrderViews(db, accountId, views, t));
}

/** Every queued action of an account (or all), oldest first. */
export async function queuedActions(db: LinkDb, accountId?: string): Promise<ActionRecord[]> {
  const rows = accountId
    ? await db.outbox.where('[accountId+status]').equals([accountId, 'queued']).toArray()
    : await db.outbox.where('status').equals('queued').toArray();
  return rows.sort((a, b) => a.createdAt - b.createdAt);
}

/**
 * Failed items of a settled action go out again as a new action (the seller may have fixed the tracking
 * number). The old record stays as history.
 */
export function retryItems(
  record: ActionRecord,
  productOrderIds: readonly string[],
  fixes: Record<string, { courierCode?: string; trackingNumber?: string }> = {},
): Array<{ productOrderId: string; courierCode?: string | undefined; trackingNumber?: string | undefined }> {
  const wanted = new Set(productOrderIds);
  return record.items
    .filter((i) => i.state === 'failed' && wanted.has(i.productOrderId))
    .map((i) => ({
      productOrderId: i.productOrderId,
      courierCode: fixes[i.productOrderId]?.courierCode ?? i.courierCode,
      trackingNumber: fixes[i.productOrderId]?.trackingNumber ?? i.trackingNumber,
    }));
}
