/**
 * The few DOM helpers the row controls are built with: no framework, so a row costs only the elements it makes.
 * Attributes are written as the stylesheet and the tests read them (`class`, `data-*`, `aria-*`, `role`).
 */

/** An attribute's value; `undefined` (or `false`) leaves it out. */
export type AttrValue = string | false | undefined;
export type Child = Node | string | false | undefined;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Record<string, AttrValue> | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  // a new element has no attribute to compare with
  for (const name in attrs) {
    const value = attrs[name];
    if (value !== undefined && value !== false) el.setAttribute(name, value);
  }
  for (const c of children) if (c) el.append(c);
  return el;
}

/**
 * Sets an attribute, or removes it for `undefined` / `false`; an unchanged value is not written again (a redraw
 * of the input the seller is typing in touches nothing).
 */
export function attr(el: Element, name: string, value: AttrValue): void {
  if (value === undefined || value === false) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** An element that only shows text (not a button, nothing inside): one drawn again unchanged can stay. */
const plain = (n: Node) => n instanceof Element && !n.firstElementChild && n.localName !== 'button';

/**
 * Makes `parent`'s children exactly `next`, in order, without moving a node that stays: a kept element (a form
 * the seller is typing in) is never taken out of the document, so it keeps focus, caret and IME composition.
 * A new text element equal to one already there is dropped for the old one: an unchanged alert is not announced
 * again, a focused link keeps the focus. Kept nodes must keep their order relative to each other.
 */
export function sync(parent: Element, next: readonly Node[]): void {
  let at: ChildNode | null = parent.firstChild;
  // a new element (every row's first drawing): nothing to keep, one insertion
  if (!at) {
    parent.append(...next);
    return;
  }
  // the same nodes in the same order (a redraw that changed none of them): nothing to do
  let same = 0;
  while (at && same < next.length && at === next[same]) {
    at = at.nextSibling;
    same++;
  }
  if (!at && same === next.length) return;
  const spare = [...parent.childNodes].filter((c) => !next.includes(c));
  const nodes = next.map((n) => {
    const i = plain(n) ? spare.findIndex((old) => old.isEqualNode(n)) : -1;
    return i < 0 ? n : spare.splice(i, 1)[0]!;
  });
  for (const c of spare) c.remove();
  at = parent.firstChild;
  for (const node of nodes) {
    if (node === at) at = at.nextSibling;
    else parent.insertBefore(node, at);
  }
}

/**
 * Runs `redraw` on `root`'s controls and gives the focus back: buttons and links are made anew at a redraw, so
 * the one the seller was on (tabbing through a row when the clock ticks) is focused again, in the same product
 * order at the same place among its controls, without scrolling the page.
 */
export function keepFocus(root: Element, redraw: () => void): void {
  const focused = (root.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement | null;
  if (!focused || !root.contains(focused)) {
    redraw();
    return;
  }
  const keyOf = (item: Element | null | undefined) =>
    item?.getAttribute('data-product-order-id') ?? item?.getAttribute('data-order-id') ?? '';
  const controls = (item: Element | null | undefined) =>
    item ? [...item.querySelectorAll<HTMLElement>('button, a')] : [];
  const item = focused.closest('.item');
  const key = keyOf(item);
  const at = controls(item).indexOf(focused);
  redraw();
  // a kept element (the form's inputs) still has the focus
  if (focused.isConnected || at < 0) return;
  const again = [...root.querySelectorAll('.item')].find((el) => keyOf(el) === key);
  controls(again)[at]?.focus({ preventScroll: true });
}
