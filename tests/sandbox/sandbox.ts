import { COMMERCE_SEED } from './commerce/seed';
import { type CommerceEmulator, startCommerceEmulator } from './commerce/server';
import { startDemoPages } from './demo/server';
import { SHOP_SEED } from './shop/seed';
import { type ShopEmulator, startShopEmulator } from './shop/server';

export interface SandboxOptions {
  commercePort?: number;
  shopPort?: number;
  demoPort?: number;
  /** JSON file that keeps the shop backend's data across restarts; absent = memory only */
  shopDataFile?: string;
  commerce?: Parameters<typeof startCommerceEmulator>[0];
}

export interface Sandbox {
  commerce: CommerceEmulator;
  shop: ShopEmulator;
  demo: { url: string; close(): Promise<void> };
  close(): Promise<void>;
}

/** The whole local world: Commerce API emulator, shop backend emulator (relaying to it) and demo seller pages. */
export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const commerce = await startCommerceEmulator({
    ...opts.commerce,
    ...(opts.commercePort ? { port: opts.commercePort } : {}),
  });
  const shop = await startShopEmulator({
    commerceBaseUrl: commerce.url,
    agency: {
      clientId: COMMERCE_SEED.agencyApp.clientId,
      clientSecret: COMMERCE_SEED.agencyApp.clientSecret,
    },
    ...(opts.shopPort ? { port: opts.shopPort } : {}),
    ...(opts.shopDataFile ? { dataFile: opts.shopDataFile } : {}),
  });
  const demo = await startDemoPages({
    commerce,
    shop,
    sellerAccountId: COMMERCE_SEED.sellers.A.accountId,
    ...(opts.demoPort ? { port: opts.demoPort } : {}),
  });
  return {
    commerce,
    shop,
    demo,
    async close() {
      await Promise.allSettled([demo.close(), shop.close(), commerce.close()]);
    },
  };
}

export { COMMERCE_SEED, SHOP_SEED };
