import { findOrderNumbers, mayHoldOrderNumber } from './order-numbers';

/** Tag prefix of every element the overlay puts into the page (its shadow hosts). */
export const HOST_PREFIX = 'sixshop-link-';
const HOST_TAG_PREFIX = HOST_PREFIX.toUpperCase();

/** Rows of tables and of ARIA grids (div-based admin grids). No class names: markup changes often. */
export const ROW_SELECTOR = 'tr, [role="row"]';
const ARIA_CELL_SELECTOR = '[role="cell"], [role="gridcell"], [role="rowheader"]';

/** Text in these is not something the page shows as data (form values, code, nested tables scanned on their own). */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'DATALIST',
  'INPUT',
  'TABLE',
  'SVG',
  'IFRAME',
  'OBJECT',
]);

/** Inline formatting does not separate digits (`<b>2026</b>1127…` is one number); any other element does. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'MARK',
  'NOBR',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
]);

export function isOverlayHost(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName.startsWith(HOST_TAG_PREFIX);
}

function skipped(el: Element): boolean {
  if (SKIPPED.has(el.tagName.toUpperCase())) return true;
  if (el.tagName.startsWith(HOST_TAG_PREFIX)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** The text a person reads in a cell, without form values, scripts, nested tables or our own controls. */
export function visibleText(cell: Element): string {
  // the usual cell: text only
  if (cell.childElementCount === 0) return cell.textContent ?? '';
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push((child as Text).data);
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (skipped(el)) {
          parts.push(' ');
          continue;
        }
        const inline = INLINE.has(el.tagName.toUpperCase());
        if (!inline) parts.push(' ');
        walk(el);
        if (!inline) parts.push(' ');
      }
    }
  };
  walk(cell);
  return parts.join('');
}

export interface RowScan {
  /** the 16-digit numbers of the row, each once, in reading order */
  numbers: string[];
  /** the cell each number was found in (same order as `numbers`) */
  cells: Element[];
  /** the last cell: where the row's controls go */
  anchor: Element | undefined;
}

export function cellsOf(row: Element): ArrayLike<Element> {
  if (row.tagName === 'TR') {
    const cells: Element[] = [];
    for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
      if (c.tagName === 'TD' || c.tagName === 'TH') cells.push(c);
    }
    return cells;
  }
  const cells = [...row.querySelectorAll(ARIA_CELL_SELECTOR)].filter(
    (c) => c.parentElement?.closest(ROW_SELECTOR) === row,
  );
  return cells.length > 0 ? cells : [row];
}

/** Reads one row: the order numbers in its cells. Cheap for rows without any 16-digit run. */
export function scanRow(row: Element): RowScan {
  const numbers: string[] = [];
  const cells: Element[] = [];
  // a table row's cells are read one by one below; other rows are checked whole first (finding their cells costs more)
  if (row.tagName !== 'TR' && !mayHoldOrderNumber(row.textContent ?? '')) {
    return { numbers, cells, anchor: undefined };
  }
  const all = cellsOf(row);
  for (let i = 0; i < all.length; i++) {
    const cell = all[i]!;
    // each cell's text is read once; a cell of text only (the usual one) is not read again
    const text = cell.textContent ?? '';
    if (!mayHoldOrderNumber(text)) continue;
    for (const n of findOrderNumbers(cell.childElementCount === 0 ? text : visibleText(cell))) {
      if (numbers.includes(n)) continue;
      numbers.push(n);
      cells.push(cell);
    }
  }
  return { numbers, cells, anchor: numbers.length > 0 ? all[all.length - 1] : undefined };
}

/** The row a node is in (itself, an ancestor) or undefined. */
export function rowOf(node: Node | null): Element | undefined {
  const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  return el?.closest(ROW_SELECTOR) ?? undefined;
}

/** The rows in a subtree, the subtree's root included. */
export function rowsIn(root: Element | Document | DocumentFragment): Element[] {
  const out: Element[] = [];
  if (root.nodeType === 1 && (root as Element).matches(ROW_SELECTOR)) out.push(root as Element);
  for (const r of root.querySelectorAll(ROW_SELECTOR)) out.push(r);
  return out;
}

/** The checkbox a row offers for selection (the page's own, never ours: ours live in shadow roots). */
export function rowCheckbox(row: Element): HTMLInputElement | undefined {
  return row.querySelector<HTMLInputElement>('input[type="checkbox"]') ?? undefined;
}
