import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { createMessenger } from '../../lib/messaging/client';
import {
  type LayerUi,
  OverlayController,
  type OverlayRequest,
  type RowUi,
} from '../../lib/overlay/controller';
import type { LayerView, OverlayActions, RowView } from '../../lib/overlay/model';
import { HOST_PREFIX } from '../../lib/overlay/scan';
import { Layer } from './Layer';
import { RowControls } from './RowControls';

/** Events that never leave our shadow roots: the page's shortcuts and row click handlers do not see them. */
const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'click',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'input',
  'change',
  'paste',
];

/**
 * One shadow root UI whose content is drawn by `draw` whenever `update` is called; usable at once (the
 * shadow root and its CSS arrive asynchronously, the latest content is drawn when they do).
 */
function lazyUi<V>(
  ctx: ContentScriptContext,
  options: { name: string; anchor: Element; onHost?: (host: HTMLElement) => void },
  draw: (view: V, into: HTMLElement) => void,
  markOwnRemoval?: (host: Node) => void,
) {
  let ui: ShadowRootContentScriptUi<HTMLElement | undefined> | undefined;
  let latest: V | undefined;
  let removed = false;
  const paint = () => {
    if (ui?.mounted && latest !== undefined) draw(latest, ui.mounted);
  };
  void createShadowRootUi<HTMLElement | undefined>(ctx, {
    name: options.name,
    mode: 'open',
    position: 'inline',
    anchor: options.anchor,
    append: 'last',
    isolateEvents: ISOLATED_EVENTS,
    onMount(container) {
      const root = document.createElement('div');
      root.className = 'root';
      container.append(root);
      return root;
    },
    onRemove(root) {
      if (root) render(null, root);
    },
  }).then((created) => {
    if (removed || ctx.isInvalid) return;
    ui = created;
    created.mount();
    options.onHost?.(created.shadowHost);
    paint();
  });
  return {
    update(view: V) {
      latest = view;
      paint();
    },
    remove() {
      removed = true;
      if (ui) {
        markOwnRemoval?.(ui.shadowHost);
        ui.remove();
      }
    },
    isConnected() {
      return ui ? ui.shadowHost.isConnected : true;
    },
  };
}

/** Starts the order overlay on a seller page; everything it made goes away when the context is invalidated. */
export function startOverlay(ctx: ContentScriptContext): OverlayController {
  const request = createMessenger((message) => browser.runtime.sendMessage(message)) as OverlayRequest;
  let layerHost: HTMLElement | undefined;
  let lastStats = '';
  const controller = new OverlayController({
    // the whole document: a single-page app may even replace <body>
    root: document.documentElement,
    request,
    mountRow(_row, anchor, actions: OverlayActions, markOwnRemoval): RowUi {
      return lazyUi<RowView>(
        ctx,
        { name: `${HOST_PREFIX}row`, anchor },
        (view, into) => render(<RowControls view={view} actions={actions} />, into),
        markOwnRemoval,
      );
    },
    mountLayer(actions: OverlayActions): LayerUi {
      return lazyUi<LayerView>(
        ctx,
        {
          name: `${HOST_PREFIX}layer`,
          anchor: document.body,
          onHost: (host) => {
            layerHost = host;
            if (lastStats) host.setAttribute('data-stats', lastStats);
          },
        },
        (view, into) => render(<Layer view={view} actions={actions} />, into),
      );
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
        '[스마트스토어 연동] 주문 정보를 불러오지 못했습니다.',
        e instanceof Error ? e.message : e,
      );
    },
  });
  controller.start();
  ctx.onInvalidated(() => controller.stop());
  return controller;
}
