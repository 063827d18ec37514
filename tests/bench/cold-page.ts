/**
 * The order overlay's page as the first page of a browser just started (nothing of the extension compiled or
 * cached yet in it: the costliest load a seller meets, once per browser start), in a browser of its own with the
 * store filled, measured as overlay.bench.ts measures every load. Several such browsers, one after the other,
 * give a median: one first page alone moves by ±40 % on these machines.
 */
import type { Page } from 'playwright-core';
import type { MarketOrderStatus } from '../../lib/sixshop/schemas/market-order';
import { injectProbe, linkedBrowser, probe } from './chromium';
import { type TracedLoad, tracedLoad } from './main-thread';
import { sleep } from './report';

/** A browser just started is busy for a while (its own start, the worker, the store being filled). */
const SETTLE_MS = 3_000;

export interface ColdPage extends Omit<TracedLoad, 'page' | 'cdp'> {
  /** the overlay's stats on the page at the end of the window (`data-stats`) */
  stats: string;
}

/**
 * `check(page)` runs after the measured window and throws when the overlay had not finished its work within it.
 */
export async function coldPage(opts: {
  url: string;
  stored: number;
  /** every stored order in this status (a page of items to ship), instead of the history's mix */
  status?: MarketOrderStatus;
  windowMs: number;
  extensionDir?: string;
  check: (page: Page) => Promise<void>;
}): Promise<ColdPage> {
  const lb = await linkedBrowser(opts.extensionDir ? { extensionDir: opts.extensionDir } : {});
  try {
    await injectProbe(lb.sw);
    await probe.fill(lb.sw, lb.accountId, 0, opts.stored, opts.status);
    await sleep(SETTLE_MS);
    const { page, cdp, ...traced } = await tracedLoad(lb.browser, opts.url, opts.windowMs, {
      required: true,
    });
    await opts.check(page);
    const stats = await page.evaluate(
      () => document.querySelector('sixshop-link-layer')?.getAttribute('data-stats') ?? '',
    );
    return { ...traced, stats };
  } finally {
    await lb.close();
  }
}
