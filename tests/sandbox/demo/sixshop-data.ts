import {
  MARKET_ORDER_STATUS_LABELS,
  type MarketOrder,
  type MarketOrderStatus,
  SHOP_PRODUCT_STATUS_LABELS,
  type ShopProduct,
  type ShopProductStatus,
} from '../../../lib/sixshop/schemas';
import { courierName } from '../../../lib/smartstore/enums';
import { SHOP_SEED } from '../shop/seed';
import type { ShopState } from '../shop/server';
import { instant, isoKstMinute } from './format';
import { type Page, type Paging, pageOf } from './paging';

type ShopData = ShopState['shops'][string];

/** The tabs of 주문 관리, in the guide's words; each holds the shop statuses listed. */
export const ORDER_TABS = [
  { key: 'all', label: '전체', statuses: [] },
  { key: 'confirming', label: '주문 확인 중', statuses: ['PAYMENT_CONFIRMING'] },
  { key: 'preparing', label: '배송 준비 중', statuses: ['PREPARING'] },
  { key: 'shipping', label: '배송 중', statuses: ['SHIPPING'] },
  { key: 'delivered', label: '배송 완료', statuses: ['DELIVERED', 'PURCHASE_DECIDED'] },
  {
    key: 'claims',
    label: '취소·반품·교환',
    statuses: [
      'CANCEL_REQUESTED',
      'CANCELED',
      'RETURN_REQUESTED',
      'RETURNED',
      'EXCHANGE_REQUESTED',
      'EXCHANGED',
    ],
  },
] as const satisfies readonly { key: string; label: string; statuses: readonly MarketOrderStatus[] }[];

export type OrderTabKey = (typeof ORDER_TABS)[number]['key'];

export function isOrderTab(value: string | null): value is OrderTabKey {
  return ORDER_TABS.some((t) => t.key === value);
}

function inTab(tab: OrderTabKey, status: MarketOrderStatus): boolean {
  const def = ORDER_TABS.find((t) => t.key === tab);
  if (!def || def.statuses.length === 0) return true;
  return (def.statuses as readonly MarketOrderStatus[]).includes(status);
}

export interface ShopOrderItem {
  productOrderId: string;
  orderId: string;
  status: MarketOrderStatus;
  statusLabel: string;
  channel: string;
  productName: string;
  optionText: string;
  quantity: number;
  amount: number;
  buyerName: string;
  receiverName: string;
  orderedAt: string;
  paidAt: string;
  courier: string;
  trackingNumber: string;
}

export interface ShopOrderGroup {
  orderId: string;
  channel: string;
  orderedAt: string;
  items: ShopOrderItem[];
}

export interface ShopOrderList extends Omit<Page<ShopOrderGroup>, 'items'> {
  shopName: string;
  tab: OrderTabKey;
  tabs: { key: OrderTabKey; label: string; count: number }[];
  /** product orders on this page */
  itemCount: number;
  groups: ShopOrderGroup[];
}

export interface ShopOrderDetail {
  shopName: string;
  order: {
    orderId: string;
    channel: string;
    orderedAt: string;
    paidAt: string;
    buyerName: string;
    receiverName: string;
    receiverPhone: string;
    zipCode: string;
    address: string;
    addressDetail: string;
    memo: string;
    totalAmount: number;
    statusSummary: string;
  };
  items: ShopOrderItem[];
}

export interface ShopProductRow {
  id: string;
  image: string;
  name: string;
  sellerCode: string;
  optionCount: number;
  price: number;
  stock: number;
  status: ShopProductStatus;
  statusLabel: string;
  updatedAt: string;
}

export interface ShopProductList extends Page<ShopProductRow> {
  shopName: string;
  q: string;
}

/** The shop the pages show: the given one, else the sandbox shop, else the first. */
export function pickShop(state: ShopState, shopId?: string): ShopData | undefined {
  if (shopId) return state.shops[shopId];
  return state.shops[SHOP_SEED.shopId] ?? Object.values(state.shops)[0];
}

interface Placed {
  order: MarketOrder;
  channel: string;
}

/** Every market order of the shop with its sales channel label (스마트스토어 + the account's alias). */
function placedOrders(shop: ShopData): Placed[] {
  const out: Placed[] = [];
  for (const [accountId, orders] of Object.entries(shop.marketOrders)) {
    const account = shop.marketAccounts.find((a) => a.id === accountId);
    const channel = account ? `스마트스토어 (${account.alias})` : '스마트스토어';
    for (const order of orders) out.push({ order, channel });
  }
  return out;
}

