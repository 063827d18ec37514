import { z } from 'zod';
import { IdSchema } from './common';

/** `GET /api/v1/shop`: proves the key and names the shop. */
export const ShopInfoSchema = z.object({
  shopId: IdSchema,
  shopName: z.string().min(1),
  adminUrl: z.url({ protocol: /^https?$/ }),
});
export type ShopInfo = z.infer<typeof ShopInfoSchema>;
