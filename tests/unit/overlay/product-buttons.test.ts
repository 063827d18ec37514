// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type PageContext, pageContext } from '../../../components/overlay/page-context';
import { productButtonsWhenListed } from '../../../components/overlay/product-buttons';
import { tick } from './fixtures';

/**
 * The product buttons' script comes to a page only once it shows a product list: the order overlay, on every
 * seller page, asks for it then (once), and never on a page without one.
 */

let ctx: PageContext;
let imports: number[];
const productList =
  '<table><tbody id="product-rows"><tr class="product-row"><td>10000001</td></tr></tbody></table>';
const orderList =
  '<main><table><tbody id="order-rows"><tr><td>2026112812345601</td></tr></tbody></table></main>';

beforeEach(() => {
  fakeBrowser.reset();
  ctx = pageContext();
  imports = [];
});

afterEach(() => {
  ctx.invalidate();
  document.body.innerHTML = '';
});

const load =
  (fail = 0) =>
  async (attempt: number) => {
    imports.push(attempt);
    if (imports.length <= fail) throw new Error('net::ERR_FAILED');
  };

describe('the product buttons, brought to a page with a product list', () => {
  it('are imported at once when the page shows one', async () => {
    document.body.innerHTML = productList;
    productButtonsWhenListed(ctx, load());
    await tick(1);
    expect(imports).toEqual([0]);
  });

  it('are never imported on a page without one, however it changes', async () => {
    document.body.innerHTML = orderList;
    productButtonsWhenListed(ctx, load());
    document.querySelector('tbody')!.insertAdjacentHTML('beforeend', '<tr><td>2026112812345602</td></tr>');
    await tick(10);
    expect(imports).toEqual([]);
  });

  it('are imported once when the page puts a list in later (a route change), not again as it changes', async () => {
    document.body.innerHTML = orderList;
    productButtonsWhenListed(ctx, load());
    document.querySelector('main')!.innerHTML = productList;
    await tick(10);
    document
      .querySelector('tbody')!
      .insertAdjacentHTML('beforeend', '<tr class="product-row"><td>2</td></tr>');
    await tick(10);
    expect(imports).toEqual([0]);
  });

  it('a failed import is tried again a second later (or at the next change of the page), three times at most', async () => {
    document.body.innerHTML = productList;
    productButtonsWhenListed(ctx, load(1));
    await tick(10);
    expect(imports).toEqual([0]);
    await tick(1_100);
    expect(imports).toEqual([0, 1]);
    // imported now: not again
    document
      .querySelector('tbody')!
      .insertAdjacentHTML('beforeend', '<tr class="product-row"><td>2</td></tr>');
    await tick(1_100);
    expect(imports).toEqual([0, 1]);
  });

  it('gives up after three failed imports, however the page changes', async () => {
    document.body.innerHTML = productList;
    productButtonsWhenListed(ctx, load(99));
    for (let i = 0; i < 4; i++) {
      document
        .querySelector('tbody')!
        .insertAdjacentHTML('beforeend', '<tr class="product-row"><td>2</td></tr>');
      await tick(1_100);
    }
    expect(imports).toEqual([0, 1, 2]);
  });

  it('an import that throws at once (the extension reloaded under the page) is a failed import, not a throw', async () => {
    document.body.innerHTML = productList;
    let calls = 0;
    expect(() =>
      productButtonsWhenListed(ctx, () => {
        calls++;
        throw new Error('Extension context invalidated.');
      }),
    ).not.toThrow();
    await tick(1_100);
    // tried, failed quietly, and tried again
    expect(calls).toBe(2);
  });

  it('nothing after the extension was reloaded under the page', async () => {
    document.body.innerHTML = orderList;
    productButtonsWhenListed(ctx, load());
    ctx.invalidate();
    document.querySelector('main')!.innerHTML = productList;
    await tick(10);
    expect(imports).toEqual([]);
  });
});
