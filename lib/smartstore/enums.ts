import { z } from 'zod/mini';
import {
  CLAIM_STATUSES,
  CLAIM_TYPES,
  DELIVERY_METHODS,
  DISPATCH_DELIVERY_METHODS,
  LAST_CHANGED_TYPES,
  PLACE_ORDER_STATUSES,
  PRODUCT_ORDER_STATUSES,
  PRODUCT_STATUS_TYPES,
  SELLER_CANCEL_REASONS,
} from './codes';

/**
 * Schemas for the Commerce API enumerations, built from the code lists in `codes.ts`. The lists, types, labels
 * and couriers are re-exported here; code that must stay small (the order overlay) imports `codes.ts` directly.
 */
export * from './codes';

export const ProductOrderStatusSchema = z.enum(PRODUCT_ORDER_STATUSES);
export const PlaceOrderStatusSchema = z.enum(PLACE_ORDER_STATUSES);
export const LastChangedTypeSchema = z.enum(LAST_CHANGED_TYPES);
export const ClaimTypeSchema = z.enum(CLAIM_TYPES);
export const ClaimStatusSchema = z.enum(CLAIM_STATUSES);
export const DeliveryMethodSchema = z.enum(DELIVERY_METHODS);
export const DispatchDeliveryMethodSchema = z.enum(DISPATCH_DELIVERY_METHODS);
export const SellerCancelReasonSchema = z.enum(SELLER_CANCEL_REASONS);
export const ProductStatusTypeSchema = z.enum(PRODUCT_STATUS_TYPES);
