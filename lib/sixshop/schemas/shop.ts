import { z } from 'zod/mini';
import { IdSchema } from './common';

/** `GET /api/v1/shop`: proves the key and names the shop. */
export const ShopInfoSchema = z.object({
  shopId: IdSchema,
  shopName: z.string().check(z.minLength(1)),
  adminUrl: z.url({ protocol: /^https?$/ }),
});
export type ShopInfo = z.infer<typeof ShopInfoSchema>;
