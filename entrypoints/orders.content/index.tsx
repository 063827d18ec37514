import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOverlay } from '../../components/overlay/mount';
import './style.css';

/** The order overlay on the seller's pages (SmartStore seller center, Sixshop Pro admin). Wiring only. */
export default defineContentScript({
  matches: ['https://sell.smartstore.naver.com/*', 'https://*.sixshop.com/*'],
  runAt: 'document_idle',
  // the seller center shows some of its lists inside same-site frames
  allFrames: true,
  cssInjectionMode: 'manual',
  // the start notice to older copies of this script goes out as a DOM event only (see products.content)
  noScriptStartedPostMessage: true,
  main(ctx) {
    startOverlay(ctx);
  },
});
