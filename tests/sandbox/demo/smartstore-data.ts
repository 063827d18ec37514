import {
  CLAIM_STATUS_LABELS,
  type ProductOrderStatus,
  type ProductStatusType,
} from '../../../lib/smartstore/enums';
import { hasOpenClaim } from '../commerce/order-lifecycle';
import type { Scenario } from '../commerce/server';
import { kstDotted, kstDottedDate } from './format';
import { type Page, type Paging, pageOf } from './paging';

/** What the SmartStore pages read from the Commerce API emulator. */
export type CommerceView = Pick<Scenario, 'listProductOrders' | 'listProducts' | 'getOrder'>;

type ProductOrderRecord = ReturnType<Scenario['listProductOrders']>[number];
type ProductRecord = ReturnType<Scenario['listProducts']>[number];

/** Statuses as the seller center names them. PAYMENT_WAITING never reaches these pages (not paid yet). */
export const ORDER_STATUS_LABELS: Record<ProductOrderStatus, string> = {
  PAYMENT_WAITING: '입금대기',
  PAYED: '결제완료',
  DELIVERING: '배송중',
  DELIVERED: '배송완료',
  PURCHASE_DECIDED: '구매확정',
  EXCHANGED: '교환완료',
  CANCELED: '취소완료',
  RETURNED: '반품완료',
  CANCELED_BY_NOPAYMENT: '미결제취소',
};

export const LISTED_ORDER_STATUSES = [
  'PAYED',
  'DELIVERING',
  'DELIVERED',
  'PURCHASE_DECIDED',
  'CANCELED',
  'RETURNED',
  'EXCHANGED',
  'CANCELED_BY_NOPAYMENT',
] as const satisfies readonly ProductOrderStatus[];
export type ListedOrderStatus = (typeof LISTED_ORDER_STATUSES)[number];

export function isListedOrderStatus(value: string | null): value is ListedOrderStatus {
  return (LISTED_ORDER_STATUSES as readonly string[]).includes(value ?? '');
}

export const PRODUCT_STATUS_LABELS: Record<ProductStatusType, string> = {
  WAIT: '판매대기',
  SALE: '판매중',
  OUTOFSTOCK: '품절',
  UNADMISSION: '승인대기',
  REJECTION: '승인거부',
  SUSPENSION: '판매중지',
  CLOSE: '판매종료',
  PROHIBITION: '판매금지',
  DELETE: '삭제',
};

export interface SmartStoreOrderRow {
  productOrderId: string;
  orderId: string;
  status: ProductOrderStatus;
  statusLabel: string;
  /** e.g. 취소 요청, 반품 완료; empty without a claim */
  claimLabel: string;
  claimOpen: boolean;
  placeOrderConfirmed: boolean;
  placeOrderLabel: string;
  productName: string;
  optionText: string;
  quantity: number;
  amount: number;
  ordererName: string;
  receiverName: string;
  paymentDate: string;
}

export interface SmartStoreSummary {
  key: string;
  label: string;
  count: number;
}

export interface SmartStoreOrderList extends Page<SmartStoreOrderRow> {
  status: ListedOrderStatus | 'ALL';
  statuses: { value: ListedOrderStatus | 'ALL'; label: string; count: number }[];
  summary: SmartStoreSummary[];
}

export interface SmartStoreProductRow {
  originProductNo: string;
  channelProductNo: string;
  name: string;
  status: string;
  statusLabel: string;
  salePrice: number;
  stockQuantity: number;
  regDate: string;
  modifiedDate: string;
}

export interface SmartStoreProductList extends Page<SmartStoreProductRow> {
  status: string;
  statuses: { value: string; label: string; count: number }[];
}

interface Listed {
  po: ProductOrderRecord;
  paidAt: number;
  row: SmartStoreOrderRow;
}

function listedOrders(commerce: CommerceView, sellerAccountId: string): Listed[] {
  const orders = new Map<string, ReturnType<Scenario['getOrder']>>();
  const orderOf = (orderId: string) => {
    if (!orders.has(orderId)) orders.set(orderId, commerce.getOrder(orderId));
    return orders.get(orderId);
  };
  return commerce
    .listProductOrders(sellerAccountId)
    .filter((po) => po.productOrderStatus !== 'PAYMENT_WAITING')
    .map((po) => {
      const order = orderOf(po.orderId);
      const paidAt = order?.paymentDate ?? order?.orderDate ?? po.lastChangedDate;
      const claimOpen = hasOpenClaim(po);
      const confirmed = po.placeOrderStatus === 'OK';
      return {
        po,
        paidAt,
        row: {
          productOrderId: po.productOrderId,
          orderId: po.orderId,
          status: po.productOrderStatus,
          statusLabel: ORDER_STATUS_LABELS[po.productOrderStatus],
          claimLabel: po.claimStatus ? CLAIM_STATUS_LABELS[po.claimStatus] : '',
          claimOpen,
          placeOrderConfirmed: confirmed,
          placeOrderLabel: confirmed ? '발주확인' : '미확인',
          productName: po.productName,
          optionText: po.productOption ?? '',
          quantity: po.quantity,
          amount: po.totalPaymentAmount,
          ordererName: order?.ordererName ?? '',
          receiverName: po.shippingAddress.name,
          paymentDate: kstDotted(paidAt),
        },
      };
    })
    .sort((a, b) => b.paidAt - a.paidAt || a.po.productOrderId.localeCompare(b.po.productOrderId));
}

