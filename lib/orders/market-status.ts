import { locale, perLocale, setLocale, t } from '../i18n';
import { localeTable } from '../smartstore/locale-table';

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

/** The labels of the Sixshop Pro admin (주문 관리), in the seller's language. */
const labels = /* @__PURE__ */ perLocale(
  (): Record<MarketOrderStatus, string> => ({
    PAYMENT_CONFIRMING: t('주문 확인 중', 'Awaiting confirmation'),
    PREPARING: t('배송 준비 중', 'Preparing shipment'),
    SHIPPING: t('배송 중', 'In transit'),
    DELIVERED: t('배송 완료', 'Delivered'),
    PURCHASE_DECIDED: t('구매 확정', 'Purchase confirmed'),
    CANCEL_REQUESTED: t('취소 요청 중', 'Cancel requested'),
    CANCELED: t('취소 완료', 'Canceled'),
    RETURN_REQUESTED: t('반품 요청 중', 'Return requested'),
    RETURNED: t('반품 완료', 'Returned'),
    EXCHANGE_REQUESTED: t('교환 요청 중', 'Exchange requested'),
    EXCHANGED: t('교환 완료', 'Exchanged'),
  }),
);

/** The label of a status; a value the extension does not know yet is shown as it is. */
export function marketOrderStatusLabel(status: string): string {
  return labels()[status as MarketOrderStatus] ?? status;
}

function englishLabel(status: MarketOrderStatus): string {
  const current = locale();
  setLocale('en');
  try {
    return marketOrderStatusLabel(status);
  } finally {
    setLocale(current);
  }
}

/** `MARKET_ORDER_STATUS_LABELS[status]`: the label in the seller's language. */
export const MARKET_ORDER_STATUS_LABELS = /* @__PURE__ */ localeTable(
  MARKET_ORDER_STATUSES,
  marketOrderStatusLabel,
);

/** The English labels whatever the seller's language. */
export const MARKET_ORDER_STATUS_LABELS_EN = /* @__PURE__ */ localeTable(MARKET_ORDER_STATUSES, englishLabel);
