import 'fake-indexeddb/auto';
import type { ClientFactory } from '../../lib/accounts/connections';
import { createShopClient } from '../../lib/sixshop/client';
import { type CommerceClient, ownAppClient, relayClient } from '../../lib/smartstore/client';
import { memoryTokenStore } from '../../lib/smartstore/token';
import { type OrdersWorld, ordersWorld } from '../integration/orders-harness';
import { COMMERCE_SEED } from '../sandbox/commerce/seed';
import type { RequestLogEntry } from '../sandbox/commerce/server';

/** The rate limit every Commerce API of the emulator gets in these benchmarks (per API, per app). */
export const RATE = { replenishRate: 20, burstCapacity: 40 } as const;

export const SELLER_A = COMMERCE_SEED.sellers.A.accountId;

/** Where the time of a run went: inside Commerce API calls (pacing included), inside shop-backend calls. */
export interface Meter {
  apiMs: number;
  shopMs: number;
  /** time the pacer chose to wait before calls */
  pacedMs: number;
}

export const newMeter = (): Meter => ({ apiMs: 0, shopMs: 0, pacedMs: 0 });

/** Wraps every method of a client so that the time its promises take is added up. Calls here are sequential. */
function timed<T extends object>(target: T, add: (ms: number) => void): T {
  return new Proxy(target, {
    get(t, p, receiver) {
      const v: unknown = Reflect.get(t, p, receiver);
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        const start = performance.now();
        const out: unknown = v.apply(t, args);
        if (out instanceof Promise) return out.finally(() => add(performance.now() - start));
        return out;
      };
    },
  });
}

/** The real clients of the worker (same http client, pacer and token cache), with their time measured. */
export function meteredClients(meter: Meter): ClientFactory {
  const tokens = memoryTokenStore();
  const sleep = (ms: number) => {
    meter.pacedMs += ms;
    return new Promise<void>((resolve) => setTimeout(resolve, ms));
  };
  return {
    shop: (conn) => timed(createShopClient(conn), (ms) => (meter.shopMs += ms)),
    ownApp: (conn) =>
      timed<CommerceClient>(ownAppClient({ ...conn, tokenStore: tokens }, { sleep }), (ms) => {
        meter.apiMs += ms;
      }),
    relay: (conn) => timed<CommerceClient>(relayClient(conn, { sleep }), (ms) => (meter.apiMs += ms)),
  };
}

/**
 * A world (both emulators, a fresh fake-indexeddb database, seller A linked with its own application) whose
 * Commerce API has `RATE` on every API and no seed orders, with `products` products on sale for seller A.
 */
export async function benchWorld(meter: Meter, products = 10): Promise<OrdersWorld> {
  const world = await ordersWorld({ commerce: { rateLimit: { ...RATE }, seed: false } });
  world.commerce.scenario.addProducts(SELLER_A, products);
  world.deps.clients = meteredClients(meter);
  return world;
}

/** Commerce API calls in the log (token and every API; not the test-control or image routes), by api id. */
export function apiCalls(requests: readonly RequestLogEntry[], since = 0): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of requests.slice(since)) {
    if (r.api === 'scenario' || r.api === 'image' || r.api === 'unknown') continue;
    out.set(r.api, (out.get(r.api) ?? 0) + 1);
  }
  return out;
}

export const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