function summaryOf(listed: readonly Listed[]): SmartStoreSummary[] {
  const count = (test: (po: ProductOrderRecord, open: boolean) => boolean) =>
    listed.filter((l) => test(l.po, l.row.claimOpen)).length;
  return [
    {
      key: 'new',
      label: '신규주문',
      count: count((po, open) => po.productOrderStatus === 'PAYED' && po.placeOrderStatus !== 'OK' && !open),
    },
    {
      key: 'waiting',
      label: '발송대기',
      count: count((po, open) => po.productOrderStatus === 'PAYED' && po.placeOrderStatus === 'OK' && !open),
    },
    { key: 'delivering', label: '배송중', count: count((po) => po.productOrderStatus === 'DELIVERING') },
    { key: 'delivered', label: '배송완료', count: count((po) => po.productOrderStatus === 'DELIVERED') },
    {
      key: 'cancel',
      label: '취소요청',
      count: count((po, open) => open && po.claimType === 'CANCEL'),
    },
    { key: 'return', label: '반품요청', count: count((po, open) => open && po.claimType === 'RETURN') },
    {
      key: 'exchange',
      label: '교환요청',
      count: count((po, open) => open && po.claimType === 'EXCHANGE'),
    },
  ];
}

/** 발주(주문)확인/발송관리: the seller's paid product orders, newest payment first. */
export function smartStoreOrderList(
  commerce: CommerceView,
  sellerAccountId: string,
  status: ListedOrderStatus | 'ALL',
  paging: Paging,
): SmartStoreOrderList {
  const listed = listedOrders(commerce, sellerAccountId);
  const statuses = [
    { value: 'ALL' as const, label: '전체', count: listed.length },
    ...LISTED_ORDER_STATUSES.map((s) => ({
      value: s,
      label: ORDER_STATUS_LABELS[s],
      count: listed.filter((l) => l.po.productOrderStatus === s).length,
    })),
  ];
  const rows = listed.filter((l) => status === 'ALL' || l.po.productOrderStatus === status).map((l) => l.row);
  return { status, statuses, summary: summaryOf(listed), ...pageOf(rows, paging) };
}

function productView(p: ProductRecord): SmartStoreProductRow {
  const status = p.originProduct.statusType ?? 'WAIT';
  return {
    originProductNo: String(p.originProductNo),
    channelProductNo: String(p.channelProductNo),
    name: p.smartstoreChannelProduct.channelProductName || p.originProduct.name || '',
    status,
    statusLabel: PRODUCT_STATUS_LABELS[status as ProductStatusType] ?? status,
    salePrice: p.originProduct.salePrice ?? 0,
    stockQuantity: p.originProduct.stockQuantity ?? 0,
    regDate: kstDottedDate(p.regDate),
    modifiedDate: kstDottedDate(p.modifiedDate),
  };
}

/** 상품 조회/수정: the seller's products (deleted ones are not listed), newest registration first. */
export function smartStoreProductList(
  commerce: CommerceView,
  sellerAccountId: string,
  status: string,
  paging: Paging,
): SmartStoreProductList {
  const products = commerce
    .listProducts(sellerAccountId)
    .filter((p) => p.originProduct.statusType !== 'DELETE')
    .sort((a, b) => b.regDate - a.regDate || b.originProductNo - a.originProductNo)
    .map(productView);
  const present = [...new Set(products.map((p) => p.status))];
  const statuses = [
    { value: 'ALL', label: '전체', count: products.length },
    ...(Object.keys(PRODUCT_STATUS_LABELS) as ProductStatusType[])
      .filter((s) => present.includes(s))
      .map((s) => ({
        value: s,
        label: PRODUCT_STATUS_LABELS[s],
        count: products.filter((p) => p.status === s).length,
      })),
  ];
  const chosen = statuses.some((s) => s.value === status) ? status : 'ALL';
  const rows = products.filter((p) => chosen === 'ALL' || p.status === chosen);
  return { status: chosen, statuses, ...pageOf(rows, paging) };
}
