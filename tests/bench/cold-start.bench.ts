import type { CDPSession, Page } from 'playwright-core';
import { type StoreSession, storeSession } from './chromium';
import { type Bench, figure, median, sleep } from './report';

const RUNS = 3;

/** `sync.now` from an extension page; resolves with the page's clock when it was sent. */
function sendSyncNow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const g = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
    const at = Date.now();
    void g.chrome.runtime.sendMessage({ type: 'sync.now', payload: {} });
    return at;
  });
}

/** Until the emulator has seen no request for `quietMs` (the sync that was started is over). */
async function settle(store: StoreSession, quietMs = 1_000, maxMs = 60_000): Promise<void> {
  const until = Date.now() + maxMs;
  let last = store.commerce.requests.length;
  let since = Date.now();
  while (Date.now() < until) {
    await sleep(100);
    const n = store.commerce.requests.length;
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}

/** ms from sending `sync.now` to the emulator's log of the first request that it caused. */
async function firstCall(store: StoreSession, page: Page, cdp: CDPSession | undefined): Promise<number> {
  await settle(store);
  if (cdp) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await sleep(300);
  }
  const before = store.commerce.requests.length;
  const sentAt = await sendSyncNow(page);
  const until = Date.now() + 30_000;
  while (store.commerce.requests.length === before) {
    if (Date.now() > until) throw new Error('no request reached the emulator within 30 s of sync.now');
    await sleep(2);
  }
  return store.commerce.requests[before]!.at - sentAt;
}

/**
 * The worker stopped (CDP `ServiceWorker.stopAllWorkers`), then `sync.now` from an extension page: time until the
 * Commerce API emulator logs the first request (the token is already cached in `storage.session`, as after any
 * earlier collection). Side by side: the same with the worker running. Median of 3 each.
 */
export const coldStartBench: Bench = {
  name: 'cold-start',
  needsBuild: true,
  async run(ctx) {
    const store = await storeSession();
    const page = await store.browser.context.newPage();
    await page.goto(`chrome-extension://${store.browser.extensionId}/popup.html`);
    await page.locator('main.popup[data-ready="true"]').waitFor({ timeout: 30_000 });
    const cdp = await store.browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await sendSyncNow(page); // the first collection: token issued and cached
    await settle(store);
    const warm: number[] = [];
    const cold: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      warm.push(await firstCall(store, page, undefined));
      cold.push(await firstCall(store, page, cdp));
    }
    await settle(store);
    ctx.log(
      `with ${store.stored} orders stored; warm ${warm.map(Math.round).join(', ')} ms; cold ${cold.map(Math.round).join(', ')} ms`,
    );
    await page.close();
    const c = median(cold);
    const w = median(warm);
    return [
      figure('cold-start.first-call-ms', c, 'ms sync.now → first request', undefined, 0),
      figure('warm.first-call-ms', w, 'ms sync.now → first request', undefined, 0),
      figure('cold ÷ warm first call', c / Math.max(1, w), '×', undefined, 1),
    ];
  },
};
