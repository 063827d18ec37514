import { z } from 'zod/mini';
import { ProductOrderStatusSchema } from '../enums';
import { FailProductOrderInfoSchema, listOrEmpty, optBool, optional, optNum, optStr } from './common';

/** §3.1 last-changed-statuses row */
export const ChangedStatusSchema = z.object({
  orderId: z.string(),
  productOrderId: z.string(),
  lastChangedType: z.string(),
  lastChangedDate: z.string(),
  paymentDate: optStr,
  productOrderStatus: ProductOrderStatusSchema,
  claimType: optStr,
  claimStatus: optStr,
  receiverAddressChanged: optBool,
  giftReceivingStatus: optStr,
});
export type ChangedStatus = z.infer<typeof ChangedStatusSchema>;

const ChangedStatusesDataSchema = z.object({
  count: z.optional(z.int().check(z.nonnegative())),
  lastChangeStatuses: listOrEmpty(ChangedStatusSchema),
  more: optional(z.object({ moreFrom: z.string(), moreSequence: z.string() })),
});

export const ChangedStatusesResponseSchema = z.object({
  timestamp: optStr,
  traceId: optStr,
  data: z
    .pipe(
      z.nullish(ChangedStatusesDataSchema),
      z.transform(
        (v: z.output<typeof ChangedStatusesDataSchema> | null | undefined) =>
          v ?? { lastChangeStatuses: [], more: undefined },
      ),
    )
    .check(
      z.refine((d) => !('count' in d) || d.count === undefined || d.count <= d.lastChangeStatuses.length, {
        message: 'count says more changes than are listed',
      }),
    ),
});

export const AddressSchema = z.object({
  addressType: optStr,
  name: optStr,
  tel1: optStr,
  tel2: optStr,
  baseAddress: optStr,
  detailedAddress: optStr,
  zipCode: optStr,
  city: optStr,
  state: optStr,
  country: optStr,
  isRoadNameAddress: optBool,
});
export type Address = z.infer<typeof AddressSchema>;

export const OrderSchema = z.object({
  orderId: z.string(),
  orderDate: optStr,
  ordererId: optStr,
  ordererName: optStr,
  ordererTel: optStr,
  paymentDate: optStr,
  paymentMeans: optStr,
});

export const ProductOrderSchema = z.object({
  productOrderId: z.string(),
  productOrderStatus: ProductOrderStatusSchema,
  placeOrderStatus: optStr,
  placeOrderDate: optStr,
  claimType: optStr,
  claimStatus: optStr,
  claimId: optStr,
  productId: optStr,
  originalProductId: optStr,
  productName: optStr,
  productOption: optStr,
  optionCode: optStr,
  optionManageCode: optStr,
  sellerProductCode: optStr,
  quantity: optNum,
  initialQuantity: optNum,
  remainQuantity: optNum,
  unitPrice: optNum,
  optionPrice: optNum,
  totalProductAmount: optNum,
  totalPaymentAmount: optNum,
  deliveryFeeAmount: optNum,
  shippingAddress: optional(AddressSchema),
  shippingMemo: optStr,
  shippingDueDate: optStr,
  expectedDeliveryMethod: optStr,
  decisionDate: optStr,
});

export const DeliverySchema = z.object({
  deliveryCompany: optStr,
  trackingNumber: optStr,
  deliveryMethod: optStr,
  deliveryStatus: optStr,
  sendDate: optStr,
  pickupDate: optStr,
  deliveredDate: optStr,
});

export const ClaimSchema = z.object({
  claimId: optStr,
  claimType: optStr,
  claimStatus: optStr,
  claimRequestDate: optStr,
  cancelReason: optStr,
  cancelDetailedReason: optStr,
  cancelCompletedDate: optStr,
  returnReason: optStr,
  returnDetailedReason: optStr,
  returnCompletedDate: optStr,
  exchangeReason: optStr,
  exchangeDetailedReason: optStr,
  collectStatus: optStr,
  requestQuantity: optNum,
});

export const ProductOrderDetailSchema = z.object({
  order: OrderSchema,
  productOrder: ProductOrderSchema,
  delivery: optional(DeliverySchema),
  currentClaim: optional(
    z.object({
      cancel: optional(ClaimSchema),
      return: optional(ClaimSchema),
      exchange: optional(ClaimSchema),
    }),
  ),
  completedClaims: listOrEmpty(ClaimSchema),
});
export type ProductOrderDetail = z.infer<typeof ProductOrderDetailSchema>;

export const QueryResponseSchema = z.object({
  data: listOrEmpty(ProductOrderDetailSchema),
});

export const ConfirmResponseSchema = z.object({
  data: z.object({
    successProductOrderInfos: listOrEmpty(
      z.object({ productOrderId: z.string(), isReceiverAddressChanged: optBool }),
    ),
    failProductOrderInfos: listOrEmpty(FailProductOrderInfoSchema),
  }),
});

/** dispatch, cancel request and the other claim actions share this shape (§3.6). */
export const ActionResponseSchema = z.object({
  data: z.object({
    successProductOrderIds: listOrEmpty(z.string()),
    failProductOrderInfos: listOrEmpty(FailProductOrderInfoSchema),
  }),
});

export const ProductOrderIdsResponseSchema = z.object({
  data: listOrEmpty(z.string()),
});
