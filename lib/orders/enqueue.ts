import { z } from 'zod/mini';
import type { LinkDb, LinkTables, OrderRow } from '../db/schema';
import { t } from '../i18n';
import { UserFacingError } from '../messaging/errors';
import { SellerCancelReasonSchema } from '../smartstore/enums';
import { LIMITS } from '../smartstore/limits';
import { viewOf } from './order-store';
import type { ActionItem, ActionKind, ActionRecord } from './outbox-types';
import { statusLabel } from './status';
import { courierProblem, normaliseTrackingNumber, trackingNumberProblem } from './tracking';

const RequestId = z.string().check(z.minLength(8), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/));
const Id = z
  .string()
  .check(z.regex(/^\d{1,32}$/, { error: () => t('주문번호는 숫자입니다.', 'Order numbers are digits.') }));
const AccountId = z.string().check(z.minLength(1));

export const ConfirmRequestSchema = z.object({
  requestId: RequestId,
  accountId: AccountId,
  /** 발주 확인 per order number (every 주문 확인 중 item of it) or per product order */
  orderIds: z._default(z.array(Id).check(z.maxLength(500)), []),
  productOrderIds: z._default(z.array(Id).check(z.maxLength(500)), []),
});

export const DispatchRequestSchema = z.object({
  requestId: RequestId,
  accountId: AccountId,
  items: z
    .array(
      z.object({
        productOrderId: Id,
        courierCode: z.string().check(z.maxLength(30)),
        trackingNumber: z.string().check(z.maxLength(40)),
      }),
    )
    .check(
      z.minLength(1, {
        error: () => t('배송 처리할 품목을 선택해 주세요.', 'Select the items to dispatch.'),
      }),
      z.maxLength(1000),
    ),
});

export const CancelRequestSchema = z.object({
  requestId: RequestId,
  accountId: AccountId,
  productOrderId: Id,
  reason: z.enum(SellerCancelReasonSchema.options, {
    error: () => t('목록에 있는 취소 사유를 선택해 주세요.', 'Choose a cancel reason from the list.'),
  }),
  detail: z.optional(
    z.string().check(
      z.trim(),
      z.maxLength(LIMITS.cancelDetailMaxLength, {
        error: () =>
          t(
            `취소 상세 사유는 ${LIMITS.cancelDetailMaxLength}자 이내로 입력해 주세요.`,
            `Keep the cancel details within ${LIMITS.cancelDetailMaxLength} characters.`,
          ),
      }),
    ),
  ),
});

export interface EnqueueDeps {
  db: LinkDb;
  now: () => number;
}

/** The state each action starts from (the guide): 발주 확인 and 취소 처리 from 주문 확인 중, 배송 처리 from 배송 준비 중. */
const REQUIRED_STATUS: Record<ActionKind, string> = {
  confirm: 'PAYMENT_CONFIRMING',
  dispatch: 'PREPARING',
  cancel: 'PAYMENT_CONFIRMING',
};

/**
 * Writes an action to the outbox before anything is sent. The same request id twice (a double click) returns
 * the first record; an item that another open action already covers (a second tab) is skipped, not sent twice.
 * Bad input is refused with a message per item and nothing is written.
 */
