import { defineContentScript } from 'wxt/utils/define-content-script';
import { startProductOverlay } from './overlay';
import './style.css';

/**
 * "가져오기" beside each product of the SmartStore seller center's product list, "내보내기" beside each product
 * of the Sixshop Pro admin's product list. Not a content script of the manifest: the order overlay, which runs
 * on every seller page anyway, imports this script when a page shows a product list
 * (components/overlay/product-buttons.ts), so the seller's other pages do without it. Wiring only.
 */
export default defineContentScript({
  // built as a content script (its stylesheet beside it) but registered by no one: imported, see above
  registration: 'runtime',
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT's start notice to older copies of this script goes out as a DOM event; its extra `window.postMessage`
  // (kept by WXT for old versions) would wake every message listener of the seller's page on each load
  noScriptStartedPostMessage: true,
  main(ctx) {
    startProductOverlay(ctx);
  },
});
