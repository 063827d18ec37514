/**
 * The ids of the elements the product lists' rows sit in (`#product-rows tr.product-row`): every row selector of
 * `PAGE_ADAPTERS` (page-rows.ts) starts with one of them, which its test checks.
 */
export const PRODUCT_LIST_IDS = ['product-rows'] as const;

/**
 * Whether a page may show a product list, told at once: most seller pages (orders, settlement, …) have none,
 * and they pay nothing for it, not even a walk over their rows. A selector whose first compound is an id matches
 * nothing while no element has that id, and `getElementById` answers that from the document's id map.
 */
export function productListShown(doc: Document): boolean {
  // in quirks mode an id selector matches ids in any case, which getElementById does not: the scan decides
  return doc.compatMode === 'BackCompat' || PRODUCT_LIST_IDS.some((id) => doc.getElementById(id) !== null);
}
