import { COURIERS } from '../../../lib/smartstore/enums';
import {
  applyBuyerClaim,
  applyConfirm,
  applyDelivered,
  applyDispatch,
  applyPurchaseDecided,
  applySellerCancel,
  createOrder,
} from './order-lifecycle';
import type { EmulatorState, ProductRecord } from './state';

const HOUR = 60 * 60 * 1000;

export type SeedOrderState =
  | 'NEW'
  | 'CONFIRMED'
  | 'DELIVERING'
  | 'DELIVERED'
  | 'DECIDED'
  | 'CANCEL_REQUEST'
  | 'RETURN_REQUEST'
  | 'EXCHANGE_REQUEST'
  | 'WAITING'
  | 'SELLER_CANCELED';

/** [product index, quantity, option index?] */
type SeedItem = [number, number, number?];

export interface SeedOrderSpec {
  hoursAgo: number;
  state: SeedOrderState;
  items: SeedItem[];
}

/** Seller A: 40 product orders in realistic states. */
export const SELLER_A_ORDERS: readonly SeedOrderSpec[] = [
  { hoursAgo: 310, state: 'DECIDED', items: [[7, 1]] },
  {
    hoursAgo: 290,
    state: 'DECIDED',
    items: [
      [0, 1, 2],
      [3, 2],
    ],
  },
  { hoursAgo: 260, state: 'DECIDED', items: [[13, 3]] },
  { hoursAgo: 230, state: 'DECIDED', items: [[20, 1]] },
  { hoursAgo: 150, state: 'RETURN_REQUEST', items: [[2, 1, 1]] },
  { hoursAgo: 130, state: 'DELIVERED', items: [[15, 1]] },
  { hoursAgo: 125, state: 'EXCHANGE_REQUEST', items: [[22, 2, 1]] },
  {
    hoursAgo: 118,
    state: 'DELIVERED',
    items: [
      [1, 2, 0],
      [24, 1],
    ],
  },
  { hoursAgo: 104, state: 'DELIVERED', items: [[9, 1, 2]] },
  { hoursAgo: 96, state: 'DELIVERED', items: [[28, 1]] },
  {
    hoursAgo: 70,
    state: 'DELIVERING',
    items: [
      [4, 1],
      [16, 1],
      [25, 2],
    ],
  },
  { hoursAgo: 64, state: 'DELIVERING', items: [[10, 1, 1]] },
  { hoursAgo: 58, state: 'DELIVERING', items: [[18, 1]] },
  { hoursAgo: 52, state: 'DELIVERING', items: [[6, 2, 0]] },
  { hoursAgo: 47, state: 'DELIVERING', items: [[29, 1]] },
  {
    hoursAgo: 40,
    state: 'CONFIRMED',
    items: [
      [0, 1, 0],
      [3, 1],
    ],
  },
  { hoursAgo: 36, state: 'SELLER_CANCELED', items: [[14, 1]] },
  { hoursAgo: 33, state: 'CONFIRMED', items: [[5, 1]] },
  { hoursAgo: 29, state: 'CONFIRMED', items: [[19, 2, 1]] },
  {
    hoursAgo: 25,
    state: 'CONFIRMED',
    items: [
      [26, 1],
      [17, 2],
    ],
  },
  { hoursAgo: 21, state: 'NEW', items: [[1, 4, 1]] },
  {
    hoursAgo: 18,
    state: 'NEW',
    items: [
      [8, 1],
      [24, 2],
    ],
  },
  { hoursAgo: 15, state: 'CANCEL_REQUEST', items: [[21, 1]] },
  { hoursAgo: 12.5, state: 'NEW', items: [[0, 1, 3]] },
  { hoursAgo: 9, state: 'NEW', items: [[12, 1]] },
  { hoursAgo: 6.2, state: 'WAITING', items: [[27, 1]] },
  {
    hoursAgo: 5,
    state: 'NEW',
    items: [
      [2, 1, 0],
      [7, 1],
      [22, 1, 2],
    ],
  },
  { hoursAgo: 3.1, state: 'NEW', items: [[23, 1]] },
  { hoursAgo: 2.4, state: 'NEW', items: [[13, 2]] },
  { hoursAgo: 1.7, state: 'WAITING', items: [[4, 2]] },
  { hoursAgo: 0.8, state: 'NEW', items: [[9, 1, 0]] },
];

