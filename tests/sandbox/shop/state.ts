import { z } from 'zod';
import {
  MarketAccountSchema,
  MarketOrderSchema,
  ProductLinkSchema,
  SalesPresetSchema,
  ShopProductSchema,
} from '../../../lib/sixshop/schemas';

const CountersSchema = z.object({
  product: z.int(),
  combination: z.int(),
  marketAccount: z.int(),
  salesPreset: z.int(),
});
export type Counters = z.infer<typeof CountersSchema>;
export type CounterKind = keyof Counters;

const ShopDataSchema = z.object({
  shopId: z.string(),
  shopName: z.string(),
  adminUrl: z.string(),
  counters: CountersSchema,
  products: z.array(ShopProductSchema),
  marketAccounts: z.array(MarketAccountSchema),
  /** by market account ID */
  productLinks: z.record(z.string(), z.array(ProductLinkSchema)),
  marketOrders: z.record(z.string(), z.array(MarketOrderSchema)),
  salesPresets: z.record(z.string(), z.array(SalesPresetSchema)),
});
export type ShopData = z.infer<typeof ShopDataSchema>;

/** Everything the emulator keeps; this is what the data file holds (no API keys: those are configuration). */
export const ShopStateSchema = z.object({
  version: z.literal(1),
  /** the origin seeded image URLs were written with; rebased when the emulator comes up elsewhere */
  imageOrigin: z.string().optional(),
  shops: z.record(z.string(), ShopDataSchema),
});
export type ShopState = z.infer<typeof ShopStateSchema>;

export function emptyState(): ShopState {
  return { version: 1, shops: {} };
}

export function emptyShop(shopId: string, shopName: string, adminUrl: string): ShopData {
  return {
    shopId,
    shopName,
    adminUrl,
    counters: { product: 1000, combination: 0, marketAccount: 0, salesPreset: 0 },
    products: [],
    marketAccounts: [],
    productLinks: {},
    marketOrders: {},
    salesPresets: {},
  };
}

const ID_PREFIX: Record<CounterKind, string> = {
  product: '',
  combination: 'c',
  marketAccount: 'ma_',
  salesPreset: 'sp_',
};

export function nextId(shop: ShopData, kind: CounterKind): string {
  shop.counters[kind] += 1;
  return `${ID_PREFIX[kind]}${shop.counters[kind]}`;
}

/** Points image URLs written under an earlier origin at the current one (ports change between runs). */
export function rebaseImageUrls(state: ShopState, origin: string): void {
  const from = state.imageOrigin;
  state.imageOrigin = origin;
  if (!from || from === origin) return;
  const prefix = `${from}/images/`;
  for (const shop of Object.values(state.shops)) {
    for (const product of shop.products) {
      product.images = product.images.map((u) =>
        u.startsWith(prefix) ? `${origin}/images/${u.slice(prefix.length)}` : u,
      );
      product.detailHtml = product.detailHtml.split(prefix).join(`${origin}/images/`);
    }
  }
}
