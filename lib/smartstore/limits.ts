/**
 * Every Commerce API limit the code batches to (reference §6.11, DESIGN principle 6).
 * Change a number here and every caller follows.
 */
export const LIMITS = {
  /** product-orders/query: IDs per call */
  queryIds: 300,
  /** last-changed-statuses: rows per page */
  changedStatusesPage: 300,
  /** confirm: product orders per call */
  confirmIds: 30,
  /** dispatch: product orders per call */
  dispatchItems: 30,
  /** product-images/upload: files per call */
  imageFiles: 10,
  /** products/search: page size */
  productSearchPage: 500,
  /** optionalImages per product */
  optionalImages: 9,
  /** cancelDetailedReason length */
  cancelDetailMaxLength: 500,
  /** last-changed-statuses: the widest window we ask for (UNCONFIRMED max; 24 h is the strict reading) */
  changedStatusesWindowMs: 24 * 60 * 60 * 1000,
  /** token lifetime issued by the API */
  tokenLifetimeMs: 3 * 60 * 60 * 1000,
  /** a token with less than this left is replaced (reference §1.4) */
  tokenRenewBeforeMs: 30 * 60 * 1000,
  /** the token endpoint accepts timestamps within this distance of its clock */
  timestampToleranceMs: 5 * 60 * 1000,
  /** our own request timeout: under the 30 s a service worker allows a fetch */
  requestTimeoutMs: 20_000,
  /** price and stock bounds on products (reference §4.1) */
  maxSalePrice: 999_999_990,
  maxStockQuantity: 99_999_999,
} as const;

/** Splits a list into batches of at most `size` items, keeping order. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`chunk size must be a positive integer: ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
