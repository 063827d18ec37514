import { handOver } from '../../lib/bundles/hand-over';
import type { CancelCheck, DispatchCheck } from '../../lib/overlay/controller';
import type { LayerView, OverlayActions } from '../../lib/overlay/model';
import type { DispatchFormMaker } from './row/dispatch-form';

/**
 * The parts of the order overlay that a page needs only sometimes, each a script of its own imported from the
 * extension on demand: the content script that runs on every seller page stays small, and draws the row
 * controls itself. Every part runs in the content script's isolated world and hands itself over under its key
 * when it is evaluated.
 *
 * - the drawing half (Preact, the selection bar and the dialogs): once the page-wide layer has something to show;
 * - the dispatch form (배송 처리 in a row, with the courier list and the checks that know every courier): once the
 *   seller comes to a row's form, drawn until then without it (row/dispatch-fields.ts), or at once for a form that
 *   starts with a courier chosen.
 *
 * Both bring the dispatch check (the controller needs it only for a dispatch asked for from one of them); the
 * drawing half also brings the cancel dialog's check.
 */
export interface OrdersUi {
  layer(root: HTMLElement, view: LayerView, actions: OverlayActions): void;
  clear(root: HTMLElement): void;
  dispatchCheck: DispatchCheck;
  cancelCheck: CancelCheck;
}

export interface OrdersForm {
  dispatchForm: DispatchFormMaker;
  dispatchCheck: DispatchCheck;
}

const ordersUiSlot = handOver<OrdersUi>('__sixshopLinkOrdersUi');
const ordersFormSlot = handOver<OrdersForm>('__sixshopLinkOrdersForm');

export const publishOrdersUi = ordersUiSlot.publish;
export const publishOrdersForm = ordersFormSlot.publish;

/**
 * One load of an on-demand part, shared by every caller: `load` evaluates the script (a dynamic import of the
 * web-accessible file) and `take` picks up what it handed over. A failed load is tried again on the next call,
 * with the attempt's number (a browser remembers a failed import of a URL: the retry asks for a different one).
 * A load that throws at once (the extension was reloaded under the page) fails like any other.
 */
function onDemand<T>(
  take: () => T | undefined,
  load: (attempt: number) => Promise<unknown>,
): () => Promise<T> {
  let pending: Promise<T> | undefined;
  let attempts = 0;
  return () => {
    if (pending) return pending;
    const loading = Promise.resolve(attempts++)
      .then(load)
      .then(() => {
        const part = take();
        if (!part) throw new Error('the overlay script did not register');
        return part;
      });
    pending = loading;
    loading.catch(() => {
      pending = undefined;
    });
    return loading;
  };
}

export const ordersUiLoader = (load: (attempt: number) => Promise<unknown>) =>
  onDemand(ordersUiSlot.take, load);
export const ordersFormLoader = (load: (attempt: number) => Promise<unknown>) =>
  onDemand(ordersFormSlot.take, load);