function itemView({ order: o, channel }: Placed): ShopOrderItem {
  return {
    productOrderId: o.productOrderId,
    orderId: o.orderId,
    status: o.status,
    statusLabel: MARKET_ORDER_STATUS_LABELS[o.status],
    channel,
    productName: o.productName,
    optionText: o.optionText ?? '',
    quantity: o.quantity,
    amount: o.amount,
    buyerName: o.buyerName,
    receiverName: o.receiverName,
    orderedAt: isoKstMinute(o.orderedAt),
    paidAt: isoKstMinute(o.paidAt),
    courier: o.courierCode ? courierName(o.courierCode) : '',
    trackingNumber: o.trackingNumber ?? '',
  };
}

/** Newest payment first; the items of an order stay together in product-order number order. */
function groupByOrder(placed: readonly Placed[]): ShopOrderGroup[] {
  const groups = new Map<string, { paidAt: number; items: Placed[] }>();
  for (const p of placed) {
    const key = p.order.orderId;
    const group = groups.get(key) ?? { paidAt: 0, items: [] };
    group.paidAt = Math.max(group.paidAt, instant(p.order.paidAt));
    group.items.push(p);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([a, ga], [b, gb]) => gb.paidAt - ga.paidAt || (a < b ? 1 : a > b ? -1 : 0))
    .map(([orderId, g]) => {
      const items = g.items
        .sort((x, y) => x.order.productOrderId.localeCompare(y.order.productOrderId))
        .map(itemView);
      const first = items[0];
      return { orderId, channel: first?.channel ?? '', orderedAt: first?.orderedAt ?? '', items };
    });
}

export function shopOrderList(shop: ShopData | undefined, tab: OrderTabKey, paging: Paging): ShopOrderList {
  const placed = shop ? placedOrders(shop) : [];
  const tabs = ORDER_TABS.map((t) => ({
    key: t.key,
    label: t.label,
    count: new Set(placed.filter((p) => inTab(t.key, p.order.status)).map((p) => p.order.orderId)).size,
  }));
  const page = pageOf(groupByOrder(placed.filter((p) => inTab(tab, p.order.status))), paging);
  const { items: groups, ...rest } = page;
  return {
    shopName: shop?.shopName ?? '',
    tab,
    tabs,
    ...rest,
    itemCount: groups.reduce((n, g) => n + g.items.length, 0),
    groups,
  };
}

export function shopOrderDetail(shop: ShopData | undefined, orderId: string): ShopOrderDetail | undefined {
  const placed = shop ? placedOrders(shop).filter((p) => p.order.orderId === orderId) : [];
  const [group] = groupByOrder(placed);
  const first = placed.find((p) => p.order.productOrderId === group?.items[0]?.productOrderId)?.order;
  if (!shop || !group || !first) return undefined;
  const labels = [...new Set(group.items.map((i) => i.statusLabel))];
  return {
    shopName: shop.shopName,
    order: {
      orderId,
      channel: group.channel,
      orderedAt: isoKstMinute(first.orderedAt),
      paidAt: isoKstMinute(first.paidAt),
      buyerName: first.buyerName,
      receiverName: first.receiverName,
      receiverPhone: first.receiverPhone,
      zipCode: first.zipCode,
      address: first.address,
      addressDetail: first.addressDetail ?? '',
      memo: first.memo ?? '',
      totalAmount: group.items.reduce((sum, i) => sum + i.amount, 0),
      statusSummary: labels.join(', '),
    },
    items: group.items,
  };
}

function productView(p: ShopProduct): ShopProductRow {
  return {
    id: p.id,
    image: p.images[0] ?? '',
    name: p.name,
    sellerCode: p.sellerCode ?? '',
    optionCount: p.options?.combinations.length ?? 0,
    price: p.price,
    stock: p.stock,
    status: p.status,
    statusLabel: SHOP_PRODUCT_STATUS_LABELS[p.status],
    updatedAt: isoKstMinute(p.updatedAt),
  };
}

/** Newest first, like the shop's own product list; `q` matches the name or the seller code. */
export function shopProductList(shop: ShopData | undefined, q: string, paging: Paging): ShopProductList {
  const needle = q.trim().toLowerCase();
  const products = (shop?.products ?? [])
    .filter(
      (p) => !needle || p.name.toLowerCase().includes(needle) || p.sellerCode?.toLowerCase().includes(needle),
    )
    .sort(
      (a, b) =>
        b.createdAt.localeCompare(a.createdAt) || Number(b.id) - Number(a.id) || b.id.localeCompare(a.id),
    )
    .map(productView);
  return { shopName: shop?.shopName ?? '', q: q.trim(), ...pageOf(products, paging) };
}
