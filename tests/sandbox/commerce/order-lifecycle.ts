import type { ClaimStatus, DispatchDeliveryMethod } from '../../../lib/smartstore/enums';
import { type Buyer, buyerFor } from './buyers';
import { kstCompactDate, kstStartOfDay } from './clock';
import type { OptionCombination } from './product-schema';
import type {
  ClaimKind,
  ClaimRecord,
  EmulatorState,
  OrderRecord,
  ProductOrderRecord,
  ProductRecord,
  ShippingAddress,
} from './state';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Claim statuses that mean a claim is still being processed. */
const OPEN_CLAIM_STATUSES: ReadonlySet<ClaimStatus> = new Set<ClaimStatus>([
  'CANCEL_REQUEST',
  'CANCELING',
  'RETURN_REQUEST',
  'EXCHANGE_REQUEST',
  'EXCHANGE_REDELIVERING',
  'COLLECTING',
  'COLLECT_DONE',
  'PURCHASE_DECISION_HOLDBACK',
  'PURCHASE_DECISION_REQUEST',
  'ADMIN_CANCELING',
]);

export function hasOpenClaim(po: ProductOrderRecord): boolean {
  return po.claimStatus !== undefined && OPEN_CLAIM_STATUSES.has(po.claimStatus);
}

export interface OrderItemSpec {
  product: ProductRecord;
  /** Option combination id; default: the first usable combination, if the product has any. */
  optionId?: number;
  quantity: number;
}

export interface NewOrderSpec {
  sellerAccountId: string;
  items: OrderItemSpec[];
  at: number;
  status: 'PAYED' | 'PAYMENT_WAITING';
  buyer?: Partial<Buyer>;
  /** Fixed `yyyyMMdd` prefix for the numbers (seed data); default: the KST date of `at`. */
  idDate?: string;
}

export class TransitionError extends Error {}

/** A new order with one product order per item, in PAYED/NOT_YET (feed type PAYED) or PAYMENT_WAITING. */
export function createOrder(
  state: EmulatorState,
  spec: NewOrderSpec,
): { order: OrderRecord; productOrders: ProductOrderRecord[] } {
  const seller = state.sellers.get(spec.sellerAccountId);
  if (!seller) throw new TransitionError(`unknown seller ${spec.sellerAccountId}`);
  if (spec.items.length === 0 || spec.items.length > 99) throw new TransitionError('an order has 1–99 items');
  const seq = state.nextOrderSeq++;
  if (seq > 999_999) throw new TransitionError('order number space exhausted');
  const stem = `${spec.idDate ?? kstCompactDate(spec.at)}${String(seq).padStart(6, '0')}`;
  const buyer = { ...buyerFor(seq), ...spec.buyer };
  const paid = spec.status === 'PAYED';
  const order: OrderRecord = {
    orderId: `${stem}00`,
    sellerAccountId: seller.accountId,
    orderDate: spec.at,
    ordererId: buyer.ordererId,
    ordererNo: buyer.ordererNo,
    ordererName: buyer.ordererName,
    ordererTel: buyer.ordererTel,
    paymentMeans: buyer.paymentMeans,
    productOrderIds: [],
    ...(paid ? { paymentDate: spec.at } : { paymentDueDate: spec.at + 3 * DAY_MS }),
  };
  const lines = spec.items.map((item) => priceLine(item));
  const orderAmount = lines.reduce((sum, l) => sum + l.totalPaymentAmount, 0);
  const productOrders = spec.items.map((item, index): ProductOrderRecord => {
    const line = lines[index];
    if (!line) throw new TransitionError('missing price line');
    const { product } = item;
    const op = product.originProduct;
    const deliveryCompany = op.deliveryInfo?.deliveryCompany;
    const po: ProductOrderRecord = {
      productOrderId: `${stem}${String(index + 1).padStart(2, '0')}`,
      orderId: order.orderId,
      sellerAccountId: seller.accountId,
      productOrderStatus: paid ? 'PAYED' : 'PAYMENT_WAITING',
      placeOrderStatus: 'NOT_YET',
      productId: String(product.channelProductNo),
      originalProductId: String(product.originProductNo),
      merchantChannelId: String(seller.channelNo),
      productName: op.name ?? '',
      ...optionFields(product, line.option),
      ...(op.detailAttribute?.sellerCodeInfo?.sellerManagementCode
        ? { sellerProductCode: op.detailAttribute.sellerCodeInfo.sellerManagementCode }
        : {}),
      quantity: item.quantity,
      initialQuantity: item.quantity,
      remainQuantity: item.quantity,
      unitPrice: line.unitPrice,
      optionPrice: line.optionPrice,
      totalProductAmount: line.totalProductAmount,
      productDiscountAmount: line.productDiscountAmount,
      totalPaymentAmount: line.totalPaymentAmount,
      deliveryFeeAmount: index === 0 ? deliveryFee(product, orderAmount) : 0,
      shippingAddress: { ...buyer.shippingAddress },
      shippingMemo: buyer.shippingMemo,
      shippingDueDate: kstStartOfDay(spec.at) + 4 * DAY_MS - 1000,
      expectedDeliveryMethod: op.deliveryInfo ? 'DELIVERY' : 'NOTHING',
      ...(deliveryCompany ? { expectedDeliveryCompany: deliveryCompany } : {}),
      receiverAddressChanged: false,
      completedClaims: [],
      lastChangedDate: spec.at,
      lastChangedType: paid ? 'PAYED' : 'PAY_WAITING',
    };
    return po;
  });
  for (const po of productOrders) {
    order.productOrderIds.push(po.productOrderId);
    state.addProductOrder(po);
  }
  state.orders.set(order.orderId, order);
  return { order, productOrders };
}