/** Seller B: 10 product orders. */
export const SELLER_B_ORDERS: readonly SeedOrderSpec[] = [
  { hoursAgo: 200, state: 'DECIDED', items: [[1, 1]] },
  { hoursAgo: 100, state: 'DELIVERED', items: [[3, 2]] },
  {
    hoursAgo: 60,
    state: 'DELIVERING',
    items: [
      [0, 1, 0],
      [7, 2],
    ],
  },
  { hoursAgo: 30, state: 'CONFIRMED', items: [[2, 1]] },
  { hoursAgo: 26, state: 'CONFIRMED', items: [[8, 1]] },
  { hoursAgo: 11, state: 'NEW', items: [[0, 2, 1]] },
  {
    hoursAgo: 4,
    state: 'NEW',
    items: [
      [4, 1],
      [9, 1],
    ],
  },
  { hoursAgo: 1.2, state: 'NEW', items: [[5, 1]] },
];

/** Seller C: a few orders, reachable only through the other agency. */
export const SELLER_C_ORDERS: readonly SeedOrderSpec[] = [
  { hoursAgo: 20, state: 'NEW', items: [[0, 1]] },
  {
    hoursAgo: 8,
    state: 'NEW',
    items: [
      [1, 2],
      [2, 1],
    ],
  },
];

const SEED_COURIERS = ['CJGLS', 'HANJIN', 'HYUNDAI', 'EPOST', 'KGB'].filter((c) =>
  COURIERS.some((k) => k.code === c),
);
const SEED_ID_DATE = '20261127';

/** Creates the orders and walks each one through its timeline; every step is relative to `anchor`. */
export function seedOrders(
  state: EmulatorState,
  sellerAccountId: string,
  products: readonly ProductRecord[],
  specs: readonly SeedOrderSpec[],
  anchor: number,
  trackingBase: number,
): void {
  let tracking = trackingBase;
  [...specs]
    .sort((a, b) => b.hoursAgo - a.hoursAgo)
    .forEach((spec, n) => {
      const at = anchor - Math.round(spec.hoursAgo * HOUR) + ((n * 7_919) % 59_000);
      const items = spec.items.map(([productIndex, quantity, optionIndex]) => {
        const product = products[productIndex];
        if (!product) throw new Error(`seed: no product ${productIndex}`);
        const combos = product.originProduct.detailAttribute?.optionInfo?.optionCombinations ?? [];
        const optionId = optionIndex === undefined ? undefined : combos[optionIndex]?.id;
        return { product, quantity, ...(optionId !== undefined ? { optionId } : {}) };
      });
      const { productOrders } = createOrder(state, {
        sellerAccountId,
        items,
        at,
        status: spec.state === 'WAITING' ? 'PAYMENT_WAITING' : 'PAYED',
        idDate: SEED_ID_DATE,
      });
      const courier = SEED_COURIERS[n % SEED_COURIERS.length] ?? 'CJGLS';
      const trackingNumber = String(tracking);
      tracking += 7_919;
      const confirmAt = at + 2 * HOUR;
      const dispatchAt = at + 20 * HOUR;
      const deliveredAt = at + 50 * HOUR;
      for (const po of productOrders) {
        switch (spec.state) {
          case 'NEW':
          case 'WAITING':
            break;
          case 'CONFIRMED':
            applyConfirm(po, confirmAt);
            break;
          case 'CANCEL_REQUEST':
            applyBuyerClaim(state, po, 'CANCEL', 'INTENT_CHANGED', at + 3 * HOUR);
            break;
          case 'SELLER_CANCELED':
            applyConfirm(po, confirmAt);
            applySellerCancel(
              state,
              po,
              'SOLD_OUT',
              '재고 소진으로 판매 취소합니다. 죄송합니다.',
              po.remainQuantity,
              at + 3 * HOUR,
            );
            break;
          default: {
            applyConfirm(po, confirmAt);
            applyDispatch(
              state,
              po,
              {
                deliveryMethod: 'DELIVERY',
                deliveryCompany: courier,
                trackingNumber,
                dispatchDate: dispatchAt,
              },
              dispatchAt,
            );
            if (spec.state === 'DELIVERING') break;
            applyDelivered(po, deliveredAt);
            if (spec.state === 'DECIDED') applyPurchaseDecided(state, po, at + 150 * HOUR);
            if (spec.state === 'RETURN_REQUEST')
              applyBuyerClaim(state, po, 'RETURN', 'BROKEN', at + 70 * HOUR);
            if (spec.state === 'EXCHANGE_REQUEST')
              applyBuyerClaim(state, po, 'EXCHANGE', 'COLOR_AND_SIZE', at + 60 * HOUR);
          }
        }
      }
    });
}
