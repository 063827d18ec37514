import type { AccountRow, LinkDb } from '../db/schema';
import { t } from '../i18n';
import { UserFacingError } from '../messaging/errors';
import { getShopKey } from '../settings/secrets';
import { getSettings } from '../settings/settings';
import type { CommerceClient } from '../smartstore/client';
import { type ClientFactory, shopClientFor } from './connections';
import { type LinkInput, LinkInputSchema } from './schemas';

export interface AccountDeps {
  tokens?: import('../smartstore/token').TokenStore;
  db: LinkDb;
  clients: ClientFactory;
  now: () => number;
  newId: () => string;
}

/** What the UI may see of an account: never a secret. */
export type AccountView = Omit<AccountRow, never>;

/**
 * 연동 신청: checks the input, proves the link for real (a token is issued and the seller account answers,
 * and its store address matches the 스마트스토어 계정 ID), creates the market account on the shop backend,
 * then saves. Nothing is saved when any step fails.
 */
export async function linkAccount(deps: AccountDeps, raw: unknown): Promise<AccountView> {
  const input = LinkInputSchema.parse(raw);
  const { db, clients } = deps;

  const clash = await db.accounts
    .filter((a) => a.apiSellerId === input.apiSellerId || a.storeSlug === input.storeSlug)
    .first();
  if (clash) {
    const field = clash.apiSellerId === input.apiSellerId ? 'apiSellerId' : 'storeSlug';
    throw new UserFacingError(
      'already-linked',
      t(
        `이미 "${clash.alias}" 계정으로 연동되어 있습니다.`,
        `Already linked as the account "${clash.alias}".`,
      ),
      {
        [field]: t(
          `이미 "${clash.alias}" 계정으로 연동된 값입니다.`,
          `Already used by the account "${clash.alias}".`,
        ),
      },
    );
  }

  const shop = await shopClientFor(db, clients);
  await shop.getShop(); // the shop key works before anything else is tried

  const commerce = await commerceForNewLink(deps, input);
  const seller = await commerce.getSellerAccount();
  if (
    input.mode === 'OWN_APP' &&
    seller.accountId !== input.apiSellerId &&
    seller.accountUid !== input.apiSellerId
  ) {
    throw new UserFacingError(
      'seller-mismatch',
      t(
        '입력한 API 연동용 판매자 ID가 이 애플리케이션의 판매자와 다릅니다. 스토어 설정 > API 정보의 ID를 확인해 주세요.',
        'The API seller ID entered belongs to a different seller than this application. Check the ID under Store settings > API info.',
      ),
      {
        apiSellerId: t(
          '이 애플리케이션의 판매자 ID와 다릅니다.',
          "Does not match this application's seller ID.",
        ),
      },
    );
  }
  const channels = await commerce.getSellerChannels();
  const store = channels.find((c) => c.url && slugOfStoreUrl(c.url) === input.storeSlug);
  if (!store) {
    const actual = channels.map((c) => (c.url ? slugOfStoreUrl(c.url) : undefined)).find(Boolean);
    const shown = actual ? ` (smartstore.naver.com/${actual})` : '';
    throw new UserFacingError(
      'store-mismatch',
      t(
        `스마트스토어 계정 ID가 이 판매자의 스토어 주소와 다릅니다${shown}. 스토어 설정 > 기본 정보 관리에서 확인해 주세요.`,
        `The SmartStore account ID does not match this seller's store address${shown}. Check it under Store settings > Basic information.`,
      ),
      { storeSlug: t('이 판매자의 스토어 주소와 다릅니다.', "Does not match this seller's store address.") },
    );
  }

  const market = await shop.createMarketAccount({
    market: 'SMARTSTORE',
    alias: input.alias,
    storeSlug: input.storeSlug,
    apiSellerId: input.apiSellerId,
    linkMode: input.mode,
  });

  const at = deps.now();
  const row: AccountRow = {
    id: deps.newId(),
    alias: input.alias,
    storeSlug: input.storeSlug,
    apiSellerId: input.apiSellerId,
    linkMode: input.mode,
    shopMarketAccountId: market.id,
    storeName: store.name,
    channelNo: store.channelNo,
    createdAt: at,
    updatedAt: at,
  };
  try {
    await db.transaction('rw', ['accounts', 'secrets'], async (tx) => {
      await tx.accounts.add(row);
      if (input.mode === 'OWN_APP') {
        await tx.secrets.put({
          key: `ownApp:${row.id}`,
          value: { clientId: input.clientId, clientSecret: input.clientSecret },
        });
      }
    });
  } catch (e) {
    // Saving here failed after the shop side was created: take the shop side back so nothing is half-linked.
    await shop.unlinkMarketAccount(market.id).catch(() => undefined);
    throw e;
  }
  return row;
}

async function commerceForNewLink(deps: AccountDeps, input: LinkInput): Promise<CommerceClient> {
  if (input.mode === 'OWN_APP') {
    const settings = await getSettings(deps.db);
    return deps.clients.ownApp({
      apiOrigin: settings.commerceApiOrigin,
      clientId: input.clientId,
      clientSecret: input.clientSecret,
    });
  }
  const shop = await shopClientFor(deps.db, deps.clients);
  const shopKey = (await getShopKey(deps.db))!;
  return deps.clients.relay({ relayBaseUrl: shop.relayBaseUrl(input.apiSellerId), shopKey });
}

export function slugOfStoreUrl(url: string): string | undefined {
  const m = url.match(/smartstore\.naver\.com\/([^/?#]+)/i);
  return m?.[1]?.toLowerCase();
}
