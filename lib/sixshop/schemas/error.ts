import { z } from 'zod/mini';

/** Error codes of the contract; a backend may add more, so readers accept any string. */
export const SHOP_ERROR_CODES = [
  'SHOP_KEY_REJECTED',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'CONFLICT',
  'INTERNAL',
  'UPSTREAM_UNREACHABLE',
] as const;
export type ShopErrorCode = (typeof SHOP_ERROR_CODES)[number];

/** The HTTP status that goes with each code. */
export const SHOP_ERROR_STATUS: Record<ShopErrorCode, number> = {
  SHOP_KEY_REJECTED: 401,
  NOT_FOUND: 404,
  VALIDATION_FAILED: 400,
  CONFLICT: 409,
  INTERNAL: 500,
  UPSTREAM_UNREACHABLE: 502,
};

/** One rejected field: `path` is dotted (`fields.delivery.baseFee`, `orders.3.quantity`). */
export const FieldErrorSchema = z.object({ path: z.string(), message: z.string() });
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** Every error response: `{ error: { code, message, fields? } }`. */
export const ShopErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.optional(z.array(FieldErrorSchema)),
  }),
});
export type ShopErrorBody = z.infer<typeof ShopErrorBodySchema>;
