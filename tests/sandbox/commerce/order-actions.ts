import { z } from 'zod';
import {
  courierByCode,
  DispatchDeliveryMethodSchema,
  SellerCancelReasonSchema,
} from '../../../lib/smartstore/enums';
import { LIMITS } from '../../../lib/smartstore/limits';
import type { AuthContext } from './auth';
import { parseApiDateTime } from './clock';
import type { EmulatorContext } from './context';
import { orderBadRequest } from './errors';
import { type ApiResponse, type IncomingCall, jsonBody } from './http';
import { applyConfirm, applyDispatch, applySellerCancel, hasOpenClaim } from './order-lifecycle';
import { orderData } from './orders';
import type { ProductOrderRecord } from './state';

export interface FailInfo {
  productOrderId: string;
  code: string;
  message: string;
}

const fail = (productOrderId: string, code: string, message: string): FailInfo => ({
  productOrderId,
  code,
  message,
});

/** Checks shared by every action: duplicates in one request, existence, ownership. */
function lookup(
  ctx: EmulatorContext,
  auth: AuthContext,
  id: string,
  seen: Set<string>,
): { po: ProductOrderRecord } | { failure: FailInfo } {
  if (seen.has(id)) return { failure: fail(id, '104131', '요청에 중복된 상품주문번호가 있습니다.') };
  seen.add(id);
  const po = ctx.state.productOrders.get(id);
  if (!po) return { failure: fail(id, '100001', '상품주문 정보가 존재하지 않습니다.') };
  if (po.sellerAccountId !== auth.seller.accountId) {
    return { failure: fail(id, '101009', '해당 상품주문에 대한 권한이 없습니다.') };
  }
  return { po };
}

const ConfirmBody = z.object({ productOrderIds: z.array(z.string()) });

/**
 * `POST .../product-orders/confirm` (reference §3.5). Already confirmed → 105306; not PAYED or under a claim →
 * 104133 (UNCONFIRMED: which of Naver's codes answers these two cases).
 */
export function confirmProductOrders(
  ctx: EmulatorContext,
  call: IncomingCall,
  auth: AuthContext,
): ApiResponse {
  const parsed = ConfirmBody.safeParse(jsonBody(call, 'order'));
  if (!parsed.success)
    throw orderBadRequest('NotNull', 'productOrderIds', 'productOrderIds는 문자열 배열이어야 합니다.');
  const ids = parsed.data.productOrderIds;
  call.log.productOrderIds = ids;
  if (ids.length === 0)
    throw orderBadRequest('NotEmpty', 'productOrderIds', 'productOrderIds는 비어 있을 수 없습니다.');
  if (ids.length > LIMITS.confirmIds) {
    throw orderBadRequest(
      'Size',
      'productOrderIds',
      `productOrderIds는 최대 ${LIMITS.confirmIds}개까지 요청할 수 있습니다.`,
    );
  }
  const now = ctx.clock.now();
  const seen = new Set<string>();
  const successProductOrderInfos: { productOrderId: string; isReceiverAddressChanged: boolean }[] = [];
  const failProductOrderInfos: FailInfo[] = [];
  for (const id of ids) {
    const found = lookup(ctx, auth, id, seen);
    if ('failure' in found) {
      failProductOrderInfos.push(found.failure);
      continue;
    }
    const { po } = found;
    if (po.productOrderStatus === 'PAYED' && po.placeOrderStatus === 'OK' && !hasOpenClaim(po)) {
      failProductOrderInfos.push(fail(id, '105306', '이미 발주확인 처리된 상품주문입니다.'));
    } else if (hasOpenClaim(po)) {
      failProductOrderInfos.push(fail(id, '104133', '클레임이 진행 중인 상품주문은 발주확인할 수 없습니다.'));
    } else if (po.productOrderStatus !== 'PAYED') {
      failProductOrderInfos.push(
        fail(
          id,
          '104133',
          `결제완료 상태의 상품주문만 발주확인할 수 있습니다. (현재 상태: ${po.productOrderStatus})`,
        ),
      );
    } else {
      applyConfirm(po, now);
      successProductOrderInfos.push({
        productOrderId: id,
        isReceiverAddressChanged: po.receiverAddressChanged,
      });
    }
  }
  return orderData(call, now, { successProductOrderInfos, failProductOrderInfos });
}

