import { browser } from 'wxt/browser';
import {
  type LayerUi,
  OverlayController,
  type OverlayRequest,
  type OverlayStats,
  type RowUi,
} from '../../lib/overlay/controller';
import { createOverlayMessenger } from '../../lib/overlay/messenger';
import {
  type LayerView,
  type OverlayActions,
  type RowView,
  selectionBarShows,
} from '../../lib/overlay/model';
import { HOST_PREFIX } from '../../lib/overlay/scan';
import { contentScriptCss } from './extension-files';
import { onDemandUrl } from './extension-url';
import { logProblem } from './log';
import { DRAW_MARGIN_PX, type NearViewport, nearGate, nearViewport } from './near-viewport';
import { type OnDemandPart, onDemandPart } from './on-demand-part';
import type { PageContext } from './page-context';
import { productButtonsWhenListed } from './product-buttons';
import { clearRow, drawRow } from './row/draw-row';
import { createShadowHost, isolateEvents, type ShadowHost } from './shadow-host';
import { type SharedStyles, sharedStyles } from './shared-styles';
import { type OrdersForm, type OrdersUi, ordersFormLoader, ordersUiLoader } from './ui-contract';

/**
 * The drawing half (Preact and the selection bar and dialogs): loaded only once the layer has something to show
 * (a checked row, a dialog, a notice); the row controls are drawn here, without it. Imported as a module from
 * the extension; it runs in this isolated world and registers itself (see ui-contract.ts).
 */
const loadUi = ordersUiLoader((attempt) => import(/* @vite-ignore */ onDemandUrl('orders-ui.js', attempt)));
/**
 * The rows' 배송 처리 form (with the courier list), loaded when the seller first comes to a row's form (pointer
 * over it, focus in it), or at once for a form that starts with a courier chosen (its name is in the script's
 * list): until then the form's elements are drawn without it, and they are what it takes over.
 */
const loadForm = ordersFormLoader(
  (attempt) => import(/* @vite-ignore */ onDemandUrl('orders-form.js', attempt)),
);

/**
 * One row's controls: a light shadow host in the row's last cell, made and drawn (plain DOM, at once) when the
 * cell comes near the viewport (at once for a row that was already that near when it was read), and put into the
 * page only once drawn (one change to the row). Rows far down a
 * long list cost nothing but their place in the observer until the seller scrolls towards them. The host adopts
 * the shared stylesheet at once; if the CSS has not landed yet, the rules apply when it does.
 */
function rowUi(
  anchor: Element,
  actions: OverlayActions,
  styles: SharedStyles,
  near: NearViewport,
  form: OnDemandPart<OrdersForm>,
  meter: DrawMeter,
  markOwnRemoval: (host: Node) => void,
  /** the row was within drawing distance when it was read: drawn once known, without asking the observer */
  close: boolean,
): RowUi {
  let isNear = close;
  let removed = false;
  let shown: ShadowHost | undefined;
  let latest: (() => RowView) | undefined;
  // the form script comes when the seller comes to a row's 배송 처리 form; this row is drawn again with it
  const wantForm = () => form.whenReady(paint);
  const paint = () => {
    if (removed || !isNear || !latest) return;
    // the first drawing waits for the stylesheet (already on its way since the page showed order numbers): the
    // seller's table lays out once, with the controls as they look
    if (!shown && !styles.settled()) {
      void styles.ready().then(paint);
      return;
    }
    const t0 = performance.now();
    const first = !shown;
    const view = latest();
    if (!shown) {
      if (view.items.length === 0) return;
      shown = createShadowHost(`${HOST_PREFIX}row`, styles);
      isolateEvents(shown.host);
      drawRow(shown.root, view, actions, form.get()?.dispatchForm, wantForm);
      anchor.append(shown.host);
    } else if (view.items.length > 0) drawRow(shown.root, view, actions, form.get()?.dispatchForm, wantForm);
    else clearRow(shown.root);
    meter(performance.now() - t0, first && !!shown);
  };
  const cancel = close
    ? () => undefined
    : near.watch(anchor, () => {
        isNear = true;
        paint();
      });
  return {
    update(view) {
      latest = view;
      if (isNear) paint();
    },
    remove() {
      removed = true;
      cancel();
      form.forget(paint);
      if (!shown) return;
      const { host, root } = shown;
      shown = undefined;
      clearRow(root);
      markOwnRemoval(host);
      host.remove();
    },
    // before it is drawn, the row's controls are "there" as long as their cell is
    isConnected: () => (shown ? shown.host.isConnected : anchor.isConnected),
  };
}

