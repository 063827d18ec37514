import type { AccountRow, LinkDb } from '../db/schema';
import { t } from '../i18n';
import { UserFacingError } from '../messaging/errors';
import { getOwnAppCredentials, getShopKey } from '../settings/secrets';
import { getSettings } from '../settings/settings';
import type { ShopClient } from '../sixshop/client';
import type { CommerceClient } from '../smartstore/client';

/** How the background builds its clients; tests pass their own. */
export interface ClientFactory {
  shop(conn: { baseUrl: string; shopKey: string }): ShopClient;
  ownApp(conn: { apiOrigin: string; clientId: string; clientSecret: string }): CommerceClient;
  relay(conn: { relayBaseUrl: string; shopKey: string }): CommerceClient;
}

/** The seller has not saved the Sixshop Pro connection yet. */
export function shopNotConnected(): UserFacingError {
  return new UserFacingError(
    'shop-not-connected',
    t(
      '먼저 식스샵 프로 연결(연동 서버 주소와 API 키)을 저장해 주세요.',
      'First save the Sixshop Pro connection (link server address and API key).',
    ),
  );
}

export async function shopClientFor(db: LinkDb, clients: ClientFactory): Promise<ShopClient> {
  const [settings, shopKey] = await Promise.all([getSettings(db), getShopKey(db)]);
  if (!shopKey) throw shopNotConnected();
  return clients.shop({ baseUrl: settings.shopBackendUrl, shopKey });
}

/** The Commerce client for a linked account; nothing above it knows which link mode it uses. */
export async function commerceClientFor(
  db: LinkDb,
  clients: ClientFactory,
  account: Pick<AccountRow, 'id' | 'linkMode' | 'apiSellerId'>,
): Promise<CommerceClient> {
  const settings = await getSettings(db);
  if (account.linkMode === 'OWN_APP') {
    const creds = await getOwnAppCredentials(db, account.id);
    if (!creds) {
      throw new UserFacingError(
        'credentials-missing',
        t(
          '이 계정의 애플리케이션 정보가 없습니다. 연동을 해제한 뒤 다시 연동해 주세요.',
          'This account has no application details. Unlink it, then link it again.',
        ),
      );
    }
    return clients.ownApp({ apiOrigin: settings.commerceApiOrigin, ...creds });
  }
  const shop = await shopClientFor(db, clients);
  const shopKey = (await getShopKey(db))!;
  return clients.relay({ relayBaseUrl: shop.relayBaseUrl(account.apiSellerId), shopKey });
}
