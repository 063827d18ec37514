import { handOver } from '../../lib/bundles/hand-over';
import type { LayerView, OverlayActions } from '../../lib/overlay/model';

/**
 * The drawing half of the order overlay (Preact, the selection bar and the dialogs), loaded only once the
 * page-wide layer has something to show: the content script that runs on every seller page stays small, and the
 * row controls (drawn by the content script itself) never wait for it. Both halves run in the content script's
 * isolated world; the drawing half hands itself over under this key when it is evaluated.
 */
export interface OrdersUi {
  layer(root: HTMLElement, view: LayerView, actions: OverlayActions): void;
  clear(root: HTMLElement): void;
}

const ordersUiSlot = handOver<OrdersUi>('__sixshopLinkOrdersUi');

export const publishOrdersUi = ordersUiSlot.publish;

/**
 * One load of the drawing half, shared by every caller: `load` evaluates the script (a dynamic import of the
 * web-accessible file). A failed load is tried again on the next call, with the attempt's number (a browser
 * remembers a failed import of a URL: the retry asks for a different one). A load that throws at once (the
 * extension was reloaded under the page) fails like any other.
 */
export function ordersUiLoader(load: (attempt: number) => Promise<unknown>): () => Promise<OrdersUi> {
  let pending: Promise<OrdersUi> | undefined;
  let attempts = 0;
  return () => {
    if (pending) return pending;
    const loading = Promise.resolve(attempts++)
      .then(load)
      .then(() => {
        const ui = ordersUiSlot.take();
        if (!ui) throw new Error('the overlay drawing script did not register');
        return ui;
      });
    pending = loading;
    loading.catch(() => {
      pending = undefined;
    });
    return loading;
  };
}
