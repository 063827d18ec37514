import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { t } from '../../lib/i18n';
import {
  type LayerUi,
  OverlayController,
  type OverlayRequest,
  type RowUi,
} from '../../lib/overlay/controller';
import { createOverlayMessenger } from '../../lib/overlay/messenger';
import type { OverlayActions, RowView } from '../../lib/overlay/model';
import { HOST_PREFIX } from '../../lib/overlay/scan';
import { Layer } from './Layer';
import { type NearViewport, nearViewport } from './near-viewport';
import { RowControls } from './RowControls';
import { createShadowHost, isolateEvents, type ShadowHost } from './shadow-host';
import { type SharedStyles, sharedStyles } from './shared-styles';

/** The content script's stylesheet, built by WXT next to the script (a web-accessible resource). */
function loadCss(): Promise<string> {
  // built by WXT at this path, outside the typed list of public files
  const getUrl = browser.runtime.getURL as (path: string) => string;
  return fetch(getUrl('/content-scripts/orders.css')).then((r) => r.text());
}

/**
 * One row's controls: a light shadow host in the row's last cell, made and drawn when the cell comes near the
 * viewport. Rows far down a long list cost nothing but their place in the observer until the seller scrolls
 * towards them.
 */
function rowUi(
  anchor: Element,
  actions: OverlayActions,
  styles: SharedStyles,
  near: NearViewport,
  markOwnRemoval: (host: Node) => void,
): RowUi {
  let shown: ShadowHost | undefined;
  let latest: RowView | undefined;
  const paint = () => {
    if (shown && latest) render(<RowControls view={latest} actions={actions} />, shown.root);
  };
  const cancel = near.watch(anchor, () => {
    shown = createShadowHost(`${HOST_PREFIX}row`, styles);
    isolateEvents(shown.root);
    anchor.append(shown.host);
    paint();
  });
  return {
    update(view) {
      latest = view;
      paint();
    },
    remove() {
      cancel();
      if (!shown) return;
      render(null, shown.root);
      markOwnRemoval(shown.host);
      shown.host.remove();
      shown = undefined;
    },
    // before it is drawn, the row's controls are "there" as long as their cell is
    isConnected: () => (shown ? shown.host.isConnected : anchor.isConnected),
  };
}

/** Starts the order overlay on a seller page; everything it made goes away when the context is invalidated. */
export function startOverlay(ctx: ContentScriptContext): OverlayController {
  const request = createOverlayMessenger((message) => browser.runtime.sendMessage(message)) as OverlayRequest;
  const styles = sharedStyles(loadCss);
  const near = nearViewport();
  let layerHost: HTMLElement | undefined;
  let lastStats = '';
  const controller = new OverlayController({
    // the whole document: a single-page app may even replace <body>
    root: document.documentElement,
    request,
    mountRow: (_row, anchor, actions, markOwnRemoval) => rowUi(anchor, actions, styles, near, markOwnRemoval),
    mountLayer(actions: OverlayActions): LayerUi {
      const { host, root } = createShadowHost(`${HOST_PREFIX}layer`, styles);
      isolateEvents(root);
      layerHost = host;
      if (lastStats) host.setAttribute('data-stats', lastStats);
      document.body.append(host);
      return {
        update: (view) => render(<Layer view={view} actions={actions} />, root),
        remove() {
          render(null, root);
          host.remove();
        },
        isConnected: () => host.isConnected,
      };
    },
    onStats(stats) {
      // numbers only (how much of the page was read, how long it took): for the performance notes
      const p = stats.lastPass;
      lastStats = JSON.stringify({
        rowsScanned: stats.rowsScanned,
        fullScans: stats.fullScans,
        lastPassRows: p?.rows ?? 0,
        lastPassMs: p ? Math.round(p.ms * 100) / 100 : 0,
        lastPassFull: p?.full ?? false,
        lookups: stats.lookups,
        rowsWithControls: stats.rowsWithControls,
      });
      layerHost?.setAttribute('data-stats', lastStats);
    },
    onError(e) {
      console.debug(
        t(
          '[스마트스토어 연동] 주문 정보를 불러오지 못했습니다.',
          '[SmartStore link] Could not load order details.',
        ),
        e instanceof Error ? e.message : e,
      );
    },
  });
  controller.start();
  ctx.onInvalidated(() => {
    controller.stop();
    near.disconnect();
  });
  return controller;
}
