import type { MarketOrder, MarketOrderStatus } from '../sixshop/schemas/market-order';
import { parseApiDate } from '../smartstore/datetime';
import type { ProductOrderDetail } from '../smartstore/schemas/orders';
import { marketStatusOf } from './status';

/** What the extension keeps of one product order: the seller's view, nothing more. */
export interface OrderView {
  productOrderId: string;
  orderId: string;
  status: MarketOrderStatus;
  smartstoreStatus: string;
  placeOrderStatus?: string | undefined;
  claimType?: string | undefined;
  claimStatus?: string | undefined;
  claimReason?: string | undefined;
  claimDetail?: string | undefined;
  claimRequestedAt?: number | undefined;
  claimCompletedAt?: number | undefined;
  productName: string;
  optionText?: string | undefined;
  quantity: number;
  amount: number;
  buyerName: string;
  buyerPhone?: string | undefined;
  receiverName: string;
  receiverPhone: string;
  zipCode: string;
  address: string;
  addressDetail?: string | undefined;
  memo?: string | undefined;
  courierCode?: string | undefined;
  trackingNumber?: string | undefined;
  shippingDueAt?: number | undefined;
  orderedAt: number;
  paidAt: number;
  dispatchedAt?: number | undefined;
  deliveredAt?: number | undefined;
  channelProductNo?: string | undefined;
  originProductNo?: string | undefined;
}

const time = (v: string | undefined): number | undefined => {
  if (!v) return undefined;
  const t = parseApiDate(v);
  return Number.isFinite(t) ? t : undefined;
};

/** `undefined` for product orders that are not collected (not yet paid). */
export function toOrderView(d: ProductOrderDetail): OrderView | undefined {
  const po = d.productOrder;
  const status = marketStatusOf({
    productOrderStatus: po.productOrderStatus,
    placeOrderStatus: po.placeOrderStatus,
    claimType: po.claimType,
    claimStatus: po.claimStatus,
  });
  if (!status) return undefined;
  const claim =
    (po.claimType === 'RETURN' ? d.currentClaim?.return : undefined) ??
    (po.claimType === 'EXCHANGE' ? d.currentClaim?.exchange : undefined) ??
    (po.claimType === 'CANCEL' || po.claimType === 'ADMIN_CANCEL' ? d.currentClaim?.cancel : undefined) ??
    d.completedClaims.find((c) => c.claimId && c.claimId === po.claimId);
  const addr = po.shippingAddress;
  const paidAt = time(d.order.paymentDate) ?? time(d.order.orderDate) ?? 0;
  return {
    productOrderId: po.productOrderId,
    orderId: d.order.orderId,
    status,
    smartstoreStatus: po.productOrderStatus,
    placeOrderStatus: po.placeOrderStatus,
    claimType: po.claimType,
    claimStatus: po.claimStatus,
    claimReason: claim?.cancelReason ?? claim?.returnReason ?? claim?.exchangeReason,
    claimDetail: claim?.cancelDetailedReason ?? claim?.returnDetailedReason ?? claim?.exchangeDetailedReason,
    claimRequestedAt: time(claim?.claimRequestDate),
    claimCompletedAt: time(claim?.cancelCompletedDate ?? claim?.returnCompletedDate),
    // i18n-data: stored with the order and sent to the Sixshop Pro admin, whose order list is Korean
    productName: po.productName ?? '(상품명 없음)',
    optionText: po.productOption,
    quantity: po.remainQuantity ?? po.quantity ?? 1,
    amount: po.totalPaymentAmount ?? 0,
    buyerName: d.order.ordererName ?? '',
    buyerPhone: d.order.ordererTel,
    receiverName: addr?.name ?? '',
    receiverPhone: addr?.tel1 ?? addr?.tel2 ?? '',
    zipCode: addr?.zipCode ?? '',
    address: addr?.baseAddress ?? '',
    addressDetail: addr?.detailedAddress,
    memo: po.shippingMemo,
    courierCode: d.delivery?.deliveryCompany,
    trackingNumber: d.delivery?.trackingNumber,
    shippingDueAt: time(po.shippingDueDate),
    orderedAt: time(d.order.orderDate) ?? paidAt,
    paidAt,
    dispatchedAt: time(d.delivery?.sendDate),
    deliveredAt: time(d.delivery?.deliveredDate),
    channelProductNo: po.productId,
    originProductNo: po.originalProductId,
  };
}

const iso = (ms: number) => new Date(ms).toISOString();
const clip = (s: string | undefined, max: number) => (s === undefined ? undefined : s.slice(0, max));

/** The shop backend's copy of an order (market order upsert). */
export function toMarketOrder(v: OrderView, lastChangedAt: number): MarketOrder {
  const m: MarketOrder = {
    productOrderId: v.productOrderId,
    orderId: v.orderId,
    status: v.status,
    // i18n-data: sent to the Sixshop Pro admin, whose order list is Korean
    productName: clip(v.productName, 300) || '(상품명 없음)',
    quantity: Math.max(1, Math.trunc(v.quantity)),
    amount: Math.max(0, Math.trunc(v.amount)),
    buyerName: clip(v.buyerName, 100) ?? '',
    receiverName: clip(v.receiverName, 100) ?? '',
    receiverPhone: clip(v.receiverPhone, 30) ?? '',
    zipCode: clip(v.zipCode, 10) ?? '',
    address: clip(v.address, 300) ?? '',
    orderedAt: iso(v.orderedAt),
    paidAt: iso(v.paidAt),
    updatedAt: iso(lastChangedAt),
  };
  if (v.optionText) m.optionText = clip(v.optionText, 300);
  if (v.addressDetail) m.addressDetail = clip(v.addressDetail, 300);
  if (v.memo) m.memo = clip(v.memo, 500);
  if (v.courierCode) m.courierCode = clip(v.courierCode, 30);
  if (v.trackingNumber) m.trackingNumber = clip(v.trackingNumber, 50);
  return m;
}
