import { localeTable, perLocale, t } from '../i18n';

/** The shop's status of a SmartStore order item, in the order the seller meets them. */
export const MARKET_ORDER_STATUSES = [
  'PAYMENT_CONFIRMING',
  'PREPARING',
  'SHIPPING',
  'DELIVERED',
  'PURCHASE_DECIDED',
  'CANCEL_REQUESTED',
  'CANCELED',
  'RETURN_REQUESTED',
  'RETURNED',
  'EXCHANGE_REQUESTED',
  'EXCHANGED',
] as const;
export type MarketOrderStatus = (typeof MARKET_ORDER_STATUSES)[number];

/** The English labels, whatever the seller's language. */
export const MARKET_ORDER_STATUS_LABELS_EN: Readonly<Record<MarketOrderStatus, string>> = Object.freeze({
  PAYMENT_CONFIRMING: 'Awaiting confirmation',
  PREPARING: 'Preparing shipment',
  SHIPPING: 'In transit',
  DELIVERED: 'Delivered',
  PURCHASE_DECIDED: 'Purchase confirmed',
  CANCEL_REQUESTED: 'Cancel requested',
  CANCELED: 'Canceled',
  RETURN_REQUESTED: 'Return requested',
  RETURNED: 'Returned',
  EXCHANGE_REQUESTED: 'Exchange requested',
  EXCHANGED: 'Exchanged',
});

/** The labels of the Sixshop Pro admin (주문 관리), in the seller's language. */
const labels = /* @__PURE__ */ perLocale((): Record<MarketOrderStatus, string> => {
  const en = MARKET_ORDER_STATUS_LABELS_EN;
  return {
    PAYMENT_CONFIRMING: t('주문 확인 중', en.PAYMENT_CONFIRMING),
    PREPARING: t('배송 준비 중', en.PREPARING),
    SHIPPING: t('배송 중', en.SHIPPING),
    DELIVERED: t('배송 완료', en.DELIVERED),
    PURCHASE_DECIDED: t('구매 확정', en.PURCHASE_DECIDED),
    CANCEL_REQUESTED: t('취소 요청 중', en.CANCEL_REQUESTED),
    CANCELED: t('취소 완료', en.CANCELED),
    RETURN_REQUESTED: t('반품 요청 중', en.RETURN_REQUESTED),
    RETURNED: t('반품 완료', en.RETURNED),
    EXCHANGE_REQUESTED: t('교환 요청 중', en.EXCHANGE_REQUESTED),
    EXCHANGED: t('교환 완료', en.EXCHANGED),
  };
});

/** The label of a status; a value the extension does not know yet is shown as it is. */
export function marketOrderStatusLabel(status: string): string {
  return labels()[status as MarketOrderStatus] ?? status;
}

/** `MARKET_ORDER_STATUS_LABELS[status]`: the label in the seller's language. */
export const MARKET_ORDER_STATUS_LABELS = /* @__PURE__ */ localeTable(
  MARKET_ORDER_STATUSES,
  marketOrderStatusLabel,
);
