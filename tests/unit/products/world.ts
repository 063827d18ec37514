import { commerceClientFor } from '../../../lib/accounts/connections';
import type { ProductDeps } from '../../../lib/products/deps';
import { getJob } from '../../../lib/products/jobs';
import { savePreset } from '../../../lib/products/presets';
import type { ProductJobRow } from '../../../lib/products/types';
import type { ShopClient } from '../../../lib/sixshop/client';
import type { PresetFields } from '../../../lib/sixshop/schemas/sales-preset';
import type { CommerceClient } from '../../../lib/smartstore/client';
import { type OrdersWorld, ordersWorld } from '../../integration/orders-harness';
import type { EmulatorContext } from '../../sandbox/commerce/context';
import { COMMERCE_SEED } from '../../sandbox/commerce/seed';
import type { ProductRecord } from '../../sandbox/commerce/state';
import { SHOP_SEED } from '../../sandbox/shop/seed';
import { validPreset } from './fixtures';

/**
 * The integration world for products (used by tests/integration/products*.test.ts): both emulators, a fresh
 * database, seller A linked, plus direct clients that stand for the seller working in SmartStore and in the shop.
 */
export interface ProductsWorld extends OrdersWorld {
  deps: ProductDeps & OrdersWorld['deps'];
  /** the seller's own SmartStore (as the seller center would change it) */
  seller: CommerceClient;
  /** the shop backend (as the shop admin would change it) */
  shopApi: ShopClient;
  marketAccountId: string;
  sellerAccountId: string;
  waitJob(id: string, timeoutMs?: number): Promise<ProductJobRow>;
  /** a stored SmartStore product, changed in place (no modifiedDate change: a field only SmartStore has) */
  emulatorProduct(originProductNo: number): ProductRecord;
  /** creates the default preset and answers its ID */
  defaultPreset(fields?: PresetFields): Promise<string>;
}

export async function productsWorld(opts: Parameters<typeof ordersWorld>[0] = {}): Promise<ProductsWorld> {
  const world = await ordersWorld({
    ...opts,
    commerce: { rateLimit: { replenishRate: 2000, burstCapacity: 4000 }, ...opts.commerce },
  });
  const deps = { ...world.deps, newId: () => crypto.randomUUID() };
  const account = (await world.db.accounts.get(world.accountId))!;
  const seller = await commerceClientFor(world.db, world.deps.clients, account);
  const shopApi = world.deps.clients.shop({ baseUrl: world.shop.url, shopKey: SHOP_SEED.key });
  return {
    ...world,
    deps,
    seller,
    shopApi,
    marketAccountId: account.shopMarketAccountId,
    sellerAccountId: COMMERCE_SEED.sellers.A.accountId,
    async waitJob(id, timeoutMs = 60_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const row = await getJob(world.db, id);
        if (row && (row.status === 'done' || row.status === 'cancelled')) return row;
        if (Date.now() > until)
          throw new Error(`job ${id} still ${row?.status}: ${JSON.stringify(row?.state.items.slice(0, 3))}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    emulatorProduct(no) {
      const ctx = (world.commerce.scenario as unknown as { ctx: EmulatorContext }).ctx;
      const record = ctx.state.products.get(no);
      if (!record) throw new Error(`no product ${no}`);
      return record;
    },
    async defaultPreset(fields = validPreset()) {
      const p = await savePreset(deps, {
        accountId: world.accountId,
        name: '기본 프리셋',
        isDefault: true,
        fields,
      });
      return p.id;
    },
  };
}

/** Requests the Commerce emulator saw for one API since `from` (an index into its request log). */
export function calls(world: ProductsWorld, api: string, from = 0) {
  return world.commerce.requests.slice(from).filter((r) => r.api === api);
}
