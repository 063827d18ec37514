import type { PageSite } from '../../lib/products/page-lookup';
import { PAGE_ADAPTERS } from '../../lib/products/page-rows';

/**
 * Whether a page may show a product list, told at once: most seller pages this script runs on (orders, settlement,
 * …) have none, and they should pay nothing for it, not even a walk over their rows.
 *
 * The list pages' row selectors each start with the id of the element the rows sit in (`#product-rows tr…`). A
 * selector whose first compound has an id matches nothing while no element has that id, and `getElementById`
 * answers that from the document's id map. Where a site's selector does not start that way (a selector list, an
 * escaped id, …) there is no such shortcut and the answer is always "maybe", so the full scan decides: the test
 * can only save work, never miss a row.
 */
export function productListGate(doc: Document, sites: readonly PageSite[]): () => boolean {
  // in quirks mode an id selector matches ids in any case, which getElementById does not
  if (doc.compatMode === 'BackCompat') return () => true;
  const ids = new Set<string>();
  for (const adapter of PAGE_ADAPTERS) {
    if (!sites.includes(adapter.site)) continue;
    const id = leadingId(adapter.rows);
    if (id === undefined) return () => true;
    ids.add(id);
  }
  const list = [...ids];
  if (list.length === 1) {
    const id = list[0]!;
    return () => doc.getElementById(id) !== null;
  }
  return () => list.some((id) => doc.getElementById(id) !== null);
}

/**
 * `#product-rows tr.product-row` → `product-rows`: the id a selector's first compound starts with, when the
 * selector is a single complex selector and the id is plainly written; otherwise undefined.
 */
export function leadingId(selector: string): string | undefined {
  if (selector.includes(',')) return undefined;
  return /^\s*#([A-Za-z_-][\w-]*)(?=$|[\s>+~.:[#])/.exec(selector)?.[1];
}
