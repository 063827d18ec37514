import { z } from 'zod/mini';
import { t } from '../../i18n';
import { MARKET_ORDER_STATUSES, type MarketOrderStatus } from '../../orders/market-status';
import { SHOP_LIMITS } from '../limits';
import { CountSchema, DateTimeSchema, pageOf, pageQuery } from './common';

export {
  MARKET_ORDER_STATUS_LABELS,
  MARKET_ORDER_STATUS_LABELS_EN,
  MARKET_ORDER_STATUSES,
  type MarketOrderStatus,
  marketOrderStatusLabel,
} from '../../orders/market-status';

export const MarketOrderStatusSchema = z.enum(MARKET_ORDER_STATUSES);

/** One SmartStore product order (주문 품목) as the shop keeps it, keyed by `productOrderId`. */
export const MarketOrderSchema = z.object({
  productOrderId: z.string().check(z.trim(), z.minLength(1), z.maxLength(50)),
  orderId: z.string().check(z.trim(), z.minLength(1), z.maxLength(50)),
  status: MarketOrderStatusSchema,
  productName: z.string().check(z.minLength(1), z.maxLength(300)),
  optionText: z.optional(z.string().check(z.maxLength(300))),
  quantity: z.int().check(z.minimum(1)),
  /** what the buyer paid for this item, in won */
  amount: z.int().check(z.minimum(0)),
  buyerName: z.string().check(z.maxLength(100)),
  receiverName: z.string().check(z.maxLength(100)),
  receiverPhone: z.string().check(z.maxLength(30)),
  zipCode: z.string().check(z.maxLength(10)),
  address: z.string().check(z.maxLength(300)),
  addressDetail: z.optional(z.string().check(z.maxLength(300))),
  memo: z.optional(z.string().check(z.maxLength(500))),
  /** courier code (`CJGLS`, `HYUNDAI`, …) once dispatched */
  courierCode: z.optional(z.string().check(z.maxLength(30))),
  trackingNumber: z.optional(z.string().check(z.maxLength(50))),
  orderedAt: DateTimeSchema,
  paidAt: DateTimeSchema,
  /** SmartStore's last change of this product order */
  updatedAt: DateTimeSchema,
});
export type MarketOrder = z.infer<typeof MarketOrderSchema>;

/** `PUT /api/v1/market-accounts/:id/orders`: at most 300 orders, each `productOrderId` once. */
export const MarketOrderUpsertSchema = z.object({
  orders: z.array(MarketOrderSchema).check(
    z.minLength(1),
    z.maxLength(SHOP_LIMITS.ordersPerUpsert, {
      error: () =>
        t(
          `한 번에 ${SHOP_LIMITS.ordersPerUpsert}건까지 보낼 수 있습니다.`,
          `Up to ${SHOP_LIMITS.ordersPerUpsert} orders can be sent at once.`,
        ),
    }),
    z.superRefine((orders, ctx) => {
      const seen = new Set<string>();
      orders.forEach((o, i) => {
        if (seen.has(o.productOrderId)) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'productOrderId'],
            message: t(
              '같은 상품 주문 번호가 두 번 들어 있습니다.',
              'The same product order number appears twice.',
            ),
          });
        }
        seen.add(o.productOrderId);
      });
    }),
  ),
});

export const MarketOrderUpsertResultSchema = z.object({
  created: CountSchema,
  updated: CountSchema,
  unchanged: CountSchema,
});
export type MarketOrderUpsertResult = z.infer<typeof MarketOrderUpsertResultSchema>;

export const MarketOrderPageSchema = pageOf(MarketOrderSchema);
export type MarketOrderPage = z.infer<typeof MarketOrderPageSchema>;

/** `GET /api/v1/market-accounts/:id/orders?status=&page=&size=` */
export const MarketOrderQuerySchema = z.extend(
  pageQuery(SHOP_LIMITS.orderPageMax, SHOP_LIMITS.defaultPageSize),
  {
    status: z.optional(MarketOrderStatusSchema),
  },
);
export interface MarketOrderQuery {
  status?: MarketOrderStatus | undefined;
  page?: number | undefined;
  size?: number | undefined;
}
