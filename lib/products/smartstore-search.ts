import type { CommerceClient } from '../smartstore/client';
import { formatKstDate } from '../smartstore/datetime';
import { chunk, LIMITS } from '../smartstore/limits';
import type { ChannelProductSummary, ProductSearchResponse } from '../smartstore/schemas/products';

/** Product searches (reference §4.1): pages of up to 500, the SmartStore channel's entry of each product. */

export type ProductSummary = ChannelProductSummary;

/** The SmartStore channel's entry of each product of a search page. */
export function summariesOf(page: ProductSearchResponse): ProductSummary[] {
  const out: ProductSummary[] = [];
  for (const c of page.contents) {
    const entry =
      c.channelProducts.find((p) => p.channelServiceType === 'STOREFARM') ??
      c.channelProducts.find((p) => !p.channelServiceType) ??
      c.channelProducts[0];
    if (entry) out.push(entry);
  }
  return out;
}

/** Current summaries (channel number, name, `modifiedDate`) of products by origin number, 500 per call. */
export async function summariesByOrigin(
  commerce: CommerceClient,
  originProductNos: readonly number[],
): Promise<Map<number, ProductSummary>> {
  const out = new Map<number, ProductSummary>();
  for (const batch of chunk([...new Set(originProductNos)], LIMITS.productSearchPage)) {
    const page = await commerce.searchProducts({
      searchKeywordType: 'PRODUCT_NO',
      originProductNos: batch,
      size: LIMITS.productSearchPage,
    });
    for (const s of summariesOf(page)) out.set(s.originProductNo, s);
  }
  return out;
}

export interface ListQuery {
  /** SmartStore sale statuses (§4.8); empty = all */
  statuses?: string[] | undefined;
  /** part of the product name (the search API has no name filter: matched here, page by page) */
  name?: string | undefined;
}

const matchesName = (s: ProductSummary, name: string | undefined) =>
  !name?.trim() || s.name.toLowerCase().includes(name.trim().toLowerCase());

/** Every product matching the query, 500 per call. */
export async function listAll(commerce: CommerceClient, q: ListQuery): Promise<ProductSummary[]> {
  const out: ProductSummary[] = [];
  for await (const page of commerce.iterateProductPages({
    size: LIMITS.productSearchPage,
    ...(q.statuses?.length ? { productStatusTypes: q.statuses } : {}),
  })) {
    for (const s of summariesOf(page)) if (matchesName(s, q.name)) out.push(s);
  }
  return out;
}

export interface SummaryPage {
  items: ProductSummary[];
  page: number;
  size: number;
  total: number;
}

/**
 * One page for the import list. Without a name filter it is one search call of that page; with one, every
 * page is read (500 at a time) and matched here.
 */
export async function listPage(
  commerce: CommerceClient,
  q: ListQuery & { page: number; size: number },
): Promise<SummaryPage> {
  const size = Math.min(Math.max(1, q.size), LIMITS.productSearchPage);
  if (!q.name?.trim()) {
    const res = await commerce.searchProducts({
      page: q.page,
      size,
      ...(q.statuses?.length ? { productStatusTypes: q.statuses } : {}),
    });
    return { items: summariesOf(res), page: q.page, size, total: res.totalElements };
  }
  const all = await listAll(commerce, q);
  return { items: all.slice((q.page - 1) * size, q.page * size), page: q.page, size, total: all.length };
}

/** Clocks of this computer and Naver's may differ a little. */
const CLOCK_SLACK_MS = 10 * 60 * 1000;

/**
 * Looks for a product that a create whose answer never came may have made: same name (and seller management
 * code when one was sent), registered since the attempt, and not linked to anything else.
 */
export async function findCreatedProduct(
  commerce: CommerceClient,
  sent: {
    name: string;
    sellerCode?: string | undefined;
    since: number;
    now: number;
    exclude: (originProductNo: number) => boolean;
  },
): Promise<ProductSummary | undefined> {
  const since = sent.since - CLOCK_SLACK_MS;
  const fits = (s: ProductSummary) =>
    s.name === sent.name &&
    (!sent.sellerCode || s.sellerManagementCode === sent.sellerCode) &&
    (!s.regDate || Date.parse(s.regDate) >= since) &&
    !sent.exclude(s.originProductNo);
  const newest = (list: ProductSummary[]) =>
    list.sort((a, b) => Date.parse(b.regDate ?? '') - Date.parse(a.regDate ?? ''))[0];
  if (sent.sellerCode) {
    const res = await commerce.searchProducts({
      searchKeywordType: 'SELLER_CODE',
      sellerManagementCode: sent.sellerCode,
      size: LIMITS.productSearchPage,
    });
    return newest(summariesOf(res).filter(fits));
  }
  const found: ProductSummary[] = [];
  for await (const page of commerce.iterateProductPages({
    size: LIMITS.productSearchPage,
    orderType: 'REG_DATE',
    periodType: 'PROD_REG_DAY',
    fromDate: formatKstDate(since),
    toDate: formatKstDate(sent.now + CLOCK_SLACK_MS),
  } as Parameters<CommerceClient['iterateProductPages']>[0])) {
    const list = summariesOf(page);
    found.push(...list.filter(fits));
    const oldest = list[list.length - 1]?.regDate;
    if (oldest && Date.parse(oldest) < since) break;
  }
  return newest(found);
}
