import { formatKst } from './clock';
import type { ClaimRecord, OrderRecord, ProductOrderRecord } from './state';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : formatKst(ms));

/** Drops undefined fields so that optional fields are omitted, as Naver does. */
function compact<T extends Record<string, unknown>>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A `lastChangeStatuses[]` row (reference §3.1). */
export function feedRowView(po: ProductOrderRecord, order: OrderRecord | undefined) {
  return compact({
    orderId: po.orderId,
    productOrderId: po.productOrderId,
    lastChangedType: po.lastChangedType,
    paymentDate: iso(order?.paymentDate),
    lastChangedDate: formatKst(po.lastChangedDate),
    productOrderStatus: po.productOrderStatus,
    claimType: po.claimType,
    claimStatus: po.claimStatus,
    receiverAddressChanged: po.receiverAddressChanged,
  });
}

function orderView(order: OrderRecord) {
  return compact({
    orderId: order.orderId,
    orderDate: formatKst(order.orderDate),
    ordererId: order.ordererId,
    ordererNo: order.ordererNo,
    ordererName: order.ordererName,
    ordererTel: order.ordererTel,
    paymentDate: iso(order.paymentDate),
    paymentDueDate: iso(order.paymentDueDate),
    paymentMeans: order.paymentMeans,
    payLocationType: 'MOBILE',
    isDeliveryMemoParticularInput: 'false',
    isMembershipSubscribed: false,
    orderDiscountAmount: 0,
  });
}

function productOrderView(po: ProductOrderRecord) {
  return compact({
    productOrderId: po.productOrderId,
    productOrderStatus: po.productOrderStatus,
    placeOrderStatus: po.placeOrderStatus,
    placeOrderDate: iso(po.placeOrderDate),
    claimType: po.claimType,
    claimStatus: po.claimStatus,
    claimId: po.claimId,
    productId: po.productId,
    originalProductId: po.originalProductId,
    merchantChannelId: po.merchantChannelId,
    productName: po.productName,
    productOption: po.productOption,
    optionCode: po.optionCode,
    optionManageCode: po.optionManageCode,
    sellerProductCode: po.sellerProductCode,
    productClass: po.productOption ? '조합형옵션상품' : '단일상품',
    quantity: po.quantity,
    initialQuantity: po.initialQuantity,
    remainQuantity: po.remainQuantity,
    unitPrice: po.unitPrice,
    optionPrice: po.optionPrice,
    totalProductAmount: po.totalProductAmount,
    initialProductAmount: po.totalProductAmount,
    remainProductAmount: Math.round((po.totalProductAmount * po.remainQuantity) / po.initialQuantity),
    productDiscountAmount: po.productDiscountAmount,
    totalPaymentAmount: po.totalPaymentAmount,
    initialPaymentAmount: po.totalPaymentAmount,
    remainPaymentAmount: Math.round((po.totalPaymentAmount * po.remainQuantity) / po.initialQuantity),
    deliveryFeeAmount: po.deliveryFeeAmount,
    deliveryDiscountAmount: 0,
    shippingAddress: { ...po.shippingAddress },
    shippingMemo: po.shippingMemo,
    shippingDueDate: formatKst(po.shippingDueDate),
    expectedDeliveryMethod: po.expectedDeliveryMethod,
    expectedDeliveryCompany: po.expectedDeliveryCompany,
    deliveryAttributeType: 'NORMAL',
    decisionDate: iso(po.decisionDate),
    taxType: 'TAXATION',
    commissionPrePayStatus: 'GENERAL_PRD',
  });
}

/** A claim as it appears under `currentClaim.<kind>` (reference §3.2). */
function claimView(claim: ClaimRecord) {
  const common = {
    claimId: claim.claimId,
    claimStatus: claim.claimStatus,
    claimRequestDate: formatKst(claim.claimRequestDate),
    requestChannel: claim.requestChannel,
    requestQuantity: claim.requestQuantity,
  };
  switch (claim.claimType) {
    case 'CANCEL':
      return compact({
        ...common,
        cancelReason: claim.reason,
        cancelDetailedReason: claim.detailedReason,
        cancelApprovalDate: iso(claim.completedDate),
        cancelCompletedDate: iso(claim.completedDate),
      });
    case 'RETURN':
      return compact({
        ...common,
        returnReason: claim.reason,
        returnDetailedReason: claim.detailedReason,
        collectStatus: 'NOT_REQUESTED',
        returnCompletedDate: iso(claim.completedDate),
      });
    case 'EXCHANGE':
      return compact({
        ...common,
        exchangeReason: claim.reason,
        exchangeDetailedReason: claim.detailedReason,
        collectStatus: 'NOT_REQUESTED',
      });
  }
}

const CLAIM_KEY = { CANCEL: 'cancel', RETURN: 'return', EXCHANGE: 'exchange' } as const;

function deliveryView(po: ProductOrderRecord) {
  const d = po.delivery;
  if (!d) return undefined;
  return compact({
    deliveryCompany: d.deliveryCompany,
    trackingNumber: d.trackingNumber,
    deliveryMethod: d.deliveryMethod,
    deliveryStatus: d.deliveryStatus,
    sendDate: formatKst(d.sendDate),
    deliveredDate: iso(d.deliveredDate),
    isWrongTrackingNumber: false,
  });
}

/**
 * One `data[]` entry of `product-orders/query` (reference §3.2). The deprecated top-level
 * `cancel`/`return`/`exchange` objects are left out (strict reading: they were slated for removal in H1 2025).
 */
export function productOrderDetailView(po: ProductOrderRecord, order: OrderRecord) {
  const current = po.currentClaim;
  return compact({
    order: orderView(order),
    productOrder: productOrderView(po),
    delivery: deliveryView(po),
    currentClaim: current ? { [CLAIM_KEY[current.claimType]]: claimView(current) } : undefined,
    completedClaims:
      po.completedClaims.length > 0
        ? po.completedClaims.map((c) => ({ claimType: c.claimType, ...claimView(c) }))
        : undefined,
  });
}