interface PriceLine {
  option?: OptionCombination;
  unitPrice: number;
  optionPrice: number;
  totalProductAmount: number;
  productDiscountAmount: number;
  totalPaymentAmount: number;
}

function priceLine(item: OrderItemSpec): PriceLine {
  const op = item.product.originProduct;
  const combos = op.detailAttribute?.optionInfo?.optionCombinations ?? [];
  let option: OptionCombination | undefined;
  if (item.optionId !== undefined) {
    option = combos.find((c) => c.id === item.optionId);
    if (!option)
      throw new TransitionError(`product ${item.product.originProductNo} has no option ${item.optionId}`);
  } else {
    option = combos.find((c) => c.usable !== false);
  }
  const unitPrice = op.salePrice ?? 0;
  const optionPrice = option?.price ?? 0;
  const totalProductAmount = (unitPrice + optionPrice) * item.quantity;
  const method = op.customerBenefit?.immediateDiscountPolicy?.discountMethod;
  const perUnit =
    method?.value === undefined
      ? 0
      : method.unitType === 'PERCENT'
        ? Math.floor((unitPrice * method.value) / 1000) * 10
        : method.value;
  const productDiscountAmount = Math.min(perUnit * item.quantity, totalProductAmount);
  return {
    ...(option ? { option } : {}),
    unitPrice,
    optionPrice,
    totalProductAmount,
    productDiscountAmount,
    totalPaymentAmount: totalProductAmount - productDiscountAmount,
  };
}

function optionFields(product: ProductRecord, option: OptionCombination | undefined) {
  if (!option) return {};
  const groups = product.originProduct.detailAttribute?.optionInfo?.optionCombinationGroupNames ?? {};
  const pairs: string[] = [];
  const names = [option.optionName1, option.optionName2, option.optionName3];
  const groupNames = [groups.optionGroupName1, groups.optionGroupName2, groups.optionGroupName3];
  names.forEach((name, i) => {
    if (name) pairs.push(`${groupNames[i] ?? '옵션'}: ${name}`);
  });
  return {
    productOption: pairs.join(' / '),
    // UNCONFIRMED: that `optionCode` is the option-combination id (reference §3.2, §9).
    ...(option.id !== undefined ? { optionCode: String(option.id) } : {}),
    ...(option.sellerManagerCode ? { optionManageCode: option.sellerManagerCode } : {}),
  };
}

function deliveryFee(product: ProductRecord, orderAmount: number): number {
  const fee = product.originProduct.deliveryInfo?.deliveryFee;
  if (!fee) return 0;
  switch (fee.deliveryFeeType) {
    case 'FREE':
      return 0;
    case 'CONDITIONAL_FREE':
      return orderAmount >= (fee.freeConditionalAmount ?? 0) ? 0 : (fee.baseFee ?? 0);
    default:
      return fee.baseFee ?? 0;
  }
}

/** 발주 확인. Not a feed change type: lastChangedDate/type stay as they are (strict reading of §3.1). */
export function applyConfirm(po: ProductOrderRecord, at: number): void {
  po.placeOrderStatus = 'OK';
  po.placeOrderDate = at;
}

export interface DispatchSpec {
  deliveryMethod: DispatchDeliveryMethod;
  deliveryCompany?: string;
  trackingNumber?: string;
  dispatchDate: number;
}

/** 발송 처리: PAYED → DELIVERING (feed type DISPATCHED); an unconfirmed item becomes confirmed. */
export function applyDispatch(
  state: EmulatorState,
  po: ProductOrderRecord,
  spec: DispatchSpec,
  at: number,
): void {
  if (po.placeOrderStatus !== 'OK') applyConfirm(po, at);
  po.productOrderStatus = 'DELIVERING';
  po.delivery = {
    deliveryMethod: spec.deliveryMethod,
    ...(spec.deliveryCompany ? { deliveryCompany: spec.deliveryCompany } : {}),
    ...(spec.trackingNumber ? { trackingNumber: spec.trackingNumber } : {}),
    deliveryStatus: 'DELIVERING',
    sendDate: spec.dispatchDate,
  };
  if (spec.trackingNumber) state.useTrackingNumber(spec.trackingNumber, po.orderId);
  state.touch(po, 'DISPATCHED', at);
}

