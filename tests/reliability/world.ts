import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClientFactory } from '../../lib/accounts/connections';
import { type LinkDb, openLinkDb } from '../../lib/db/schema';
import { drainOutbox, memoryLocks, type RunnerDeps, runSync } from '../../lib/orders/runner';
import { setShopKey } from '../../lib/settings/secrets';
import { updateSettings } from '../../lib/settings/settings';
import { createShopClient } from '../../lib/sixshop/client';
import { type ClientOptions, ownAppClient, relayClient } from '../../lib/smartstore/client';
import { memoryTokenStore, type TokenStore } from '../../lib/smartstore/token';
import { COMMERCE_SEED } from '../sandbox/commerce/seed';
import { type CommerceEmulator, startCommerceEmulator } from '../sandbox/commerce/server';
import { SHOP_SEED } from '../sandbox/shop/seed';
import { type ShopEmulator, startShopEmulator } from '../sandbox/shop/server';

/**
 * The world the reliability tests run in: the Commerce API emulator, the shop backend emulator (with a data
 * file, so it can be stopped and started again on the same port and the same data), a fresh extension
 * database with seller A linked exactly as the link flow leaves it, and the background's runner deps.
 *
 * Only three things differ from the service worker, all through the seams the product offers to callers:
 * - the clients get a short request timeout (the product's own `timeoutMs` option), so a `latency` fault
 *   longer than it is a real client-side timeout;
 * - the clients' sleeps (read back-off, pacing) are shortened, so a test does not wait seconds for them;
 * - `now` is the host clock plus `skewMs`, which a test moves forward to let waiting actions become due.
 */
export interface World {
  commerce: CommerceEmulator;
  shop: ShopEmulator;
  db: LinkDb;
  deps: RunnerDeps;
  accountId: string;
  mode: 'OWN_APP' | 'AGENCY';
  tokens: TokenStore;
  /** added to the host clock by `deps.now` */
  skewMs: number;
  /** SmartStore's per-item refusals of the mutations the extension sent (read off the wire as they came back) */
  refusals: Refusal[];
  /** the shop backend stops answering (connections refused) */
  stopShop(): Promise<void>;
  /** the shop backend comes back on the same port with the same data */
  startShop(): Promise<void>;
  shopUp: boolean;
  close(): Promise<void>;
}

export const SELLER_A = COMMERCE_SEED.sellers.A;

export interface Refusal {
  api: 'orders.confirm' | 'orders.dispatch' | 'orders.cancelRequest';
  productOrderId: string;
  code: string;
}

function mutationApi(url: string): Refusal['api'] | undefined {
  if (url.includes('/product-orders/confirm')) return 'orders.confirm';
  if (url.includes('/product-orders/dispatch')) return 'orders.dispatch';
  if (/\/claim\/cancel\/request/.test(url)) return 'orders.cancelRequest';
  return undefined;
}

