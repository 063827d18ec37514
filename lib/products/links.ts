import type { AccountRow, LinkDb } from '../db/schema';
import type { ShopClient } from '../sixshop/client';
import type { ProductLink, ProductLinkInput } from '../sixshop/schemas/product-link';
import type { LocalProductLink } from './types';

/**
 * Product links (SmartStore origin/channel product ↔ shop product) of one account. The shop backend holds
 * them; `productLinks` in IndexedDB keeps a copy for the pages' quick look-ups.
 */
export interface LinkStore {
  byShopId(shopProductId: string): ProductLink | undefined;
  byOrigin(originProductNo: number): ProductLink | undefined;
  all(): ProductLink[];
  put(shopProductId: string, input: ProductLinkInput): Promise<ProductLink>;
  remove(shopProductId: string): Promise<void>;
}

export function toLocalLink(accountId: string, l: ProductLink): LocalProductLink {
  return {
    accountId,
    shopProductId: l.shopProductId,
    originProductNo: l.originProductNo,
    channelProductNo: l.channelProductNo,
    syncedAt: Date.parse(l.syncedAt),
    lastDirection: l.lastDirection,
    shopRevision: l.shopRevision,
    ...(l.smartstoreModifiedAt ? { smartstoreModifiedAt: l.smartstoreModifiedAt } : {}),
  };
}

/** Reads the account's links from the shop backend and refreshes the local copy. */
export async function loadLinks(db: LinkDb, shop: ShopClient, account: AccountRow): Promise<LinkStore> {
  const links = new Map<string, ProductLink>();
  for (const l of await shop.listProductLinks(account.shopMarketAccountId)) links.set(l.shopProductId, l);
  await db.transaction('rw', ['productLinks'], async (tx) => {
    await tx.productLinks.where('accountId').equals(account.id).delete();
    await tx.productLinks.bulkPut([...links.values()].map((l) => toLocalLink(account.id, l)));
  });
  const origin = () => {
    const m = new Map<number, ProductLink>();
    for (const l of links.values()) m.set(l.originProductNo, l);
    return m;
  };
  let byOrigin = origin();
  return {
    byShopId: (id) => links.get(id),
    byOrigin: (no) => byOrigin.get(no),
    all: () => [...links.values()],
    async put(shopProductId, input) {
      const link = await shop.putProductLink(account.shopMarketAccountId, shopProductId, input);
      links.set(shopProductId, link);
      byOrigin = origin();
      await db.productLinks.put(toLocalLink(account.id, link));
      return link;
    },
    async remove(shopProductId) {
      try {
        await shop.deleteProductLink(account.shopMarketAccountId, shopProductId);
      } catch (e) {
        if (!(e instanceof Error && 'kind' in e && (e as { kind: string }).kind === 'not-found')) throw e;
      }
      links.delete(shopProductId);
      byOrigin = origin();
      await db.productLinks.delete([account.id, shopProductId]);
    },
  };
}

/** Local look-ups for the pages (no network). */
export async function localLinksByOrigin(
  db: LinkDb,
  originProductNos: readonly number[],
): Promise<LocalProductLink[]> {
  const accountIds = (await db.accounts.toCollection().primaryKeys()) as string[];
  const keys = accountIds.flatMap((a) => originProductNos.map((n) => [a, n]));
  if (keys.length === 0) return [];
  const rows = await db.productLinks.where('[accountId+originProductNo]').anyOf(keys).toArray();
  return rows as LocalProductLink[];
}

export async function localLinksByShopId(
  db: LinkDb,
  shopProductIds: readonly string[],
): Promise<LocalProductLink[]> {
  const accountIds = (await db.accounts.toCollection().primaryKeys()) as string[];
  const keys = accountIds.flatMap((a) => shopProductIds.map((id) => [a, id]));
  if (keys.length === 0) return [];
  const rows = await db.productLinks.bulkGet(keys as [string, string][]);
  return rows.filter((r): r is LocalProductLink => r !== undefined) as LocalProductLink[];
}
