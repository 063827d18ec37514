import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { productListShown } from '../../lib/products/product-list';
import { onDemandUrl } from './extension-files';
import { logProblem } from './log';

/** The product buttons' script (entrypoints/products.content), web-accessible. */
export const PRODUCT_BUTTONS_SCRIPT = 'content-scripts/products.js';

/**
 * Brings the product buttons (가져오기, 내보내기) to the page's top frame once it shows a product list: at once
 * if it does, or when the page puts one in (a single-page app changing route). On the seller's other pages this
 * costs one id lookup per change of the page. A failed import is tried again at the next change.
 */
export function productButtonsWhenListed(
  ctx: ContentScriptContext,
  load: (attempt: number) => Promise<unknown> = (attempt) =>
    import(/* @vite-ignore */ onDemandUrl(PRODUCT_BUTTONS_SCRIPT, attempt)),
): void {
  if (window.top !== window) return;
  let attempts = 0;
  let loading = false;
  const check = () => {
    if (loading || ctx.isInvalid || !productListShown(document)) return;
    loading = true;
    observer.disconnect();
    load(attempts++).catch((e: unknown) => {
      loading = false;
      observer.observe(document, { childList: true, subtree: true });
      logProblem('could not load the product buttons', e);
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  check();
}
