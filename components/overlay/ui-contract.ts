import { handOver } from '../../lib/bundles/hand-over';
import type { DispatchCheck } from '../../lib/overlay/controller';
import type { DialogActions } from '../../lib/overlay/dialog-actions';
import type { LayerView, OverlayActions } from '../../lib/overlay/model';
import type { PageContext } from './page-context';
import type { DispatchFormMaker } from './row/dispatch-form';

/**
 * The order overlay itself (mount.ts: controller, row controls), imported by the order content script at once.
 * The content script is only a loader: a module imported from the extension is compiled off the page's main
 * thread as it streams in, where a content script is compiled on it, on every page (neither gets a code cache:
 * content scripts never do, and modules under the per-session URL of `use_dynamic_url` did not, measured).
 */
export interface OrdersOverlay {
  startOverlay(ctx: PageContext): unknown;
}

/**
 * The parts of the order overlay that a page needs only sometimes, each a script of its own imported from the
 * extension on demand: the overlay that runs on every seller page stays small, and draws the row controls
 * itself. Every part runs in the content script's isolated world and hands itself over under its key
 * when it is evaluated.
 *
 * - the drawing half (Preact, the selection bar and the dialogs): once the page-wide layer has something to show;
 * - the dispatch form (배송 처리 in a row, with the courier list and the checks that know every courier): once the
 *   seller comes to a row's form, drawn until then without it (row/dispatch-fields.ts), or at once for a form that
 *   starts with a courier chosen.
 *
 * Both bring the dispatch check (the controller needs it only for a dispatch asked for from one of them); the
 * drawing half also brings what only the selection bar and the dialogs ask for: the batch 발주 확인 and 배송 처리
 * and the 취소 처리 with its check (lib/overlay/dialog-actions.ts).
 */
export interface OrdersUi {
  layer(root: HTMLElement, view: LayerView, actions: OverlayActions): void;
  clear(root: HTMLElement): void;
  dispatchCheck: DispatchCheck;
  dialogs: DialogActions;
}

export interface OrdersForm {
  dispatchForm: DispatchFormMaker;
  dispatchCheck: DispatchCheck;
}

const ordersOverlaySlot = handOver<OrdersOverlay>('__sixshopLinkOrdersOverlay');
const ordersUiSlot = handOver<OrdersUi>('__sixshopLinkOrdersUi');
const ordersFormSlot = handOver<OrdersForm>('__sixshopLinkOrdersForm');

export const publishOrdersOverlay = ordersOverlaySlot.publish;
export const publishOrdersUi = ordersUiSlot.publish;
export const publishOrdersForm = ordersFormSlot.publish;

/**
 * Evaluates a script (`load`, attempt `attempt`) and takes what it handed over; a load that throws at once (the
 * extension was reloaded under the page) fails like any other.
 */
function evaluate<T>(
  attempt: number,
  load: (attempt: number) => Promise<unknown>,
  take: () => T | undefined,
): Promise<T> {
  return Promise.resolve(attempt)
    .then(load)
    .then(() => {
      const part = take();
      if (!part) throw new Error('the overlay script did not register');
      return part;
    });
}

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
    const loading = evaluate(attempts++, load, take);
    pending = loading;
    loading.catch(() => {
      pending = undefined;
    });
    return loading;
  };
}

/**
 * The order content script's import of the overlay: `load` evaluates the script (`attempt` 0, then 1 for the
 * one retry, after `wait`: a failed import right after an update, a busy disk). Rejects if both fail.
 */
export function loadOrdersOverlay(
  load: (attempt: number) => Promise<unknown>,
  wait: () => Promise<void>,
): Promise<OrdersOverlay> {
  const once = (attempt: number) => evaluate(attempt, load, ordersOverlaySlot.take);
  return once(0).catch(() => wait().then(() => once(1)));
}
export const ordersUiLoader = (load: (attempt: number) => Promise<unknown>) =>
  onDemand(ordersUiSlot.take, load);
export const ordersFormLoader = (load: (attempt: number) => Promise<unknown>) =>
  onDemand(ordersFormSlot.take, load);
