import type { OverlayActions, RowView } from '../../../lib/overlay/model';
import type { DispatchFormMaker } from './dispatch-form';
import { attr, h, keepFocus, sync } from './dom';
import { drawItem, type ItemControls } from './item-controls';
import { orderControls, waits } from './order-controls';

/** What a root shows and keeps between redraws: per product order its controls (and so its form's state). */
interface Drawn {
  actions: OverlayActions;
  mode: RowView['mode'];
  /** `div.row` of an item row; of an order-number row, its one `div.item` */
  el: HTMLElement;
  items: Map<string, ItemControls>;
}

const drawn = new WeakMap<HTMLElement, Drawn>();

/**
 * Draws the controls beside one row of the page into `root` (a product order per `div.item`, or a whole order
 * number), with plain DOM: no framework to load, a fraction of a millisecond per row. Called again with a new view
 * whenever anything about the row changes; what the seller is doing in it (focus, typed text, an open courier
 * list, IME composition) survives, because the form that holds it is patched, not replaced.
 *
 * `makeForm` makes an item's 배송 처리 form; it comes with a script loaded on demand (ui-contract.ts). Until it is
 * there, the form's elements are drawn without it (dispatch-fields.ts) and `wantForm` is called when the seller
 * comes to them (at once for a form that starts with a courier chosen): draw again once the form script is there,
 * and the form takes them over.
 */
export function drawRow(
  root: HTMLElement,
  view: RowView,
  actions: OverlayActions,
  makeForm?: DispatchFormMaker,
  wantForm: () => void = () => undefined,
): void {
  keepFocus(root, () => draw(root, view, actions, makeForm, wantForm));
}

function draw(
  root: HTMLElement,
  view: RowView,
  actions: OverlayActions,
  makeForm: DispatchFormMaker | undefined,
  wantForm: () => void,
): void {
  let d = drawn.get(root);
  if (d && (d.mode !== view.mode || d.actions !== actions)) {
    clearRow(root);
    d = undefined;
  }
  if (view.mode === 'order' && view.items.length === 0) {
    clearRow(root);
    return;
  }
  if (!d) {
    const order = view.mode === 'order';
    const el = h('div', { class: order ? 'item' : 'row' });
    d = { actions, mode: view.mode, el, items: new Map() };
    drawn.set(root, d);
    root.append(order ? h('div', { class: 'row row--order' }, el) : el);
  }
  if (view.mode === 'order') {
    const b = view.items[0]!.brief;
    attr(d.el.parentElement!, 'data-order-id', b.orderId);
    attr(d.el, 'data-order-id', b.orderId);
    attr(d.el, 'aria-busy', String(view.items.some(waits)));
    sync(d.el, orderControls(view, actions));
    return;
  }
  const before = d.items;
  d.items = new Map();
  for (const item of view.items) {
    const id = item.brief.productOrderId;
    const c = drawItem(before.get(id), item, view.now, actions, makeForm, wantForm);
    d.items.set(id, c);
    before.delete(id);
  }
  for (const gone of before.values()) gone.form?.destroy();
  sync(
    d.el,
    [...d.items.values()].map((c) => c.el),
  );
}

/**
 * Removes everything `drawRow` drew into `root`: an open courier list's window listeners go, and the removed
 * forms answer no event any more.
 */
export function clearRow(root: HTMLElement): void {
  for (const c of drawn.get(root)?.items.values() ?? []) c.form?.destroy();
  drawn.delete(root);
  root.replaceChildren();
}