/**
 * 배송 완료: DELIVERING → DELIVERED. There is no change type for it (reference §3.1, strict reading):
 * the feed row keeps its lastChangedDate/type.
 */
export function applyDelivered(po: ProductOrderRecord, at: number): void {
  if (po.productOrderStatus !== 'DELIVERING' || !po.delivery) {
    throw new TransitionError(`${po.productOrderId} is ${po.productOrderStatus}, not DELIVERING`);
  }
  po.productOrderStatus = 'DELIVERED';
  po.delivery.deliveryStatus = 'DELIVERY_COMPLETION';
  po.delivery.deliveredDate = at;
}

export function applyPurchaseDecided(state: EmulatorState, po: ProductOrderRecord, at: number): void {
  if (po.productOrderStatus !== 'DELIVERING' && po.productOrderStatus !== 'DELIVERED') {
    throw new TransitionError(
      `${po.productOrderId} is ${po.productOrderStatus}; only delivered items can be decided`,
    );
  }
  if (hasOpenClaim(po)) throw new TransitionError(`${po.productOrderId} has an open claim`);
  po.productOrderStatus = 'PURCHASE_DECIDED';
  po.decisionDate = at;
  state.touch(po, 'PURCHASE_DECIDED', at);
}

const REQUEST_STATUS: Record<ClaimKind, ClaimStatus> = {
  CANCEL: 'CANCEL_REQUEST',
  RETURN: 'RETURN_REQUEST',
  EXCHANGE: 'EXCHANGE_REQUEST',
};

/** A buyer's cancel (before dispatch), return or exchange (after dispatch) request: feed type CLAIM_REQUESTED. */
export function applyBuyerClaim(
  state: EmulatorState,
  po: ProductOrderRecord,
  kind: ClaimKind,
  reason: string,
  at: number,
): ClaimRecord {
  if (hasOpenClaim(po)) throw new TransitionError(`${po.productOrderId} already has an open claim`);
  const allowed = kind === 'CANCEL' ? ['PAYED'] : ['DELIVERING', 'DELIVERED'];
  if (!allowed.includes(po.productOrderStatus)) {
    throw new TransitionError(
      `${po.productOrderId} is ${po.productOrderStatus}; a ${kind} request needs ${allowed.join('/')}`,
    );
  }
  const claim: ClaimRecord = {
    claimType: kind,
    claimId: String(state.nextClaimId++),
    claimStatus: REQUEST_STATUS[kind],
    claimRequestDate: at,
    requestChannel: '구매자',
    reason,
    detailedReason: '',
    requestQuantity: po.remainQuantity,
  };
  setCurrentClaim(po, claim);
  state.touch(po, 'CLAIM_REQUESTED', at);
  return claim;
}

/** 판매 취소 by the seller: completed at once (CANCEL_DONE), feed type CLAIM_COMPLETED. */
export function applySellerCancel(
  state: EmulatorState,
  po: ProductOrderRecord,
  reason: string,
  detailedReason: string,
  quantity: number,
  at: number,
): ClaimRecord {
  const claim: ClaimRecord = {
    claimType: 'CANCEL',
    claimId: String(state.nextClaimId++),
    claimStatus: 'CANCEL_DONE',
    claimRequestDate: at,
    requestChannel: '판매자',
    reason,
    detailedReason,
    requestQuantity: quantity,
    completedDate: at,
  };
  setCurrentClaim(po, claim);
  po.completedClaims.push(claim);
  po.remainQuantity -= quantity;
  if (po.remainQuantity <= 0) {
    po.remainQuantity = 0;
    po.productOrderStatus = 'CANCELED';
  }
  state.touch(po, 'CLAIM_COMPLETED', at);
  return claim;
}

/** The buyer changes the delivery address of an order: every not-yet-dispatched item of it changes. */
export function applyAddressChange(
  state: EmulatorState,
  order: OrderRecord,
  address: Partial<ShippingAddress>,
  at: number,
): string[] {
  const changed: string[] = [];
  for (const id of order.productOrderIds) {
    const po = state.productOrders.get(id);
    if (!po || (po.productOrderStatus !== 'PAYED' && po.productOrderStatus !== 'PAYMENT_WAITING')) continue;
    po.shippingAddress = { ...po.shippingAddress, ...address };
    po.receiverAddressChanged = true;
    state.touch(po, 'DELIVERY_ADDRESS_CHANGED', at);
    changed.push(id);
  }
  if (changed.length === 0)
    throw new TransitionError(`order ${order.orderId} has no item whose address can change`);
  return changed;
}

function setCurrentClaim(po: ProductOrderRecord, claim: ClaimRecord): void {
  po.currentClaim = claim;
  po.claimType = claim.claimType;
  po.claimStatus = claim.claimStatus;
  po.claimId = claim.claimId;
}
