import {
  type MarketAccount,
  MarketAccountCreateSchema,
  MarketAccountUpdateSchema,
  type UnlinkCounts,
} from '../../../../lib/sixshop/schemas';
import { conflict, validate } from '../http';
import { route } from '../router';
import type { ShopData, ShopState } from '../state';
import { findAccount } from './lookup';

export function unlinkCounts(shop: ShopData, accountId: string): UnlinkCounts {
  return {
    productLinks: shop.productLinks[accountId]?.length ?? 0,
    marketOrders: shop.marketOrders[accountId]?.length ?? 0,
    salesPresets: shop.salesPresets[accountId]?.length ?? 0,
  };
}

/** The shop (other than `exceptShopId`) where this API seller ID is linked, if any. */
export function shopLinkingSeller(
  state: ShopState,
  apiSellerId: string,
  exceptShopId: string,
): ShopData | undefined {
  return Object.values(state.shops).find(
    (s) => s.shopId !== exceptShopId && s.marketAccounts.some((a) => a.apiSellerId === apiSellerId),
  );
}

export const marketAccountRoutes = [
  route('GET', '/api/v1/market-accounts', ({ shop }) => ({
    status: 200,
    body: { items: shop.marketAccounts },
  })),

  route('POST', '/api/v1/market-accounts', ({ state, shop, body, now, nextId, commit }) => {
    const input = validate(MarketAccountCreateSchema, body);
    const sameSeller = shop.marketAccounts.find((a) => a.apiSellerId === input.apiSellerId);
    if (sameSeller) {
      throw conflict(`이 API 연동용 판매자 ID는 이미 '${sameSeller.alias}' 계정으로 연동되어 있습니다.`);
    }
    const sameSlug = shop.marketAccounts.find((a) => a.storeSlug === input.storeSlug);
    if (sameSlug) {
      throw conflict(`이 스마트스토어 계정 ID는 이미 '${sameSlug.alias}' 계정으로 연동되어 있습니다.`);
    }
    if (shopLinkingSeller(state, input.apiSellerId, shop.shopId)) {
      throw conflict(
        '이 스마트스토어 계정은 다른 식스샵 프로 상점에 연동되어 있습니다. 그 상점에서 연동을 해제한 뒤 다시 시도해 주세요.',
      );
    }
    const account: MarketAccount = { id: nextId('marketAccount'), ...input, createdAt: now };
    shop.marketAccounts.push(account);
    commit();
    return { status: 201, body: account };
  }),

  route('PATCH', '/api/v1/market-accounts/:id', ({ shop, params, body, commit }) => {
    const account = findAccount(shop, params.id);
    const { alias } = validate(MarketAccountUpdateSchema, body);
    account.alias = alias;
    commit();
    return { status: 200, body: account };
  }),

  route('GET', '/api/v1/market-accounts/:id/summary', ({ shop, params }) => {
    const account = findAccount(shop, params.id);
    return { status: 200, body: unlinkCounts(shop, account.id) };
  }),

  /** Unlink: removes the account and its product links, market orders and sales presets in this shop only. */
  route('DELETE', '/api/v1/market-accounts/:id', ({ shop, params, commit }) => {
    const account = findAccount(shop, params.id);
    const deleted = unlinkCounts(shop, account.id);
    shop.marketAccounts = shop.marketAccounts.filter((a) => a.id !== account.id);
    delete shop.productLinks[account.id];
    delete shop.marketOrders[account.id];
    delete shop.salesPresets[account.id];
    commit();
    return { status: 200, body: { deleted } };
  }),
];
