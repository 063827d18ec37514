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
 * The columns, in the order a courier booking needs them after the numbers that identify the item.
 * 택배사 and 송장번호 come last and are empty for items still to ship: the seller can fill them in and upload
 * the same file to 대량 배송 처리 (its reader finds 상품주문번호, 택배사 and 송장번호 by their headers).
 */
export const ORDER_EXPORT_COLUMNS: readonly CsvColumn<ExportOrder>[] = [
  { header: '상품주문번호', kind: 'id', value: (o) => o.productOrderId },
  { header: '주문번호', kind: 'id', value: (o) => o.orderId },
  { header: '상태', kind: 'text', value: (o) => statusLabel(o.status) },
  { header: '결제일', kind: 'date', value: (o) => kstDateTime(o.paidAt) },
  { header: '발송기한', kind: 'date', value: (o) => kstDateTime(o.shippingDueAt) },
  { header: '수취인', kind: 'text', value: (o) => o.receiverName },
  { header: '연락처', kind: 'id', value: (o) => o.receiverPhone },
  { header: '우편번호', kind: 'id', value: (o) => o.zipCode },
  { header: '주소', kind: 'text', value: (o) => [o.address, o.addressDetail].filter(Boolean).join(' ') },
  { header: '상품명', kind: 'text', value: (o) => o.productName },
  { header: '옵션', kind: 'text', value: (o) => o.optionText },
  { header: '수량', kind: 'number', value: (o) => o.quantity },
  { header: '배송메모', kind: 'text', value: (o) => o.memo },
  { header: '구매자', kind: 'text', value: (o) => o.buyerName },
  { header: '계정', kind: 'text', value: (o) => o.accountAlias },
  { header: '택배사', kind: 'text', value: (o) => (o.courierCode ? courierName(o.courierCode) : undefined) },
  { header: '송장번호', kind: 'id', value: (o) => o.trackingNumber },
];

export function ordersToCsv(orders: readonly ExportOrder[]): string {
  return toCsv(ORDER_EXPORT_COLUMNS, orders);
}

/** "스마트스토어_주문_20261127_1403.csv" */
export function exportFileName(kind: string, now: number): string {
  return `스마트스토어_${kind}_${kstStamp(now)}.csv`;
}
