import { SHOP_PRODUCT_STATUS_LABELS, type ShopProductStatus } from '../sixshop/schemas/product';
import type { LinkDirection } from '../sixshop/schemas/product-link';
import { PRODUCT_STATUS_LABELS, type ProductStatusType } from '../smartstore/enums';
import { clientsFor, type ProductDeps } from './deps';
import { loadLinks } from './links';
import { listPage } from './smartstore-search';

/** The product lists of the options page: SmartStore's (to import) and the shop's (to export), with links. */

export interface LinkBrief {
  lastDirection: LinkDirection;
  syncedAt: string;
}

export interface SmartstoreRow {
  originProductNo: number;
  channelProductNo: number;
  name: string;
  statusType: string;
  statusLabel: string;
  salePrice?: number | undefined;
  stockQuantity?: number | undefined;
  imageUrl?: string | undefined;
  modifiedDate?: string | undefined;
  link?: (LinkBrief & { shopProductId: string }) | undefined;
}

export interface ShopRow {
  id: string;
  name: string;
  price: number;
  stock: number;
  status: ShopProductStatus;
  statusLabel: string;
  sellerCode?: string | undefined;
  imageUrl?: string | undefined;
  optionCount: number;
  imageCount: number;
  revision: number;
  updatedAt: string;
  link?:
    | (LinkBrief & {
        originProductNo: number;
        channelProductNo: number;
        /** edited in the shop since the last import or export */
        changedSinceSync: boolean;
      })
    | undefined;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export async function smartstoreProducts(
  deps: ProductDeps,
  q: { accountId: string; page: number; size: number; statuses: string[]; name: string },
): Promise<Page<SmartstoreRow>> {
  const c = await clientsFor(deps, q.accountId);
  const [res, links] = await Promise.all([listPage(c.commerce, q), loadLinks(deps.db, c.shop, c.account)]);
  return {
    ...res,
    items: res.items.map((s) => {
      const link = links.byOrigin(s.originProductNo);
      return {
        originProductNo: s.originProductNo,
        channelProductNo: s.channelProductNo,
        name: s.name,
        statusType: s.statusType,
        statusLabel: PRODUCT_STATUS_LABELS[s.statusType as ProductStatusType] ?? s.statusType,
        salePrice: s.salePrice,
        stockQuantity: s.stockQuantity,
        imageUrl: s.representativeImage?.url,
        modifiedDate: s.modifiedDate,
        ...(link
          ? {
              link: {
                shopProductId: link.shopProductId,
                lastDirection: link.lastDirection,
                syncedAt: link.syncedAt,
              },
            }
          : {}),
      };
    }),
  };
}

export async function shopProducts(
  deps: ProductDeps,
  q: { accountId: string; page: number; size: number; q: string },
): Promise<Page<ShopRow>> {
  const c = await clientsFor(deps, q.accountId);
  const [res, links] = await Promise.all([
    c.shop.listProducts({ page: q.page, size: q.size, ...(q.q.trim() ? { q: q.q.trim() } : {}) }),
    loadLinks(deps.db, c.shop, c.account),
  ]);
  return {
    page: res.page,
    size: res.size,
    total: res.total,
    items: res.items.map((p) => {
      const link = links.byShopId(p.id);
      return {
        id: p.id,
        name: p.name,
        price: p.price,
        stock: p.stock,
        status: p.status,
        statusLabel: SHOP_PRODUCT_STATUS_LABELS[p.status],
        sellerCode: p.sellerCode,
        imageUrl: p.images[0],
        optionCount: p.options?.combinations.length ?? 0,
        imageCount: p.images.length,
        revision: p.revision,
        updatedAt: p.updatedAt,
        ...(link
          ? {
              link: {
                originProductNo: link.originProductNo,
                channelProductNo: link.channelProductNo,
                lastDirection: link.lastDirection,
                syncedAt: link.syncedAt,
                changedSinceSync: p.revision > link.shopRevision,
              },
            }
          : {}),
      };
    }),
  };
}