/** Time spent drawing rows, and whether this drawing put a row's controls into the page for the first time. */
type DrawMeter = (ms: number, first: boolean) => void;

/** The layer draws the selection bar and the open dialog: with neither it needs no drawing half yet. */
function layerShows(view: LayerView): boolean {
  return selectionBarShows(view) || !!view.dialog;
}

/** Starts the order overlay on a seller page; everything it made goes away when the context is invalidated. */
export function startOverlay(ctx: PageContext): OverlayController {
  const request = createOverlayMessenger((message) => browser.runtime.sendMessage(message)) as OverlayRequest;
  const styles = sharedStyles(contentScriptCss('orders'));
  const near = nearViewport();
  // rows are read (and looked up) a screen ahead of where they are drawn: the answer is in by the time a row
  // comes within drawing distance; those read already within it are drawn as soon as they are known
  const closeRows = new WeakSet<Element>();
  const readGate = nearGate('100%', DRAW_MARGIN_PX, (row) => closeRows.add(row));
  const cannotLoad = (e: unknown) => logProblem('could not load the order controls', e);
  // each on-demand part brings the dispatch check the controller needs for a dispatch asked for from it (the
  // drawing half also the actions of its selection bar and dialogs)
  // the layer is drawn once the drawing half and the stylesheet are both there
  const layerUi = onDemandPart(
    () => Promise.all([loadUi(), styles.ready()]).then(([ui]) => ui),
    (ui: OrdersUi) => {
      controller.useDispatchCheck(ui.dispatchCheck);
      controller.useDialogs(ui.dialogs);
    },
    cannotLoad,
  );
  const form = onDemandPart(loadForm, (f) => controller.useDispatchCheck(f.dispatchCheck), cannotLoad);
  let layerHost: HTMLElement | undefined;
  let lastStats = '';
  let watched: OverlayStats | undefined;
  const drawing = { rows: 0, ms: 0 };
  let statsDue = false;
  // numbers only, for the performance notes: how much of the page was read (OverlayStats, `lastPass` as
  // { rows, ms, full }) and drawn, and how long it took
  const writeStats = () => {
    statsDue = false;
    lastStats = JSON.stringify({ ...watched, rowsDrawn: drawing.rows, drawMs: drawing.ms });
    layerHost?.setAttribute('data-stats', lastStats);
  };
  const meter: DrawMeter = (ms, first) => {
    drawing.ms += ms;
    if (first) drawing.rows++;
    if (statsDue) return;
    statsDue = true;
    queueMicrotask(writeStats);
  };
  const controller = new OverlayController({
    // the whole document: a single-page app may even replace <body>
    root: document.documentElement,
    request,
    whenNear: readGate,
    // the page shows order numbers: the CSS loads while the lookups run (the drawing half waits for the layer)
    onOrderNumbers: () => void styles.ready(),
    // (once: the same row mounted again later, far from view, waits for the drawing observer)
    mountRow: (row, anchor, actions, markOwnRemoval) =>
      rowUi(anchor, actions, styles, near, form, meter, markOwnRemoval, closeRows.delete(row)),
    mountLayer(actions: OverlayActions): LayerUi {
      const { host, root } = createShadowHost(`${HOST_PREFIX}layer`, styles);
      isolateEvents(host);
      layerHost = host;
      if (lastStats) host.setAttribute('data-stats', lastStats);
      document.body.append(host);
      // nothing to show (no selection, no dialog, no notice) needs no drawing half until something is
      let drawn = false;
      return {
        update(view) {
          if (!drawn && !layerShows(view)) return;
          drawn = true;
          layerUi.whenReady((u) => u.layer(root, view, actions), root);
        },
        remove() {
          host.remove();
          if (drawn) layerUi.whenReady((u) => u.clear(root), root);
        },
        isConnected: () => host.isConnected,
      };
    },
    onStats(stats) {
      watched = stats;
      writeStats();
    },
    onError(e) {
      logProblem('could not load order details', e);
    },
  });
  controller.start();
  productButtonsWhenListed(ctx);
  ctx.onInvalidated(() => {
    controller.stop();
    near.disconnect();
  });
  return controller;
}