const DispatchItem = z.object({
  productOrderId: z.string(),
  deliveryMethod: DispatchDeliveryMethodSchema,
  deliveryCompanyCode: z.string().optional(),
  trackingNumber: z.string().optional(),
  dispatchDate: z.string(),
});
const DispatchBody = z.object({ dispatchProductOrders: z.array(z.unknown()) });

/**
 * `POST .../product-orders/dispatch` (reference §3.6). A malformed entry (no productOrderId, an unknown
 * deliveryMethod, a missing or malformed dispatchDate) fails the whole request with 4000 (strict reading);
 * business checks answer per item.
 */
export function dispatchProductOrders(
  ctx: EmulatorContext,
  call: IncomingCall,
  auth: AuthContext,
): ApiResponse {
  const parsed = DispatchBody.safeParse(jsonBody(call, 'order'));
  if (!parsed.success) {
    throw orderBadRequest('NotNull', 'dispatchProductOrders', 'dispatchProductOrders는 배열이어야 합니다.');
  }
  const rawItems = parsed.data.dispatchProductOrders;
  call.log.productOrderIds = rawItems.flatMap((item) => {
    const id =
      typeof item === 'object' && item !== null
        ? (item as { productOrderId?: unknown }).productOrderId
        : undefined;
    return typeof id === 'string' ? [id] : [];
  });
  if (rawItems.length === 0) {
    throw orderBadRequest(
      'NotEmpty',
      'dispatchProductOrders',
      'dispatchProductOrders는 비어 있을 수 없습니다.',
    );
  }
  if (rawItems.length > LIMITS.dispatchItems) {
    throw orderBadRequest(
      'Size',
      'dispatchProductOrders',
      `dispatchProductOrders는 최대 ${LIMITS.dispatchItems}개까지 요청할 수 있습니다.`,
    );
  }
  const items = rawItems.map((raw, i) => {
    const item = DispatchItem.safeParse(raw);
    if (!item.success) {
      const field = String(item.error.issues[0]?.path[0] ?? 'productOrderId');
      throw orderBadRequest(
        'Invalid',
        `dispatchProductOrders[${i}].${field}`,
        `${field} 값이 올바르지 않습니다.`,
      );
    }
    const dispatchDate = parseApiDateTime(item.data.dispatchDate);
    if (dispatchDate === undefined) {
      throw orderBadRequest(
        'Pattern',
        `dispatchProductOrders[${i}].dispatchDate`,
        'dispatchDate의 형식이 올바르지 않습니다.',
      );
    }
    return { ...item.data, dispatchDate };
  });

  const now = ctx.clock.now();
  const seen = new Set<string>();
  const successProductOrderIds: string[] = [];
  const failProductOrderInfos: FailInfo[] = [];
  for (const item of items) {
    const id = item.productOrderId;
    const found = lookup(ctx, auth, id, seen);
    if ('failure' in found) {
      failProductOrderInfos.push(found.failure);
      continue;
    }
    const { po } = found;
    const failure = dispatchFailure(ctx, po, item);
    if (failure) {
      failProductOrderInfos.push(failure);
      continue;
    }
    applyDispatch(
      ctx.state,
      po,
      {
        deliveryMethod: item.deliveryMethod,
        dispatchDate: item.dispatchDate,
        ...(item.deliveryMethod === 'DELIVERY'
          ? { deliveryCompany: item.deliveryCompanyCode, trackingNumber: item.trackingNumber }
          : {}),
      },
      now,
    );
    successProductOrderIds.push(id);
  }
  return orderData(call, now, { successProductOrderIds, failProductOrderInfos });
}

