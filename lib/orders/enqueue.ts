import { z } from 'zod';
import type { LinkDb, OrderRow } from '../db/schema';
import { UserFacingError } from '../messaging/errors';
import { SellerCancelReasonSchema } from '../smartstore/enums';
import { LIMITS } from '../smartstore/limits';
import { viewOf } from './order-store';
import type { ActionItem, ActionKind, ActionRecord } from './outbox-types';
import { statusLabel } from './status';
import { courierProblem, normaliseTrackingNumber, trackingNumberProblem } from './tracking';

const RequestId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
const Id = z.string().regex(/^\d{1,32}$/, '주문번호는 숫자입니다.');

export const ConfirmRequestSchema = z.object({
  requestId: RequestId,
  accountId: z.string().min(1),
  /** 발주 확인 per order number (every 주문 확인 중 item of it) or per product order */
  orderIds: z.array(Id).max(500).default([]),
  productOrderIds: z.array(Id).max(500).default([]),
});

export const DispatchRequestSchema = z.object({
  requestId: RequestId,
  accountId: z.string().min(1),
  items: z
    .array(
      z.object({ productOrderId: Id, courierCode: z.string().max(30), trackingNumber: z.string().max(40) }),
    )
    .min(1, '배송 처리할 품목을 선택해 주세요.')
    .max(1000),
});

export const CancelRequestSchema = z.object({
  requestId: RequestId,
  accountId: z.string().min(1),
  productOrderId: Id,
  reason: z.enum(SellerCancelReasonSchema.options, { error: '목록에 있는 취소 사유를 선택해 주세요.' }),
  detail: z
    .string()
    .trim()
    .max(
      LIMITS.cancelDetailMaxLength,
      `취소 상세 사유는 ${LIMITS.cancelDetailMaxLength}자 이내로 입력해 주세요.`,
    )
    .optional(),
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
    throw new UserFacingError('not-found', '연동된 계정을 찾을 수 없습니다. 설정에서 계정을 확인해 주세요.');

  return db.transaction('rw', db.outbox, db.orders, async () => {
    const again = await db.outbox.get(parsed.requestId);
    if (again) return again;
    const rows = await targetRows(db, parsed, kind);
    const fields: Record<string, string> = {};
    const open = await db.outbox.where('[accountId+status]').equals([parsed.accountId, 'queued']).toArray();
    const busy = new Set(
      open
        .filter((r) => r.kind === kind)
        .flatMap((r) =>
          r.items.filter((i) => i.state !== 'failed' && i.state !== 'skipped').map((i) => i.productOrderId),
        ),
    );
    const items: ActionItem[] = [];
    for (const t of rows) {
      if (!t.row) {
        fields[t.productOrderId] =
          '연동된 주문에서 찾을 수 없습니다. 주문을 새로 동기화한 뒤 다시 시도해 주세요.';
        continue;
      }
      const view = viewOf(t.row);
      if (t.row.status !== REQUIRED_STATUS[kind]) {
        if (kind === 'confirm' && parsed.orderIds.length > 0) continue; // by order number: only its 주문 확인 중 items
        fields[t.productOrderId] =
          `${statusLabel(view.status)} 상태에서는 할 수 없습니다 (${statusLabel(REQUIRED_STATUS[kind] as never)} 상태에서만 가능).`;
        continue;
      }
      const item: ActionItem = {
        productOrderId: t.productOrderId,
        orderId: view.orderId,
        state: 'pending',
        attempts: 0,
      };
      if (kind === 'dispatch') {
        const problem = courierProblem(t.courierCode) ?? trackingNumberProblem(t.trackingNumber ?? '');
        if (problem) {
          fields[t.productOrderId] = problem;
          continue;
        }
        item.courierCode = t.courierCode;
        item.trackingNumber = normaliseTrackingNumber(t.trackingNumber ?? '');
      }
      if (kind === 'cancel') {
        item.reason = t.reason;
        item.detail = t.detail;
      }
      if (busy.has(t.productOrderId)) {
        item.state = 'skipped';
        item.message = '이미 처리 중인 요청이 있습니다. 결과를 기다려 주세요.';
      }
      items.push(item);
    }
    if (Object.keys(fields).length > 0) {
      throw new UserFacingError(
        'invalid-items',
        '처리할 수 없는 품목이 있습니다. 품목별 안내를 확인해 주세요.',
        fields,
      );
    }
    if (items.length === 0) {
      throw new UserFacingError('nothing-to-do', '발주 확인할 "주문 확인 중" 품목이 없습니다.');
    }
    const t = now();
    const record: ActionRecord = {
      id: parsed.requestId,
      accountId: parsed.accountId,
      kind,
      status: items.every((i) => i.state === 'skipped') ? 'settled' : 'queued',
      createdAt: t,
      updatedAt: t,
      items,
      ...(kind === 'dispatch' ? { dispatchDate: t } : {}),
    };
    await db.outbox.add(record);
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
      throw new UserFacingError('nothing-to-do', '발주 확인할 주문을 선택해 주세요.');
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

async function targetRows(db: LinkDb, req: ParsedRequest, _kind: ActionKind) {
  const out: Array<ParsedRequest['targets'][number] & { productOrderId: string; row: OrderRow | undefined }> =
    [];
  const seen = new Set<string>();
  for (const t of req.targets) {
    if (t.orderId) {
      const rows = await db.orders.where('[accountId+orderId]').equals([req.accountId, t.orderId]).toArray();
      if (rows.length === 0) out.push({ ...t, productOrderId: t.orderId, row: undefined });
      for (const row of rows) {
        if (seen.has(row.productOrderId)) continue;
        seen.add(row.productOrderId);
        out.push({ ...t, productOrderId: row.productOrderId, row });
      }
    } else if (t.productOrderId && !seen.has(t.productOrderId)) {
      seen.add(t.productOrderId);
      out.push({
        ...t,
        productOrderId: t.productOrderId,
        row: await db.orders.get([req.accountId, t.productOrderId]),
      });
    }
  }
  return out;
}
