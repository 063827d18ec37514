import type { LinkDb } from '../db/schema';
import { t } from '../i18n';
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

/** First wait after passing trouble (5xx, network, timeouts); it doubles with each attempt up to the cap. */
const RETRY_LATER_MS = 30_000;
const RETRY_CAP_MS = 15 * 60_000;
/** Wait before reading back an item whose answer was lost: the request may still be on its way. */
const READ_BACK_MS = 5_000;

/** How long to wait before sending again after passing trouble, by how often the items were sent already. */
export function retryDelayMs(attempts: number): number {
  const doublings = Math.min(Math.max(attempts, 1) - 1, 10);
  return Math.min(RETRY_LATER_MS * 2 ** doublings, RETRY_CAP_MS);
}

/**
 * Refusals that waiting does not cure: the credentials, the IP list, the agency choice or the request itself.
 * The items settle as failed with what to fix; the seller retries them after fixing it.
 */
const REFUSED_FOR_GOOD: ReadonlySet<string> = new Set([
  'auth',
  'token-rejected',
  'agency-not-selected',
  'ip-not-allowed',
  'shop-key-rejected',
  'validation',
  'not-found',
  'conflict',
]);

export function refusedForGood(err: CommerceApiError): boolean {
  return REFUSED_FOR_GOOD.has(err.kind);
}

/** What the seller reads on an item refused for good. */
function refusalMessage(err: CommerceApiError): string {
  if (err.kind === 'auth')
    return t(
      '스마트스토어가 인증을 거부해 처리하지 못했습니다. 계정의 연동 정보(API 연동용 판매자 ID)를 확인하거나 다시 연동한 뒤 재시도해 주세요.',
      'SmartStore refused the credentials, so this was not processed. Check the account’s link details (API seller ID) or link it again, then retry.',
    );
  return err.userMessage;
}

/** States an item reaches once it was dispatched. */
const DISPATCHED = ['DELIVERING', 'DELIVERED', 'PURCHASE_DECIDED'];
/** States only a confirmed item can reach (dispatched, then possibly exchanged or returned). */
const PAST_CONFIRM = [...DISPATCHED, 'EXCHANGED', 'RETURNED'];
const CANCEL_APPLIED = ['CANCELING', 'CANCEL_DONE'];

function cancelledOnSmartStore(d: ProductOrderDetail): boolean {
  const po = d.productOrder;
  return (
    po.productOrderStatus === 'CANCELED' ||
    po.productOrderStatus === 'CANCELED_BY_NOPAYMENT' ||
    (po.claimType === 'CANCEL' && CANCEL_APPLIED.includes(po.claimStatus ?? ''))
  );
}

/** Was the action already applied on SmartStore? Used before any retry of an item whose outcome is unknown. */
export function appliedOnSmartStore(
  kind: ActionRecord['kind'],
  item: ActionItem,
  d: ProductOrderDetail,
): boolean {
  const po = d.productOrder;
  switch (kind) {
    case 'confirm':
      // confirmed, or already past it into shipping; a cancelled item was never confirmed by us
      return (
        !cancelledOnSmartStore(d) &&
        (po.placeOrderStatus === 'OK' || PAST_CONFIRM.includes(po.productOrderStatus))
      );
    case 'dispatch':
      return (
        DISPATCHED.includes(po.productOrderStatus) &&
        (!item.trackingNumber || d.delivery?.trackingNumber === item.trackingNumber)
      );
    case 'cancel':
      return cancelledOnSmartStore(d);
  }
}

/**
 * Why the action can no longer be applied to an item, as SmartStore shows it (`undefined` when it still can):
 * an item cancelled meanwhile is neither confirmed nor dispatched.
 */
export function impossibleOnSmartStore(
  kind: ActionRecord['kind'],
  d: ProductOrderDetail,
): string | undefined {
  if (kind === 'cancel' || !cancelledOnSmartStore(d)) return undefined;
  return kind === 'confirm'
    ? t(
        '스마트스토어에서 취소된 주문이라 발주 확인할 수 없습니다.',
        'This order was cancelled on SmartStore, so it cannot be confirmed.',
      )
    : t(
        '스마트스토어에서 취소된 주문이라 배송 처리할 수 없습니다.',
        'This order was cancelled on SmartStore, so it cannot be dispatched.',
      );
}

