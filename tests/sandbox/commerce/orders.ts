import { z } from 'zod';
import { LastChangedTypeSchema } from '../../../lib/smartstore/enums';
import { LIMITS } from '../../../lib/smartstore/limits';
import type { AuthContext } from './auth';
import { formatKst, parseApiDateTime } from './clock';
import type { EmulatorContext } from './context';
import { orderBadRequest, orderError } from './errors';
import { type ApiResponse, type IncomingCall, jsonBody } from './http';
import { feedRowView, productOrderDetailView } from './order-view';
import { compareIds, type ProductOrderRecord } from './state';

/** The order family's success envelope. */
export function orderData(call: IncomingCall, now: number, data: unknown): ApiResponse {
  return { status: 200, body: { timestamp: formatKst(now), traceId: call.traceId, data } };
}

function dateParam(call: IncomingCall, name: string): number | undefined {
  const text = call.search.get(name);
  if (text === null) return undefined;
  const ms = parseApiDateTime(text);
  if (ms === undefined) {
    throw orderBadRequest(
      'Pattern',
      name,
      `${name}의 형식이 올바르지 않습니다. yyyy-MM-ddTHH:mm:ss.SSS+09:00 형식이어야 합니다.`,
    );
  }
  return ms;
}

/**
 * `GET /v1/pay-order/seller/product-orders/last-changed-statuses` (reference §3.1).
 * A span over 24 h answers 104139 (UNCONFIRMED maximum; strict reading of the documented default).
 */
export function lastChangedStatuses(
  ctx: EmulatorContext,
  call: IncomingCall,
  auth: AuthContext,
): ApiResponse {
  const from = dateParam(call, 'lastChangedFrom');
  if (from === undefined)
    throw orderBadRequest('NotNull', 'lastChangedFrom', 'lastChangedFrom은 필수 값입니다.');
  const to = dateParam(call, 'lastChangedTo') ?? from + LIMITS.changedStatusesWindowMs;
  if (to < from)
    throw orderBadRequest('Invalid', 'lastChangedTo', 'lastChangedTo는 lastChangedFrom 이후여야 합니다.');
  if (to - from > LIMITS.changedStatusesWindowMs) {
    throw orderError(400, '104139', '조회 가능한 날짜 범위를 초과하였습니다. (최대 24시간)');
  }
  const limitText = call.search.get('limitCount');
  let limit: number = LIMITS.changedStatusesPage;
  if (limitText !== null) {
    if (!/^\d+$/.test(limitText) || Number(limitText) < 1) {
      throw orderBadRequest('Min', 'limitCount', 'limitCount는 1 이상의 정수여야 합니다.');
    }
    limit = Math.min(Number(limitText), LIMITS.changedStatusesPage);
  }
  const typeText = call.search.get('lastChangedType');
  let type: string | undefined;
  if (typeText !== null) {
    const parsed = LastChangedTypeSchema.safeParse(typeText);
    if (!parsed.success)
      throw orderBadRequest('Invalid', 'lastChangedType', '지원하지 않는 lastChangedType 입니다.');
    type = parsed.data;
  }
  const moreSequence = call.search.get('moreSequence') ?? '';

  const rows = ctx.state.feedRows(auth.seller.accountId);
  let index = lowerBound(rows, from, moreSequence);
  const page: ProductOrderRecord[] = [];
  let next: ProductOrderRecord | undefined;
  for (; index < rows.length; index++) {
    const row = rows[index];
    if (!row || row.lastChangedDate > to) break;
    if (type !== undefined && row.lastChangedType !== type) continue;
    if (page.length === limit) {
      next = row;
      break;
    }
    page.push(row);
  }
  const data = {
    count: page.length,
    lastChangeStatuses: page.map((po) => feedRowView(po, ctx.state.orders.get(po.orderId))),
    ...(next
      ? { more: { moreFrom: formatKst(next.lastChangedDate), moreSequence: next.productOrderId } }
      : {}),
  };
  return orderData(call, ctx.clock.now(), data);
}

/** First row at or after (ms, sequence): rows at exactly `ms` below `sequence` were already returned. */
function lowerBound(rows: readonly ProductOrderRecord[], ms: number, sequence: string): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const row = rows[mid];
    if (!row) break;
    const before =
      row.lastChangedDate < ms ||
      (row.lastChangedDate === ms && compareIds(row.productOrderId, sequence) < 0);
    if (before) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const QueryBody = z.object({
  productOrderIds: z.array(z.string()),
  quantityClaimCompatibility: z.boolean().optional(),
});

/** `POST /v1/pay-order/seller/product-orders/query` (reference §3.2): unknown and other sellers' ids are absent. */
export function queryProductOrders(ctx: EmulatorContext, call: IncomingCall, auth: AuthContext): ApiResponse {
  const parsed = QueryBody.safeParse(jsonBody(call, 'order'));
  if (!parsed.success) {
    throw orderBadRequest('NotNull', 'productOrderIds', 'productOrderIds는 문자열 배열이어야 합니다.');
  }
  const ids = parsed.data.productOrderIds;
  call.log.productOrderIds = ids;
  if (ids.length === 0)
    throw orderBadRequest('NotEmpty', 'productOrderIds', 'productOrderIds는 비어 있을 수 없습니다.');
  if (ids.length > LIMITS.queryIds) {
    throw orderBadRequest(
      'Size',
      'productOrderIds',
      `productOrderIds는 최대 ${LIMITS.queryIds}개까지 요청할 수 있습니다.`,
    );
  }
  const data = [];
  for (const id of new Set(ids)) {
    const po = ctx.state.productOrders.get(id);
    const order = po ? ctx.state.orders.get(po.orderId) : undefined;
    if (!po || !order || po.sellerAccountId !== auth.seller.accountId) continue;
    data.push(productOrderDetailView(po, order));
  }
  return orderData(call, ctx.clock.now(), data);
}

/**
 * `GET /v1/pay-order/seller/orders/{orderId}/product-order-ids` (reference §3.4).
 * An unknown order (or another seller's) answers 400 `100003` (UNCONFIRMED: HTTP status of this code).
 */
export function productOrderIdsOfOrder(
  ctx: EmulatorContext,
  call: IncomingCall,
  auth: AuthContext,
  orderId: string,
): ApiResponse {
  const order = ctx.state.orders.get(orderId);
  if (!order || order.sellerAccountId !== auth.seller.accountId) {
    throw orderError(400, '100003', '주문 정보가 존재하지 않습니다.');
  }
  call.log.productOrderIds = [...order.productOrderIds];
  return orderData(call, ctx.clock.now(), [...order.productOrderIds]);
}
