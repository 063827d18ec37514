import { z } from 'zod/mini';
import { BULK_MAX_ROWS, type BulkPreview } from '../bulk/types';
import { t } from '../i18n';
import type { OrderView } from '../orders/order-view';
import type { ActionRecord } from '../orders/outbox-types';
import { MARKET_ORDER_STATUSES } from '../sixshop/schemas/market-order';

/**
 * The messages of the 주문 도구 page (tools.html), in the style of `REQUESTS` in lib/messaging/protocol.ts.
 * Page-only: no content script ever sends them. Kept free of background code (zod and types only) so that
 * protocol.ts, which content scripts also bundle, can spread them in without pulling the database layer or the
 * runner along.
 */

const RequestId = z.string().check(z.minLength(8), z.maxLength(48), z.regex(/^[A-Za-z0-9_-]+$/));
/** one account; absent: every account */
const AccountId = z.optional(z.string().check(z.minLength(1), z.maxLength(100)));

/** One data row of an upload, cells as written; the background cleans and checks them. */
export const BulkInputRowSchema = z.object({
  line: z.int().check(z.minimum(1), z.maximum(10_000_000)),
  productOrderId: z.string().check(z.maxLength(200)),
  carrier: z.string().check(z.maxLength(200)),
  trackingNumber: z.string().check(z.maxLength(200)),
});
const BulkRows = z
  .array(BulkInputRowSchema)
  .check(
    z.minLength(1, { error: () => t('배송 처리할 행이 없습니다.', 'There are no rows to dispatch.') }),
    z.maxLength(BULK_MAX_ROWS),
  );
/** A whole number from `min` to `max`, `byDefault` when absent. */
const count = (min: number, max: number, byDefault: number) =>
  z._default(z.int().check(z.minimum(min), z.maximum(max)), byDefault);
/** epoch ms */
const Time = z.optional(z.int().check(z.minimum(0)));

export const TOOLS_REQUESTS = {
  /** 대량 배송 처리: every row checked against the extension's orders; nothing is sent */
  'tools.bulkPreview': z.object({ rows: BulkRows }),
  /** 대량 배송 처리: the rows checked again, the ready ones sent as one 배송 처리 action per account */
  'tools.bulkDispatch': z.object({ requestId: RequestId, rows: BulkRows }),
  /** 주문 내보내기: orders by account, status and paid date (epoch ms, `paidTo` excluded), newest first */
  'tools.orders': z.object({
    accountId: AccountId,
    statuses: z._default(
      z.array(z.enum(MARKET_ORDER_STATUSES)).check(z.maxLength(MARKET_ORDER_STATUSES.length)),
      [],
    ),
    paidFrom: Time,
    paidTo: Time,
    limit: count(1, 20_000, 10_000),
  }),
  /** 클레임: open cancel / return / exchange requests, and those closed in the last `days` days */
  'tools.claims': z.object({
    accountId: AccountId,
    days: count(1, 365, 30),
  }),
  /** 발송 기한: items to ship that are past or within 24 h of their deadline */
  'tools.deadlines': z.object({ accountId: AccountId }),
  /** 동기화 기록: the newest sync runs per account */
  'tools.syncLog': z.object({
    accountId: AccountId,
    limit: count(1, 200, 30),
  }),
} as const;

export type ToolsRequestType = keyof typeof TOOLS_REQUESTS;
export type ToolsRequestPayload<T extends ToolsRequestType> = z.input<(typeof TOOLS_REQUESTS)[T]>;

/** A product order with the account it belongs to. */
export interface ToolOrder extends OrderView {
  accountId: string;
  accountAlias: string;
  storeSlug: string;
}

export interface ToolOrderList {
  rows: ToolOrder[];
  /** how many matched (rows holds at most `limit`) */
  total: number;
  truncated: boolean;
}

export interface ClaimList {
  rows: ToolOrder[];
  open: number;
}

export interface DeadlineList {
  rows: ToolOrder[];
  overdue: number;
  soon: number;
  now: number;
}

/** One run of the order collection, as the sync log keeps it. */
export interface SyncEntry {
  id: number;
  at: number;
  kind: string;
  ok: boolean;
  message?: string | undefined;
  errorKind?: string | undefined;
  /** Naver's trace ID of a failed call, for 커머스API 문의 */
  traceId?: string | undefined;
  /** product orders seen for the first time */
  created: number;
  /** product orders that changed */
  updated: number;
  /** new 주문 확인 중 items */
  newPaid: number;
  pages: number;
  /** orders still to be sent to the shop */
  shopPending: number;
}

export interface SyncHistory {
  accountId: string;
  accountAlias: string;
  storeSlug: string;
  entries: SyncEntry[];
}

export interface BulkDispatchReply {
  /** the rows as checked just before sending */
  preview: BulkPreview;
  /** one 배송 처리 action per account, as they stand (items may still be on their way) */
  actions: ActionRecord[];
}

/** What each tools request answers with. */
export interface ToolsResponseMap {
  'tools.bulkPreview': BulkPreview;
  'tools.bulkDispatch': BulkDispatchReply;
  'tools.orders': ToolOrderList;
  'tools.claims': ClaimList;
  'tools.deadlines': DeadlineList;
  'tools.syncLog': SyncHistory[];
}
