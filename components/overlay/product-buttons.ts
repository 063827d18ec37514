import { productListShown } from '../../lib/products/product-list';
import { onDemandUrl } from './extension-url';
import { logProblem } from './log';
import type { PageContext } from './page-context';

/** The product buttons' script (entrypoints/products.content), web-accessible. */
export const PRODUCT_BUTTONS_SCRIPT = 'content-scripts/products.js';
/** A failed import is tried again this long after (or at the next change of the page), at most this often. */
const RETRY_MS = 1_000;
const ATTEMPTS = 3;

/**
 * Brings the product buttons (가져오기, 내보내기) to the page's top frame once it shows a product list: at once
 * if it does, or when the page puts one in (a single-page app changing route). On the seller's other pages this
 * costs one id lookup per change of the page.
 */
export function productButtonsWhenListed(
  ctx: PageContext,
  load: (attempt: number) => Promise<unknown> = (attempt) =>
    import(/* @vite-ignore */ onDemandUrl(PRODUCT_BUTTONS_SCRIPT, attempt)),
): void {
  if (window.top !== window) return;
  let attempts = 0;
  let loading = false;
  const watch = () => observer.observe(document, { childList: true, subtree: true });
  const check = () => {
    if (loading || ctx.isInvalid || attempts >= ATTEMPTS || !productListShown(document)) return;
    loading = true;
    observer.disconnect();
    Promise.resolve(attempts++)
      .then(load)
      .catch((e: unknown) => {
        loading = false;
        logProblem('could not load the product buttons', e);
        watch();
        ctx.setTimeout(check, RETRY_MS);
      });
  };
  const observer = new MutationObserver(check);
  watch();
  ctx.onInvalidated(() => observer.disconnect());
  check();
}
