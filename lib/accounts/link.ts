import type { AccountRow, LinkDb } from '../db/schema';
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
    throw new UserFacingError('already-linked', `이미 "${clash.alias}" 계정으로 연동되어 있습니다.`, {
      [field]: `이미 "${clash.alias}" 계정으로 연동된 값입니다.`,
    });
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
      '입력한 API 연동용 판매자 ID가 이 애플리케이션의 판매자와 다릅니다. 스토어 설정 > API 정보의 ID를 확인해 주세요.',
      { apiSellerId: '이 애플리케이션의 판매자 ID와 다릅니다.' },
    );
  }
  const channels = await commerce.getSellerChannels();
  const store = channels.find((c) => c.url && slugOfStoreUrl(c.url) === input.storeSlug);
  if (!store) {
    const actual = channels.map((c) => (c.url ? slugOfStoreUrl(c.url) : undefined)).find(Boolean);
    throw new UserFacingError(
      'store-mismatch',
      `스마트스토어 계정 ID가 이 판매자의 스토어 주소와 다릅니다${actual ? ` (smartstore.naver.com/${actual})` : ''}. 스토어 설정 > 기본 정보 관리에서 확인해 주세요.`,
      { storeSlug: '이 판매자의 스토어 주소와 다릅니다.' },
    );
  }

  const market = await shop.createMarketAccount({
    market: 'SMARTSTORE',
    alias: input.alias,
    storeSlug: input.storeSlug,
    apiSellerId: input.apiSellerId,
    linkMode: input.mode,
  });

  const t = deps.now();
  const row: AccountRow = {
    id: deps.newId(),
    alias: input.alias,
    storeSlug: input.storeSlug,
    apiSellerId: input.apiSellerId,
    linkMode: input.mode,
    shopMarketAccountId: market.id,
    storeName: store.name,
    channelNo: store.channelNo,
    createdAt: t,
    updatedAt: t,
  };
  try {
    await db.transaction('rw', db.accounts, db.secrets, async () => {
      await db.accounts.add(row);
      if (input.mode === 'OWN_APP') {
        await db.secrets.put({
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
