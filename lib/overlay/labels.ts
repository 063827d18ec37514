import { t } from '../i18n';
import type { MarketOrderStatus } from '../orders/market-status';
import type { OrderBrief } from '../orders/queries';
import { statusLabel } from '../orders/status';

/**
 * Where a return, exchange or buyer's cancel request is handled: the product order in the SmartStore seller
 * center (the guide: "반품/교환 처리는 스마트스토어 판매자 센터에서 직접 처리해 주세요").
 */
export const SMARTSTORE_ORDER_DETAIL_URL = 'https://sell.smartstore.naver.com/o/v3/manage/order/detail';

export function smartStoreOrderUrl(productOrderId: string): string {
  return `${SMARTSTORE_ORDER_DETAIL_URL}?productOrderNo=${encodeURIComponent(productOrderId)}`;
}

export type BadgeTone = 'new' | 'preparing' | 'shipping' | 'done' | 'claim' | 'closed';

const TONES: Record<MarketOrderStatus, BadgeTone> = {
  PAYMENT_CONFIRMING: 'new',
  PREPARING: 'preparing',
  SHIPPING: 'shipping',
  DELIVERED: 'done',
  PURCHASE_DECIDED: 'done',
  CANCEL_REQUESTED: 'claim',
  CANCELED: 'closed',
  RETURN_REQUESTED: 'claim',
  RETURNED: 'closed',
  EXCHANGE_REQUESTED: 'claim',
  EXCHANGED: 'closed',
};

export interface StatusDisplay {
  label: string;
  tone: BadgeTone;
  /** a claim's own state and reason: "반품 요청 · 상품 파손" */
  claim?: string | undefined;
}

export function statusDisplay(b: OrderBrief): StatusDisplay {
  const out: StatusDisplay = { label: statusLabel(b.status), tone: TONES[b.status] };
  if (b.claimText) out.claim = b.claimText;
  return out;
}

/** Returns and exchanges (and the buyer's open cancel requests) are handled in SmartStore, not here. */
export function handledInSmartStore(status: MarketOrderStatus): boolean {
  return status === 'RETURN_REQUESTED' || status === 'EXCHANGE_REQUESTED' || status === 'CANCEL_REQUESTED';
}

export function shippingText(b: OrderBrief): string | undefined {
  if (!b.courierCode && !b.trackingNumber) return undefined;
  return [b.courierName ?? b.courierCode ?? '', b.trackingNumber ?? ''].filter(Boolean).join(' ');
}

/** Item line for dialogs: product name, option, quantity. */
export function itemLine(b: Pick<OrderBrief, 'productName' | 'optionText' | 'quantity'>): string {
  const quantity = t(`${b.quantity}개`, `× ${b.quantity}`);
  return [b.productName, b.optionText ? `(${b.optionText})` : '', quantity].filter(Boolean).join(' ');
}

/** What each action is called on buttons and in progress lines. */
export function actionLabel(kind: 'confirm' | 'dispatch' | 'cancel'): string {
  switch (kind) {
    case 'confirm':
      return t('발주 확인', 'Confirm order');
    case 'dispatch':
      return t('배송 처리', 'Dispatch');
    case 'cancel':
      return t('취소 처리', 'Cancel order');
  }
}
