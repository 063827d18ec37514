import { getShopKey, maskSecret, setShopKey } from '../settings/secrets';
import { getSettings, SettingsPatchSchema, writeSettings } from '../settings/settings';
import type { ClientFactory } from './connections';
import type { AccountDeps } from './link';
import { ShopConnectionSchema } from './schemas';

export interface ShopConnectionView {
  shopBackendUrl: string;
  hasShopKey: boolean;
  maskedShopKey?: string | undefined;
  shopName?: string | undefined;
}

/** Checks a shop backend address and key for real, and saves them only if the shop answers. */
export async function connectShop(
  deps: Pick<AccountDeps, 'db'> & { clients: ClientFactory },
  raw: unknown,
): Promise<ShopConnectionView> {
  const input = ShopConnectionSchema.parse(raw);
  const shop = deps.clients.shop({ baseUrl: input.shopBackendUrl, shopKey: input.shopKey });
  const info = await shop.getShop();
  const settings = SettingsPatchSchema.parse({ shopBackendUrl: input.shopBackendUrl });
  await deps.db.transaction('rw', ['settings', 'secrets'], async (tx) => {
    await writeSettings(tx, settings);
    await setShopKey(tx, input.shopKey);
  });
  return {
    shopBackendUrl: input.shopBackendUrl,
    hasShopKey: true,
    maskedShopKey: maskSecret(input.shopKey),
    shopName: info.shopName,
  };
}

export async function shopConnectionStatus(deps: Pick<AccountDeps, 'db'>): Promise<ShopConnectionView> {
  const [settings, key] = await Promise.all([getSettings(deps.db), getShopKey(deps.db)]);
  return {
    shopBackendUrl: settings.shopBackendUrl,
    hasShopKey: Boolean(key),
    maskedShopKey: key ? maskSecret(key) : undefined,
  };
}
