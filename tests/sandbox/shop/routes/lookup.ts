import type { MarketAccount, ShopProduct } from '../../../../lib/sixshop/schemas';
import { notFound } from '../http';
import type { ShopData } from '../state';

export function findAccount(shop: ShopData, accountId: string | undefined): MarketAccount {
  const account = shop.marketAccounts.find((a) => a.id === accountId);
  if (!account) throw notFound('연동된 마켓 계정을 찾을 수 없습니다. 마켓 계정 목록을 새로 고쳐 주세요.');
  return account;
}

export function findProduct(shop: ShopData, productId: string | undefined): ShopProduct {
  const product = shop.products.find((p) => p.id === productId);
  if (!product) throw notFound('식스샵 프로 상품을 찾을 수 없습니다. 상품 목록을 새로 고쳐 주세요.');
  return product;
}

/** The list kept for an account in one of the per-account tables, created on first use. */
export function listFor<T>(table: Record<string, T[]>, accountId: string): T[] {
  table[accountId] ??= [];
  return table[accountId];
}

export function paginate<T>(items: readonly T[], page: number, size: number) {
  return { items: items.slice((page - 1) * size, page * size), page, size, total: items.length };
}