function dispatchFailure(
  ctx: EmulatorContext,
  po: ProductOrderRecord,
  item: {
    deliveryMethod: string;
    deliveryCompanyCode?: string | undefined;
    trackingNumber?: string | undefined;
  },
): FailInfo | undefined {
  const id = po.productOrderId;
  if (
    ['DELIVERING', 'DELIVERED', 'PURCHASE_DECIDED', 'EXCHANGED', 'RETURNED'].includes(po.productOrderStatus)
  ) {
    return fail(id, '105306', '이미 발송처리된 상품주문입니다.');
  }
  if (hasOpenClaim(po)) return fail(id, '104133', '클레임이 진행 중인 상품주문은 발송처리할 수 없습니다.');
  if (po.productOrderStatus !== 'PAYED') {
    return fail(
      id,
      '104133',
      `결제완료 상태의 상품주문만 발송처리할 수 있습니다. (현재 상태: ${po.productOrderStatus})`,
    );
  }
  if (item.deliveryMethod !== 'DELIVERY') return undefined;
  const company = item.deliveryCompanyCode?.trim();
  if (!company) return fail(id, '104118', '택배사를 입력해 주세요.');
  if (!courierByCode(company)) return fail(id, '104119', '택배사 코드를 확인해 주세요.');
  const tracking = item.trackingNumber?.trim();
  if (!tracking) return fail(id, '104120', '송장번호를 입력해 주세요.');
  if (!/^\d{9,15}$/.test(tracking)) return fail(id, '104122', '유효하지 않은 송장번호입니다.');
  const users = ctx.state.trackingNumbers.get(tracking);
  if (users && [...users].some((orderId) => orderId !== po.orderId)) {
    return fail(id, '104121', '이미 사용된 송장번호입니다.');
  }
  return undefined;
}

const CancelBody = z.object({
  cancelReason: z.unknown(),
  cancelDetailedReason: z.string().optional(),
  cancelQuantity: z.number().int().optional(),
});

/**
 * `POST .../product-orders/{productOrderId}/claim/cancel/request` (reference §3.7). Allowed only while PAYED,
 * not dispatched and with no open claim (UNCONFIRMED; strict reading). The cancel completes at once.
 */
export function requestCancel(
  ctx: EmulatorContext,
  call: IncomingCall,
  auth: AuthContext,
  productOrderId: string,
): ApiResponse {
  call.log.productOrderIds = [productOrderId];
  const parsed = CancelBody.safeParse(jsonBody(call, 'order'));
  if (!parsed.success) throw orderBadRequest('Invalid', 'body', '요청 본문이 올바르지 않습니다.');
  const reason = SellerCancelReasonSchema.safeParse(parsed.data.cancelReason);
  if (!reason.success) {
    throw orderBadRequest(
      parsed.data.cancelReason === undefined ? 'NotNull' : 'Invalid',
      'cancelReason',
      'cancelReason은 판매자 취소 사유 중 하나여야 합니다.',
    );
  }
  const detailed = parsed.data.cancelDetailedReason ?? '';
  if (detailed.length > LIMITS.cancelDetailMaxLength) {
    throw orderBadRequest(
      'Size',
      'cancelDetailedReason',
      `cancelDetailedReason은 최대 ${LIMITS.cancelDetailMaxLength}자입니다.`,
    );
  }
  const quantity = parsed.data.cancelQuantity;
  if (quantity !== undefined && quantity < 1)
    throw orderBadRequest('Min', 'cancelQuantity', 'cancelQuantity는 1 이상이어야 합니다.');

  const now = ctx.clock.now();
  const found = lookup(ctx, auth, productOrderId, new Set());
  let failure: FailInfo | undefined;
  if ('failure' in found) {
    failure = found.failure;
  } else {
    const { po } = found;
    if (po.productOrderStatus === 'CANCELED')
      failure = fail(productOrderId, '105306', '이미 취소된 상품주문입니다.');
    else if (hasOpenClaim(po))
      failure = fail(productOrderId, '104133', '클레임이 진행 중인 상품주문은 판매 취소할 수 없습니다.');
    else if (po.productOrderStatus !== 'PAYED') {
      failure = fail(
        productOrderId,
        '104133',
        `발송 전 결제완료 상태의 상품주문만 판매 취소할 수 있습니다. (현재 상태: ${po.productOrderStatus})`,
      );
    } else if (quantity !== undefined && quantity > po.remainQuantity) {
      failure = fail(productOrderId, '104133', '취소 수량이 남은 주문 수량보다 많습니다.');
    } else {
      applySellerCancel(ctx.state, po, reason.data, detailed, quantity ?? po.remainQuantity, now);
    }
  }
  return orderData(call, now, {
    successProductOrderIds: failure ? [] : [productOrderId],
    failProductOrderInfos: failure ? [failure] : [],
  });
}
