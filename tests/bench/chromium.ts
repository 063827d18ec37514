import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { createShopClient } from '../../lib/sixshop/client';
import type { MarketOrderStatus } from '../../lib/sixshop/schemas/market-order';
import { type ExtensionBrowser, launchExtension } from '../e2e/browser';
import { COMMERCE_SEED } from '../sandbox/commerce/seed';
import { type CommerceEmulator, startCommerceEmulator } from '../sandbox/commerce/server';
import { SHOP_SEED } from '../sandbox/shop/seed';
import { type ShopEmulator, startShopEmulator } from '../sandbox/shop/server';
import { RATE } from './node-world';
import type { LinkSetup, SwProbe } from './sw-probe';
import type { UpsertTimes } from './upsert-run';

let bundle: Promise<string> | undefined;

/** `sw-probe.ts` and the lib code it uses, as one script for the service worker's realm. */
function probeBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [fileURLToPath(new URL('./sw-probe.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'error',
  }).then((r) => r.outputFiles[0]!.text);
  return bundle;
}

type Probed = typeof globalThis & { __bench?: SwProbe };

/** Puts the probe into the running worker (again after a restart: its globals are gone then). */
export async function injectProbe(sw: Worker): Promise<void> {
  const present = await sw.evaluate(() => !!(globalThis as Probed).__bench);
  if (!present) await sw.evaluate(await probeBundle());
}

export const probe = {
  upsert: (sw: Worker, n: number): Promise<UpsertTimes> =>
    sw.evaluate((count) => (globalThis as Probed).__bench!.upsert(count), n),
  link: (sw: Worker, setup: LinkSetup): Promise<void> =>
    sw.evaluate((s) => (globalThis as Probed).__bench!.link(s), setup),
  summaryParts: (sw: Worker): Promise<Record<string, number>> =>
    sw.evaluate(() => (globalThis as Probed).__bench!.summaryParts()),
  fill: (
    sw: Worker,
    accountId: string,
    from: number,
    to: number,
    status?: MarketOrderStatus,
  ): Promise<number> =>
    sw.evaluate(([id, a, b, s]) => (globalThis as Probed).__bench!.fill(id, a, b, s), [
      accountId,
      from,
      to,
      status,
    ] as const),
};

/** No periodic collection during a measurement (the alarm fires a minute after the worker starts). */
export async function quietAlarms(sw: Worker): Promise<void> {
  await sw.evaluate(() =>
    (
      globalThis as unknown as { chrome: { alarms: { clearAll(): Promise<boolean> } } }
    ).chrome.alarms.clearAll(),
  );
}

export interface LinkedBrowser {
  browser: ExtensionBrowser;
  commerce: CommerceEmulator;
  shop: ShopEmulator;
  sw: Worker;
  accountId: string;
  close(): Promise<void>;
}

/**
 * Real Chromium with the sandbox build, both emulators (no seed orders), and seller A linked with its own
 * application, written straight into the extension's database as the link flow leaves it.
 */
export async function linkedBrowser(opts: { extensionDir?: string } = {}): Promise<LinkedBrowser> {
  const commerce = await startCommerceEmulator({ seed: false, rateLimit: { ...RATE } });
  const shop = await startShopEmulator({
    commerceBaseUrl: commerce.url,
    agency: {
      clientId: COMMERCE_SEED.agencyApp.clientId,
      clientSecret: COMMERCE_SEED.agencyApp.clientSecret,
    },
  });
  const A = COMMERCE_SEED.sellers.A;
  const market = await createShopClient({ baseUrl: shop.url, shopKey: SHOP_SEED.key }).createMarketAccount({
    market: 'SMARTSTORE',
    alias: '하늘리빙',
    storeSlug: A.storeSlug,
    apiSellerId: A.accountId,
    linkMode: 'OWN_APP',
  });
  const browser = await launchExtension(opts.extensionDir ? { extensionDir: opts.extensionDir } : {});
  const sw = await browser.worker();
  await injectProbe(sw);
  await quietAlarms(sw);
  const accountId = 'acc-bench-A';
  const t = Date.now();
  await probe.link(sw, {
    commerceUrl: commerce.url,
    shopUrl: shop.url,
    shopKey: SHOP_SEED.key,
    account: {
      id: accountId,
      alias: '하늘리빙',
      storeSlug: A.storeSlug,
      apiSellerId: A.accountId,
      linkMode: 'OWN_APP',
      shopMarketAccountId: market.id,
      createdAt: t,
      updatedAt: t,
    },
    ownApp: { clientId: COMMERCE_SEED.selfApp.clientId, clientSecret: COMMERCE_SEED.selfApp.clientSecret },
  });
  return {
    browser,
    commerce,
    shop,
    sw,
    accountId,
    async close() {
      await browser.close();
      await shop.close();
      await commerce.close();
    },
  };
}

/** CDP `Performance` metrics of a page, in ms where they are durations. */
export async function scriptMetrics(
  cdp: CDPSession,
): Promise<{ scriptMs: number; taskMs: number; layoutMs: number }> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: Array<{ name: string; value: number }>;
  };
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { scriptMs: get('ScriptDuration'), taskMs: get('TaskDuration'), layoutMs: get('LayoutDuration') };
}

/** A new tab with CDP performance metrics on from its first script on. */
export async function meteredPage(browser: ExtensionBrowser): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  return { page, cdp };
}

export interface StoreSession extends LinkedBrowser {
  /** product orders of the store's history stored so far (0..stored-1) */
  stored: number;
  /** Stores more of the history, up to n product orders. */
  fillTo(n: number): Promise<void>;
}

let session: Promise<StoreSession> | undefined;

/**
 * One linked browser shared by the popup, overlay and cold-start benchmarks (filling 50,000 orders is the
 * slow part): the first caller starts it, `closeStoreSession` ends it.
 */
export function storeSession(): Promise<StoreSession> {
  session ??= linkedBrowser().then((lb) => {
    const s: StoreSession = {
      ...lb,
      stored: 0,
      async fillTo(n) {
        if (n <= s.stored) return;
        const sw = await lb.browser.worker();
        await injectProbe(sw);
        await probe.fill(sw, lb.accountId, s.stored, n);
        s.stored = n;
      },
    };
    return s;
  });
  return session;
}

export async function closeStoreSession(): Promise<void> {
  const s = session;
  session = undefined;
  if (s) await (await s).close();
}