export async function enqueueAction(
  deps: EnqueueDeps,
  kind: ActionKind,
  raw: unknown,
): Promise<ActionRecord> {
  const { db, now } = deps;
  const parsed = parseRequest(kind, raw);
  const existing = await db.outbox.get(parsed.requestId);
  if (existing) return existing;
  const account = await db.accounts.get(parsed.accountId);
  if (!account)
    throw new UserFacingError(
      'not-found',
      t(
        '연동된 계정을 찾을 수 없습니다. 설정에서 계정을 확인해 주세요.',
        'The linked account was not found. Check the account in settings.',
      ),
    );

  return db.transaction('rw', ['outbox', 'orders'], async (tx) => {
    const again = await tx.outbox.get(parsed.requestId);
    if (again) return again;
    const rows = await targetRows(tx, parsed, kind);
    const fields: Record<string, string> = {};
    const open = await tx.outbox.where('[accountId+status]').equals([parsed.accountId, 'queued']).toArray();
    const busy = new Set(
      open
        .filter((r) => r.kind === kind)
        .flatMap((r) =>
          r.items.filter((i) => i.state !== 'failed' && i.state !== 'skipped').map((i) => i.productOrderId),
        ),
    );
    const items: ActionItem[] = [];
    for (const target of rows) {
      if (!target.row) {
        fields[target.productOrderId] = t(
          '연동된 주문에서 찾을 수 없습니다. 주문을 새로 동기화한 뒤 다시 시도해 주세요.',
          'Not found among the linked orders. Sync orders again, then retry.',
        );
        continue;
      }
      const view = viewOf(target.row);
      if (target.row.status !== REQUIRED_STATUS[kind]) {
        if (kind === 'confirm' && parsed.orderIds.length > 0) continue; // by order number: only its 주문 확인 중 items
        const current = statusLabel(view.status);
        const required = statusLabel(REQUIRED_STATUS[kind] as never);
        fields[target.productOrderId] = t(
          `${current} 상태에서는 할 수 없습니다 (${required} 상태에서만 가능).`,
          `Not possible while "${current}" (only while "${required}").`,
        );
        continue;
      }
      const item: ActionItem = {
        productOrderId: target.productOrderId,
        orderId: view.orderId,
        state: 'pending',
        attempts: 0,
      };
      if (kind === 'dispatch') {
        const problem =
          courierProblem(target.courierCode) ?? trackingNumberProblem(target.trackingNumber ?? '');
        if (problem) {
          fields[target.productOrderId] = problem;
          continue;
        }
        item.courierCode = target.courierCode;
        item.trackingNumber = normaliseTrackingNumber(target.trackingNumber ?? '');
      }
      if (kind === 'cancel') {
        item.reason = target.reason;
        item.detail = target.detail;
      }
      if (busy.has(target.productOrderId)) {
        item.state = 'skipped';
        item.message = t(
          '이미 처리 중인 요청이 있습니다. 결과를 기다려 주세요.',
          'A request for this item is already in progress. Wait for its result.',
        );
      }
      items.push(item);
    }
    if (Object.keys(fields).length > 0) {
      throw new UserFacingError(
        'invalid-items',
        t(
          '처리할 수 없는 품목이 있습니다. 품목별 안내를 확인해 주세요.',
          'Some items cannot be processed. See the note on each item.',
        ),
        fields,
      );
    }
    if (items.length === 0) {
      throw new UserFacingError(
        'nothing-to-do',
        t('발주 확인할 "주문 확인 중" 품목이 없습니다.', 'No "Awaiting confirmation" items to confirm.'),
      );
    }
    const at = now();
    const record: ActionRecord = {
      id: parsed.requestId,
      accountId: parsed.accountId,
      kind,
      status: items.every((i) => i.state === 'skipped') ? 'settled' : 'queued',
      createdAt: at,
      updatedAt: at,
      items,
      ...(kind === 'dispatch' ? { dispatchDate: at } : {}),
    };
    await tx.outbox.add(record);
    return record;
  });
}

interface ParsedRequest {
  requestId: string;
  accountId: string;
  orderIds: string[];
  targets: Array<{
    productOrderId?: string;
    orderId?: string;
    courierCode?: string;
    trackingNumber?: string;
    reason?: z.infer<typeof SellerCancelReasonSchema>;
    detail?: string | undefined;
  }>;
}

function parseRequest(kind: ActionKind, raw: unknown): ParsedRequest {
  if (kind === 'confirm') {
    const r = ConfirmRequestSchema.parse(raw);
    if (r.orderIds.length + r.productOrderIds.length === 0) {
      throw new UserFacingError(
        'nothing-to-do',
        t('발주 확인할 주문을 선택해 주세요.', 'Select the orders to confirm.'),
      );
    }
    return {
      requestId: r.requestId,
      accountId: r.accountId,
      orderIds: r.orderIds,
      targets: [
        ...r.orderIds.map((orderId) => ({ orderId })),
        ...r.productOrderIds.map((productOrderId) => ({ productOrderId })),
      ],
    };
  }
  if (kind === 'dispatch') {
    const r = DispatchRequestSchema.parse(raw);
    return { requestId: r.requestId, accountId: r.accountId, orderIds: [], targets: r.items };
  }
  const r = CancelRequestSchema.parse(raw);
  return {
    requestId: r.requestId,
    accountId: r.accountId,
    orderIds: [],
    targets: [{ productOrderId: r.productOrderId, reason: r.reason, detail: r.detail }],
  };
}

async function targetRows(db: LinkTables<'orders'>, req: ParsedRequest, _kind: ActionKind) {
  const out: Array<ParsedRequest['targets'][number] & { productOrderId: string; row: OrderRow | undefined }> =
    [];
  const seen = new Set<string>();
  for (const target of req.targets) {
    if (target.orderId) {
      const rows = await db.orders
        .where('[accountId+orderId]')
        .equals([req.accountId, target.orderId])
        .toArray();
      if (rows.length === 0) out.push({ ...target, productOrderId: target.orderId, row: undefined });
      for (const row of rows) {
        if (seen.has(row.productOrderId)) continue;
        seen.add(row.productOrderId);
        out.push({ ...target, productOrderId: row.productOrderId, row });
      }
    } else if (target.productOrderId && !seen.has(target.productOrderId)) {
      seen.add(target.productOrderId);
      out.push({
        ...target,
        productOrderId: target.productOrderId,
        row: await db.orders.get([req.accountId, target.productOrderId]),
      });
    }
  }
  return out;
}
