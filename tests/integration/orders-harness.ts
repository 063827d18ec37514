import { defaultClientFactory } from '../../lib/background/clients';
import { type LinkDb, openLinkDb } from '../../lib/db/schema';
import { memoryLocks, type RunnerDeps } from '../../lib/orders/runner';
import { setShopKey } from '../../lib/settings/secrets';
import { updateSettings } from '../../lib/settings/settings';
import { memoryTokenStore } from '../../lib/smartstore/token';
import { COMMERCE_SEED } from '../sandbox/commerce/seed';
import { type CommerceEmulator, startCommerceEmulator } from '../sandbox/commerce/server';
import { SHOP_SEED } from '../sandbox/shop/seed';
import { type ShopEmulator, startShopEmulator } from '../sandbox/shop/server';

export interface OrdersWorld {
  commerce: CommerceEmulator;
  shop: ShopEmulator;
  db: LinkDb;
  deps: RunnerDeps;
  accountId: string;
  close(): Promise<void>;
}

/**
 * Both emulators, a fresh extension database, and seller A linked with the own-application mode (or the agency
 * relay), exactly as the link flow leaves it.
 */
export async function ordersWorld(
  opts: { mode?: 'OWN_APP' | 'AGENCY'; commerce?: Parameters<typeof startCommerceEmulator>[0] } = {},
): Promise<OrdersWorld> {
  const commerce = await startCommerceEmulator(opts.commerce);
  const shop = await startShopEmulator({
    commerceBaseUrl: commerce.url,
    agency: {
      clientId: COMMERCE_SEED.agencyApp.clientId,
      clientSecret: COMMERCE_SEED.agencyApp.clientSecret,
    },
  });
  const db = openLinkDb(`orders-${Math.random()}`);
  await updateSettings(db, { commerceApiOrigin: commerce.url, shopBackendUrl: shop.url });
  await setShopKey(db, SHOP_SEED.key);
  const clients = defaultClientFactory(memoryTokenStore());
  const shopClient = clients.shop({ baseUrl: shop.url, shopKey: SHOP_SEED.key });
  const A = COMMERCE_SEED.sellers.A;
  const mode = opts.mode ?? 'OWN_APP';
  const market = await shopClient.createMarketAccount({
    market: 'SMARTSTORE',
    alias: '하늘리빙',
    storeSlug: A.storeSlug,
    apiSellerId: A.accountId,
    linkMode: mode,
  });
  const accountId = 'acc-A';
  const t = Date.now();
  await db.accounts.add({
    id: accountId,
    alias: '하늘리빙',
    storeSlug: A.storeSlug,
    apiSellerId: A.accountId,
    linkMode: mode,
    shopMarketAccountId: market.id,
    createdAt: t,
    updatedAt: t,
  });
  if (mode === 'OWN_APP') {
    await db.secrets.put({
      key: `ownApp:${accountId}`,
      value: { clientId: COMMERCE_SEED.selfApp.clientId, clientSecret: COMMERCE_SEED.selfApp.clientSecret },
    });
  }
  const deps: RunnerDeps = { db, clients, now: Date.now, lock: memoryLocks() };
  return {
    commerce,
    shop,
    db,
    deps,
    accountId,
    async close() {
      await db.delete();
      await shop.close();
      await commerce.close();
    },
  };
}

/** Product orders of seller A that the extension must show: everything paid. */
export function paidIds(world: OrdersWorld): string[] {
  return world.commerce.scenario
    .listProductOrders(COMMERCE_SEED.sellers.A.accountId)
    .filter((p) => p.productOrderStatus !== 'PAYMENT_WAITING')
    .map((p) => p.productOrderId)
    .sort();
}

export async function localIds(world: OrdersWorld): Promise<string[]> {
  return (await world.db.orders.where('accountId').equals(world.accountId).primaryKeys())
    .map((k) => k[1])
    .sort();
}
