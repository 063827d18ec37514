import { type ItemOutcome, runBatches, uniqueBy } from './batch';
import { formatKst } from './datetime';
import type { DispatchDeliveryMethod, SellerCancelReason } from './enums';
import type { CommerceHttp } from './http';
import { chunk, LIMITS } from './limits';
import {
  ActionResponseSchema,
  type ChangedStatus,
  ChangedStatusesResponseSchema,
  ConfirmResponseSchema,
  type ProductOrderDetail,
  ProductOrderIdsResponseSchema,
  QueryResponseSchema,
} from './schemas/orders';

const BASE = '/v1/pay-order/seller';

export interface ChangedStatusesQuery {
  /** Inclusive window, epoch ms; at most 24 h wide. */
  from: number;
  to: number;
  lastChangedType?: string;
  limitCount?: number;
}

export interface ChangedStatusesPage {
  items: ChangedStatus[];
  /** Where the next page starts; absent on the last page. */
  more?: { moreFrom: string; moreSequence: string } | undefined;
}

/** One page of `last-changed-statuses` (reference §3.1). `moreFrom` replaces `from` when paging. */
export async function getChangedStatusesPage(
  http: CommerceHttp,
  q: ChangedStatusesQuery & { moreFrom?: string; moreSequence?: string },
): Promise<ChangedStatusesPage> {
  if (!(q.to >= q.from)) throw new RangeError('lastChangedTo must not be before lastChangedFrom');
  if (q.to - q.from > LIMITS.changedStatusesWindowMs) {
    throw new RangeError('a changed-statuses window is at most 24 hours');
  }
  const res = await http.request({
    apiId: 'orders.lastChangedStatuses',
    method: 'GET',
    path: `${BASE}/product-orders/last-changed-statuses`,
    query: {
      lastChangedFrom: q.moreFrom ?? formatKst(q.from),
      lastChangedTo: formatKst(q.to),
      lastChangedType: q.lastChangedType,
      moreSequence: q.moreSequence,
      limitCount: Math.min(q.limitCount ?? LIMITS.changedStatusesPage, LIMITS.changedStatusesPage),
    },
    schema: ChangedStatusesResponseSchema,
    mutation: false,
  });
  return { items: res.data.lastChangeStatuses, more: res.data.more };
}

/** Every page of one window, following `more` with the same `lastChangedTo`. */
export async function* iterateChangedStatuses(
  http: CommerceHttp,
  q: ChangedStatusesQuery,
): AsyncGenerator<ChangedStatusesPage> {
  let cursor: { moreFrom: string; moreSequence: string } | undefined;
  for (;;) {
    const page = await getChangedStatusesPage(http, { ...q, ...(cursor ?? {}) });
    yield page;
    if (!page.more) return;
    if (cursor && page.more.moreFrom === cursor.moreFrom && page.more.moreSequence === cursor.moreSequence) {
      return; // the server repeated the cursor: stop rather than loop forever
    }
    cursor = page.more;
  }
}

/** Details of product orders, 300 per call (reference §3.2). Unknown IDs are simply absent. */
export async function queryProductOrders(
  http: CommerceHttp,
  productOrderIds: readonly string[],
): Promise<ProductOrderDetail[]> {
  const ids = [...new Set(productOrderIds)];
  const out: ProductOrderDetail[] = [];
  for (const batch of chunk(ids, LIMITS.queryIds)) {
    const res = await http.request({
      apiId: 'orders.query',
      method: 'POST',
      path: `${BASE}/product-orders/query`,
      body: { productOrderIds: batch },
      schema: QueryResponseSchema,
      mutation: false,
    });
    out.push(...res.data);
  }
  return out;
}

/** Product order numbers of one order number (reference §3.4). */
export async function getProductOrderIds(http: CommerceHttp, orderId: string): Promise<string[]> {
  const res = await http.request({
    apiId: 'orders.productOrderIds',
    method: 'GET',
    path: `${BASE}/orders/${encodeURIComponent(orderId)}/product-order-ids`,
    schema: ProductOrderIdsResponseSchema,
    mutation: false,
  });
  return res.data;
}

/** 발주 확인, 30 per call (reference §3.5); one outcome per product order. */
export async function confirmProductOrders(
  http: CommerceHttp,
  productOrderIds: readonly string[],
): Promise<ItemOutcome[]> {
  const ids = [...new Set(productOrderIds)];
  return runBatches(
    chunk(ids, LIMITS.confirmIds),
    (id) => id,
    async (batch) => {
      const res = await http.request({
        apiId: 'orders.confirm',
        method: 'POST',
        path: `${BASE}/product-orders/confirm`,
        body: { productOrderIds: batch },
        schema: ConfirmResponseSchema,
        mutation: true,
      });
      return { success: res.data.successProductOrderInfos, failed: res.data.failProductOrderInfos };
    },
  );
}

export interface DispatchItem {
  productOrderId: string;
  deliveryMethod: DispatchDeliveryMethod;
  deliveryCompanyCode?: string | undefined;
  trackingNumber?: string | undefined;
  /** epoch ms */
  dispatchDate: number;
}

/** 발송 처리, 30 per call (reference §3.6); one outcome per product order. */
export async function dispatchProductOrders(
  http: CommerceHttp,
  items: readonly DispatchItem[],
): Promise<ItemOutcome[]> {
  const unique = uniqueBy(items, (i) => i.productOrderId);
  return runBatches(
    chunk(unique, LIMITS.dispatchItems),
    (i) => i.productOrderId,
    async (batch) => {
      const res = await http.request({
        apiId: 'orders.dispatch',
        method: 'POST',
        path: `${BASE}/product-orders/dispatch`,
        body: {
          dispatchProductOrders: batch.map((i) => ({
            productOrderId: i.productOrderId,
            deliveryMethod: i.deliveryMethod,
            ...(i.deliveryCompanyCode ? { deliveryCompanyCode: i.deliveryCompanyCode } : {}),
            ...(i.trackingNumber ? { trackingNumber: i.trackingNumber } : {}),
            dispatchDate: formatKst(i.dispatchDate),
          })),
        },
        schema: ActionResponseSchema,
        mutation: true,
      });
      return {
        success: res.data.successProductOrderIds.map((productOrderId) => ({ productOrderId })),
        failed: res.data.failProductOrderInfos,
      };
    },
  );
}

export interface CancelRequest {
  reason: SellerCancelReason;
  /** at most 500 characters */
  detail?: string | undefined;
  quantity?: number | undefined;
}

/** 판매 취소 of one product order (reference §3.7). */
export async function requestCancel(
  http: CommerceHttp,
  productOrderId: string,
  req: CancelRequest,
): Promise<ItemOutcome> {
  if (req.detail && req.detail.length > LIMITS.cancelDetailMaxLength) {
    throw new RangeError(`cancel detail is at most ${LIMITS.cancelDetailMaxLength} characters`);
  }
  const [outcome] = await runBatches(
    [[productOrderId]],
    (id) => id,
    async () => {
      const res = await http.request({
        apiId: 'orders.cancelRequest',
        method: 'POST',
        path: `${BASE}/product-orders/${encodeURIComponent(productOrderId)}/claim/cancel/request`,
        body: {
          cancelReason: req.reason,
          ...(req.detail ? { cancelDetailedReason: req.detail } : {}),
          ...(req.quantity ? { cancelQuantity: req.quantity } : {}),
        },
        schema: ActionResponseSchema,
        mutation: true,
      });
      return {
        success: res.data.successProductOrderIds.map((id) => ({ productOrderId: id })),
        failed: res.data.failProductOrderInfos,
      };
    },
  );
  return outcome!;
}
