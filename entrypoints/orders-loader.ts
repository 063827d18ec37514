import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { onDemandUrl } from '../components/overlay/extension-url';
import { logProblem } from '../components/overlay/log';
import { pageContext } from '../components/overlay/page-context';
import { loadOrdersOverlay } from '../components/overlay/ui-contract';

/** A failed import (the extension was just updated, the disk was busy) is tried once more after this long. */
const RETRY_MS = 1_000;

/**
 * The order overlay's content script on the seller's pages (SmartStore seller center, Sixshop Pro admin; listed
 * in the manifest by wxt.config.ts, with every frame of them: the seller center shows some of its lists inside
 * same-site frames). A loader only: the overlay is a module imported from the extension (ui-contract.ts says why).
 * An unlisted script rather than a WXT content script: nothing of WXT's content-script runtime on every page.
 */
export default defineUnlistedScript(() => {
  const ctx = pageContext();
  void loadOrdersOverlay(
    (attempt) => import(/* @vite-ignore */ onDemandUrl('orders-overlay.js', attempt)),
    () => new Promise((r) => ctx.setTimeout(r, RETRY_MS)),
  )
    .then((overlay) => {
      if (!ctx.isInvalid) overlay.startOverlay(ctx);
    })
    .catch((e: unknown) => logProblem('could not load the order overlay', e));
});