/** The platform fetch, noting every per-item refusal SmartStore answers to a mutation (the product sees the same). */
function recordingFetch(refusals: Refusal[]): typeof fetch {
  return async (input, init) => {
    const res = await fetch(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const api = mutationApi(url);
    if (api && res.ok) {
      const text = await res
        .clone()
        .text()
        .catch(() => '');
      try {
        const body = JSON.parse(text) as {
          data?: { failProductOrderInfos?: Array<{ productOrderId: string; code: string }> };
        };
        for (const f of body.data?.failProductOrderInfos ?? [])
          refusals.push({ api, productOrderId: f.productOrderId, code: f.code });
      } catch {
        // a cut body: nothing to note
      }
    }
    return res;
  };
}
export const CLIENT_TIMEOUT_MS = 600;
/** how late SmartStore applies a request the client timed out on (the `latency` faults of these tests) */
export const LATE_MS = 300;

export interface WorldOptions {
  mode?: 'OWN_APP' | 'AGENCY';
  /** how much shorter the clients' sleeps are (default 10×) */
  sleepDivisor?: number;
  timeoutMs?: number;
  commerce?: Parameters<typeof startCommerceEmulator>[0];
}

export async function startWorld(opts: WorldOptions = {}): Promise<World> {
  const mode = opts.mode ?? 'OWN_APP';
  // Generous gateway limits so runs are deterministic; 429 storms are injected on purpose, per step.
  const commerce = await startCommerceEmulator({
    rateLimit: { replenishRate: 1000, burstCapacity: 1000 },
    ...opts.commerce,
  });
  const dir = mkdtempSync(join(tmpdir(), 'ssl-rel-'));
  const dataFile = join(dir, 'shop.json');
  const shopOptions = {
    commerceBaseUrl: commerce.url,
    agency: {
      clientId: COMMERCE_SEED.agencyApp.clientId,
      clientSecret: COMMERCE_SEED.agencyApp.clientSecret,
    },
    dataFile,
  };
  let shop = await startShopEmulator(shopOptions);
  const shopPort = shop.port;

  const db = openLinkDb(`rel-${Math.random()}`);
  await updateSettings(db, { commerceApiOrigin: commerce.url, shopBackendUrl: shop.url });
  await setShopKey(db, SHOP_SEED.key);
  const tokens = memoryTokenStore();
  const refusals: Refusal[] = [];
  const divisor = opts.sleepDivisor ?? 10;
  const timeoutMs = opts.timeoutMs ?? CLIENT_TIMEOUT_MS;
  const clientOptions: ClientOptions = {
    timeoutMs,
    fetch: recordingFetch(refusals),
    sleep: (ms) => new Promise((r) => setTimeout(r, Math.ceil(ms / divisor))),
  };
  const clients: ClientFactory = {
    shop: (conn) => createShopClient({ ...conn, timeoutMs: 5_000, retryDelayMs: 20 }),
    ownApp: (conn) => ownAppClient({ ...conn, tokenStore: tokens }, clientOptions),
    relay: (conn) => relayClient(conn, clientOptions),
  };

  const market = await createShopClient({ baseUrl: shop.url, shopKey: SHOP_SEED.key }).createMarketAccount({
    market: 'SMARTSTORE',
    alias: '하늘리빙',
    storeSlug: SELLER_A.storeSlug,
    apiSellerId: SELLER_A.accountId,
    linkMode: mode,
  });
  const accountId = 'acc-A';
  const t = Date.now();
  await db.accounts.add({
    id: accountId,
    alias: '하늘리빙',
    storeSlug: SELLER_A.storeSlug,
    apiSellerId: SELLER_A.accountId,
    linkMode: mode,
    shopMarketAccountId: market.id,
    createdAt: t,
    updatedAt: t,
  });
  if (mode === 'OWN_APP') {
    await db.secrets.put({
      key: `ownApp:${accountId}`,
      value: { clientId: COMMERCE_SEED.selfApp.clientId, clientSecret: COMMERCE_SEED.selfApp.clientSecret },
    });
  }

  const world: World = {
    commerce,
    get shop() {
      return shop;
    },
    db,
    deps: { db, clients, now: () => Date.now() + world.skewMs, lock: memoryLocks() },
    accountId,
    mode,
    tokens,
    skewMs: 0,
    refusals,
    shopUp: true,
    async stopShop() {
      if (!world.shopUp) return;
      world.shopUp = false;
      await shop.close();
    },
    async startShop() {
      if (world.shopUp) return;
      shop = await startShopEmulator({ ...shopOptions, port: shopPort });
      world.shopUp = true;
    },
    async close() {
      await db.delete();
      if (world.shopUp) await shop.close();
      await commerce.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return world;
}

/**
 * Lets things settle as time would: every fault cleared, the clock right, the shop up; then, as often as it
 * takes, waiting actions become due, the outbox drains and a collection runs. Returns the number of rounds.
 */
export async function settle(world: World, maxRounds = 6): Promise<number> {
  // Five minutes pass: changes SmartStore stamped ahead of our clock (it ran up to 4 min fast) are in the past.
  world.skewMs = Math.max(world.skewMs, 5 * 60 * 1000);
  world.commerce.scenario.clearFaults();
  world.commerce.scenario.setClockOffset(0);
  world.commerce.scenario.setRateLimit('*', { replenishRate: 1000, burstCapacity: 1000 });
  await world.startShop();
  for (let round = 1; round <= maxRounds; round++) {
    await makeDue(world);
    await drainOutbox(world.deps);
    const [r] = await runSync(world.deps);
    const queued = await world.db.outbox.where('status').equals('queued').count();
    if (r && !r.error && r.caughtUp && r.shopPending === 0 && queued === 0) return round;
  }
  return maxRounds;
}

/**
 * Time passes for the outbox: every queued action may be tried again now. A request the client gave up on
 * may still be on its way to SmartStore; as in real time, it lands before the retry comes due.
 */
export async function makeDue(world: World): Promise<void> {
  let queued = await world.db.outbox.where('status').equals('queued').toArray();
  if (queued.some((r) => r.lastError?.kind === 'outcome-unknown')) {
    await new Promise((r) => setTimeout(r, LATE_MS));
    queued = await world.db.outbox.where('status').equals('queued').toArray();
  }
  for (const r of queued) {
    if (r.nextAttemptAt !== undefined) await world.db.outbox.update(r.id, { nextAttemptAt: undefined });
  }
}

/** Local product orders of the account in one status. */
export async function rowsWith(world: World, status: string) {
  return world.db.orders.where('[accountId+status]').equals([world.accountId, status]).toArray();
}

/** Requests of one API that reached SmartStore's handler (answered 200, or applied and then lost or cut). */
export function handledCalls(world: World, api: string, productOrderId?: string) {
  return world.commerce.requests.filter(
    (r) =>
      r.api === api &&
      (r.status === 200 || r.fault === 'drop-after-apply' || r.fault === 'malformed') &&
      (productOrderId === undefined || (r.productOrderIds ?? []).includes(productOrderId)),
  );
}

let requestSeq = 0;
/** A request id as a page makes one per click. */
export function rid(prefix = 'rel'): string {
  return `${prefix}_${Date.now()}_${++requestSeq}`;
}

/** Seller A's PREPARING items with fresh tracking numbers, ready for 배송 처리. */
export async function shippable(world: World, count: number, prefix = '7700') {
  const rows = (await rowsWith(world, 'PREPARING')).slice(0, count);
  if (rows.length < count) throw new Error(`only ${rows.length} PREPARING items`);
  return rows.map((r, i) => ({
    productOrderId: r.productOrderId,
    courierCode: 'CJGLS',
    trackingNumber: `${prefix}${String(Date.now() % 1e6).padStart(6, '0')}${String(i).padStart(2, '0')}`,
  }));
}
