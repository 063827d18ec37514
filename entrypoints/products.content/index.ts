import { defineContentScript } from 'wxt/utils/define-content-script';
import { startProductOverlay } from './overlay';
import './style.css';

/**
 * "가져오기" beside each product of the SmartStore seller center's product list, "내보내기" beside each product
 * of the Sixshop Pro admin's product list. Wiring only; the sandbox build adds loopback hosts (wxt.config.ts).
 */
export default defineContentScript({
  matches: ['https://sell.smartstore.naver.com/*', 'https://*.sixshop.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT's start notice to older copies of this script goes out as a DOM event; its extra `window.postMessage`
  // (kept by WXT for old versions) would wake every message listener of the seller's page on each load
  noScriptStartedPostMessage: true,
  main(ctx) {
    startProductOverlay(ctx);
  },
});
