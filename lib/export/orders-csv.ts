import { t } from '../i18n';
import type { OrderView } from '../orders/order-view';
import { statusLabel } from '../orders/status';
import { courierName } from '../smartstore/enums';
import { type CsvColumn, toCsv } from './csv';
import { kstDateTime, kstStamp } from './format';

/** One row of the order export: a product order as the extension keeps it, and the account it belongs to. */
export type ExportOrder = Pick<
  OrderView,
  | 'productOrderId'
  | 'orderId'
  | 'status'
  | 'paidAt'
  | 'shippingDueAt'
  | 'receiverName'
  | 'receiverPhone'
  | 'zipCode'
  | 'address'
  | 'addressDetail'
  | 'productName'
  | 'optionText'
  | 'quantity'
  | 'memo'
  | 'courierCode'
  | 'trackingNumber'
  | 'buyerName'
> & { accountAlias?: string | undefined };

/**
 * The columns, in the order a courier booking needs them after the numbers that identify the item, headers
 * and status words in the seller's language. 택배사 and 송장번호 come last and are empty for items still to
 * ship: the seller can fill them in and upload the same file to 대량 배송 처리 (its reader finds 상품주문번호,
 * 택배사 and 송장번호 — or Product order number, Carrier and Tracking number — by their headers).
 */
export function orderExportColumns(): readonly CsvColumn<ExportOrder>[] {
  return [
    { header: t('상품주문번호', 'Product order number'), kind: 'id', value: (o) => o.productOrderId },
    { header: t('주문번호', 'Order number'), kind: 'id', value: (o) => o.orderId },
    { header: t('상태', 'Status'), kind: 'text', value: (o) => statusLabel(o.status) },
    { header: t('결제일', 'Paid at'), kind: 'date', value: (o) => kstDateTime(o.paidAt) },
    { header: t('발송기한', 'Dispatch deadline'), kind: 'date', value: (o) => kstDateTime(o.shippingDueAt) },
    { header: t('수취인', 'Recipient'), kind: 'text', value: (o) => o.receiverName },
    { header: t('연락처', 'Phone'), kind: 'id', value: (o) => o.receiverPhone },
    { header: t('우편번호', 'Zip code'), kind: 'id', value: (o) => o.zipCode },
    {
      header: t('주소', 'Address'),
      kind: 'text',
      value: (o) => [o.address, o.addressDetail].filter(Boolean).join(' '),
    },
    { header: t('상품명', 'Product name'), kind: 'text', value: (o) => o.productName },
    { header: t('옵션', 'Option'), kind: 'text', value: (o) => o.optionText },
    { header: t('수량', 'Quantity'), kind: 'number', value: (o) => o.quantity },
    { header: t('배송메모', 'Delivery note'), kind: 'text', value: (o) => o.memo },
    { header: t('구매자', 'Buyer'), kind: 'text', value: (o) => o.buyerName },
    { header: t('계정', 'Account'), kind: 'text', value: (o) => o.accountAlias },
    {
      header: t('택배사', 'Carrier'),
      kind: 'text',
      value: (o) => (o.courierCode ? courierName(o.courierCode) : undefined),
    },
    { header: t('송장번호', 'Tracking number'), kind: 'id', value: (o) => o.trackingNumber },
  ];
}

export function ordersToCsv(orders: readonly ExportOrder[]): string {
  return toCsv(orderExportColumns(), orders);
}

/** "스마트스토어_주문_20261127_1403.csv" ("SmartStore_orders_20261127_1403.csv" in English) */
export function exportFileName(kind: string, now: number): string {
  const brand = t('스마트스토어', 'SmartStore');
  return `${brand}_${kind}_${kstStamp(now)}.csv`;
}
