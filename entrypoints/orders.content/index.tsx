import { defineContentScript } from 'wxt/utils/define-content-script';
import { onDemandUrl } from '../../components/overlay/extension-url';
import { logProblem } from '../../components/overlay/log';
import { loadOrdersOverlay } from '../../components/overlay/ui-contract';
import './style.css';

/** A failed import (the extension was just updated, the disk was busy) is tried once more after this long. */
const RETRY_MS = 1_000;

/**
 * The order overlay on the seller's pages (SmartStore seller center, Sixshop Pro admin). A loader only: the
 * overlay is a module imported from the extension (ui-contract.ts says why).
 */
export default defineContentScript({
  matches: ['https://sell.smartstore.naver.com/*', 'https://*.sixshop.com/*'],
  runAt: 'document_idle',
  // the seller center shows some of its lists inside same-site frames
  allFrames: true,
  cssInjectionMode: 'manual',
  // the start notice to older copies of this script goes out as a DOM event only (see products.content)
  noScriptStartedPostMessage: true,
  main(ctx) {
    void loadOrdersOverlay(
      (attempt) => import(/* @vite-ignore */ onDemandUrl('orders-overlay.js', attempt)),
      () => new Promise((r) => ctx.setTimeout(r, RETRY_MS)),
    )
      .then((overlay) => {
        if (!ctx.isInvalid) overlay.startOverlay(ctx);
      })
      .catch((e: unknown) => logProblem('could not load the order overlay', e));
  },
});