/** Settles an item as failed with a reason. */
function fail(item: ActionItem, message: string, code?: string): void {
  item.state = 'failed';
  item.message = message;
  item.code = code;
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
      const impossible = d && impossibleOnSmartStore(record.kind, d);
      if (d && appliedOnSmartStore(record.kind, item, d)) {
        item.state = 'done';
        item.message = undefined;
      } else if (impossible) fail(item, impossible);
      else item.state = 'pending';
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
    settleOrWait(
      record,
      pending.filter((i) => i.state === 'pending'),
      notSent,
      now(),
    );
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
      const impossible = d && impossibleOnSmartStore(record.kind, d);
      if (d && appliedOnSmartStore(record.kind, item, d)) {
        item.state = 'done';
        item.code = undefined;
        item.message = undefined;
      } else if (impossible) fail(item, impossible);
      else if (d && recheck.has(item.productOrderId)) item.state = 'failed';
      else if (d) {
        // Not applied yet, but the lost request may still be on its way: read again right before resending.
        item.state = 'unknown';
        record.nextAttemptAt = Math.min(record.nextAttemptAt ?? Infinity, now() + READ_BACK_MS);
        record.lastError ??= {
          kind: 'outcome-unknown',
          message: t(
            '응답을 받지 못해 상태를 확인했습니다. 곧 다시 보냅니다.',
            'No answer came back, so the status was checked. It will be sent again shortly.',
          ),
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
        message: t(
          '응답을 받지 못해 상태를 확인하는 중입니다. 곧 다시 확인합니다.',
          'No answer came back; the status is being checked and will be checked again shortly.',
        ),
      };
      record.nextAttemptAt ??= now() + READ_BACK_MS;
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

function maxAttempts(items: readonly ActionItem[]): number {
  return items.reduce((m, i) => Math.max(m, i.attempts), 0);
}

/**
 * Nothing could be sent or read back. Passing trouble waits, longer each time; a refusal waiting does not cure
 * settles every open item as failed with what to fix (an item whose answer was lost may have been applied:
 * a retry after the fix finds that out from SmartStore's answer and reads it back).
 */
async function deferred(db: LinkDb, record: ActionRecord, e: unknown, t0: number): Promise<ActionRecord> {
  const err =
    e instanceof CommerceApiError
      ? e
      : new CommerceApiError({
          kind: 'network',
          cause: e,
          userMessage: t(
            '요청을 보내지 못했습니다. 잠시 후 자동으로 다시 시도합니다.',
            'The request could not be sent. It will be retried automatically shortly.',
          ),
        });
  record.updatedAt = t0;
  settleOrWait(
    record,
    record.items.filter((i) => !FINAL_STATES.has(i.state)),
    err,
    t0,
  );
  await save(db, record);
  return record;
}

/**
 * Items that could not be sent because of `err`: refused for good, they settle as failed with what to fix
 * (sending again changes nothing until the seller fixes it); passing trouble waits, longer each attempt.
 */
function settleOrWait(record: ActionRecord, open: ActionItem[], err: CommerceApiError, at: number): void {
  if (refusedForGood(err)) {
    const message = refusalMessage(err);
    for (const i of open) fail(i, message, err.code);
    record.lastError = { kind: err.kind, message };
    record.nextAttemptAt = undefined;
  } else {
    record.lastError = { kind: err.kind, message: err.userMessage };
    record.nextAttemptAt = err.retryAt ?? at + retryDelayMs(maxAttempts(open));
  }
}

/** The result of items SmartStore answered `success` for, written locally when it could not be read back. */
async function applyKnown(db: LinkDb, record: ActionRecord, t: number): Promise<void> {
  const done = record.items.filter((i) => i.state === 'done');
  if (done.length === 0) return;
  await db.transaction('rw', ['orders'], async (tx) => {
    for (const i of done) {
      const row = await tx.orders.get([record.accountId, i.productOrderId]);
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
      await tx.orders.put({ ...row, status: data.status, data, shopPending: 1, updatedAt: t });
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
  if (views.length) await db.transaction('rw', ['orders'], (tx) => upsertOrderViews(tx, accountId, views, t));
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
