/**
 * The order overlay's page as the first page of a browser just started (nothing of the extension compiled or
 * cached yet in it: the costliest load a seller meets, once per browser start), in a browser of its own with the
 * store filled, measured as overlay.bench.ts measures every load. Several such browsers, one after the other,
 * give a median: one first page alone moves by ±40 % on these machines.
 */
import type { Page } from 'playwright-core';
import { injectProbe, linkedBrowser, meteredPage, probe, scriptMetrics } from './chromium';
import { type MainThreadScript, mainThreadScript } from './main-thread';
import { sleep } from './report';

/** A browser just started is busy for a while (its own start, the worker, the store being filled). */
const SETTLE_MS = 3_000;

export interface ColdPage extends MainThreadScript {
  /** CDP `ScriptDuration` over the same window */
  cdpScriptMs: number;
  taskMs: number;
  /** the overlay's stats on the page at the end of the window (`data-stats`) */
  stats: string;
}

/**
 * `check(page)` runs after the measured window and throws when the overlay had not finished its work within it.
 */
export async function coldPage(opts: {
  url: string;
  stored: number;
  windowMs: number;
  extensionDir?: string;
  check: (page: Page) => Promise<void>;
}): Promise<ColdPage> {
  const lb = await linkedBrowser(opts.extensionDir ? { extensionDir: opts.extensionDir } : {});
  try {
    await injectProbe(lb.sw);
    await probe.fill(lb.sw, lb.accountId, 0, opts.stored);
    await sleep(SETTLE_MS);
    const { page, cdp } = await meteredPage(lb.browser);
    const traced = await mainThreadScript(
      cdp,
      async () => {
        await page.goto(opts.url);
        await sleep(opts.windowMs);
      },
      { required: true },
    );
    const m = await scriptMetrics(cdp);
    await opts.check(page);
    const stats = await page.evaluate(
      () => document.querySelector('sixshop-link-layer')?.getAttribute('data-stats') ?? '',
    );
    return { ...traced, cdpScriptMs: m.scriptMs, taskMs: m.taskMs, stats };
  } finally {
    await lb.close();
  }
}
