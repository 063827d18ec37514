import type { PageSite } from './page-lookup';
import { PRODUCT_LIST_IDS } from './product-list';

const [LIST_ID] = PRODUCT_LIST_IDS;

/**
 * Product rows on the seller's list pages and the product number each shows: the SmartStore seller center's
 * 상품 조회/수정 (원상품번호 cell) and the shop admin's 상품 관리 (상품번호 cell). Framework-free, so that the
 * overlay's reading of a page can be tested on its own.
 */
export interface PageAdapter {
  site: PageSite;
  rows: string;
  /** the cell holding the product number; the button goes into it */
  cell: string;
  number: RegExp;
}

export const PAGE_ADAPTERS: readonly PageAdapter[] = [
  {
    site: 'smartstore',
    rows: `#${LIST_ID} tr.product-row`,
    cell: 'td.col-origin-no',
    number: /^\d{1,18}$/,
  },
  {
    site: 'shop',
    rows: `#${LIST_ID} tr.product-row`,
    cell: 'td.col-product-no',
    number: /^[0-9A-Za-z_-]{1,40}$/,
  },
];

export interface ProductRowRef {
  site: PageSite;
  number: string;
  row: Element;
  cell: Element;
}

/** The sites a page address can show (a loopback sandbox page can be either). */
export function sitesFor(hostname: string): PageSite[] {
  if (hostname === 'sell.smartstore.naver.com') return ['smartstore'];
  if (hostname === 'sixshop.com' || hostname.endsWith('.sixshop.com')) return ['shop'];
  if (hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]')
    return ['smartstore', 'shop'];
  return [];
}

/** The text of a cell without our own controls (their shadow hosts carry no light-DOM text anyway). */
function cellNumber(cell: Element): string {
  let text = '';
  for (const n of cell.childNodes) {
    if (n.nodeType === 3) text += n.textContent ?? '';
    else if (n.nodeType === 1 && !(n as Element).tagName.toLowerCase().startsWith('sixshop-link-'))
      text += n.textContent ?? '';
  }
  return text.trim();
}

/** Every product row of the page with its number. */
export function scanProductRows(root: ParentNode, sites: readonly PageSite[]): ProductRowRef[] {
  const out: ProductRowRef[] = [];
  for (const adapter of PAGE_ADAPTERS) {
    if (!sites.includes(adapter.site)) continue;
    for (const row of root.querySelectorAll(adapter.rows)) {
      const cell = row.querySelector(adapter.cell);
      if (!cell) continue;
      const number = cellNumber(cell);
      if (adapter.number.test(number)) out.push({ site: adapter.site, number, row, cell });
    }
  }
  return out;
}
