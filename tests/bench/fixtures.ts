import type { OrderView } from '../../lib/orders/order-view';
import type { MarketOrderStatus } from '../../lib/sixshop/schemas/market-order';

/** Product order numbers of the benchmarks: 16 digits like SmartStore's, unique per index. */
export const productOrderNo = (i: number) => `2026112${String(800_000_000 + i).padStart(9, '0')}`;
export const orderNo = (i: number, perOrder = 1) =>
  `2026112${String(700_000_000 + Math.floor(i / perOrder)).padStart(9, '0')}`;

const NAMES = ['김하늘', '이바다', '박서준', '최지우', '정민호', '강수진', '윤도현', '한예슬'];
const PRODUCTS = [
  '린넨 침구 세트 (퀸)',
  '세라믹 머그컵 2P',
  '원목 도마 대형',
  '호텔 수건 5장 세트',
  '극세사 러그 160x230',
];

/**
 * A store's history: mostly finished orders, a few waiting for the seller. With 50,000 orders that is 1,000
 * 주문 확인 중, 1,500 배송 준비 중, 2,500 배송 중 and 7,500 배송 완료 rows.
 */
export function historyStatus(i: number): MarketOrderStatus {
  const r = i % 100;
  if (r < 2) return 'PAYMENT_CONFIRMING';
  if (r < 5) return 'PREPARING';
  if (r < 10) return 'SHIPPING';
  if (r < 25) return 'DELIVERED';
  if (r < 27) return 'CANCELED';
  if (r < 28) return 'RETURNED';
  return 'PURCHASE_DECIDED';
}

/** The stored view of one product order, as `toOrderView` makes it from a query answer. */
export function orderView(i: number, status: MarketOrderStatus, now: number): OrderView {
  const paidAt = now - (i % 2000) * 60_000 - Math.floor(i / 2000) * 86_400_000;
  const name = NAMES[i % NAMES.length]!;
  const shipped = status === 'SHIPPING' || status === 'DELIVERED' || status === 'PURCHASE_DECIDED';
  return {
    productOrderId: productOrderNo(i),
    orderId: orderNo(i),
    status,
    smartstoreStatus: shipped ? 'DELIVERING' : 'PAYED',
    placeOrderStatus: status === 'PAYMENT_CONFIRMING' ? 'NOT_YET' : 'OK',
    productName: PRODUCTS[i % PRODUCTS.length]!,
    optionText: i % 3 ? `색상: 아이보리 / 사이즈: ${(i % 4) + 1}` : undefined,
    quantity: 1 + (i % 3),
    amount: 12_900 + (i % 50) * 1_000,
    buyerName: name,
    buyerPhone: '010-1234-5678',
    receiverName: name,
    receiverPhone: '010-1234-5678',
    zipCode: '06236',
    address: '서울특별시 강남구 테헤란로 152',
    addressDetail: `${(i % 30) + 1}층 ${(i % 9) + 1}01호`,
    memo: i % 4 === 0 ? '부재 시 문 앞에 놓아 주세요' : undefined,
    courierCode: shipped ? 'CJGLS' : undefined,
    trackingNumber: shipped ? String(600_000_000_000 + i) : undefined,
    shippingDueAt: paidAt + 3 * 86_400_000,
    orderedAt: paidAt - 30_000,
    paidAt,
    dispatchedAt: shipped ? paidAt + 86_400_000 : undefined,
    deliveredAt:
      status === 'DELIVERED' || status === 'PURCHASE_DECIDED' ? paidAt + 2 * 86_400_000 : undefined,
    channelProductNo: String(5_000_000_000 + (i % 40)),
    originProductNo: String(4_000_000_000 + (i % 40)),
  };
}
