import { afterEach, describe, expect, it } from 'vitest';
import type { ClientFactory } from '../../lib/accounts/connections';
import { runSync } from '../../lib/orders/runner';
import { readCursor } from '../../lib/orders/sync';
import { baseline, expectSettled } from './invariants';
import { SELLER_A, settle, startWorld, type World, type WorldOptions } from './world';

/**
 * Order collection (DESIGN principle 4) under one fault at a time: a failed run says why in Korean, keeps
 * the cursor where the last stored page left it, and the next run ends with every paid order present exactly
 * once, locally and in the shop backend, with its true status.
 */

const A = SELLER_A.accountId;
const KOREAN = /[가-힣]/;
const MIN = 60 * 1000;
let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function fresh(opts: WorldOptions = {}) {
  world = await startWorld(opts);
  return world;
}

async function localCount(w: World) {
  return w.db.orders.where('accountId').equals(w.accountId).count();
}

async function settledAndTrue(w: World, where: string) {
  const base = baseline(w);
  await settle(w);
  await expectSettled(w, [], base, where);
}

describe('collection under faults', () => {
  for (const mode of ['OWN_APP', 'AGENCY'] as const) {
    const how = mode === 'OWN_APP' ? 'own application' : 'agency relay';

    it(`a 429 storm on the change feed: paced retries, then a clear error; nothing half-written (${how})`, async () => {
      const w = await fresh({ mode });
      w.commerce.scenario.injectFault({
        api: 'orders.lastChangedStatuses',
        kind: 'status',
        status: 429,
        times: 12,
      });
      const [r] = await runSync(w.deps);
      expect(r?.error?.kind).toBe('rate-limited');
      expect(r?.error?.message).toContain('요청 한도');
      expect(await localCount(w)).toBe(0);
      expect(await readCursor(w.db, w.accountId)).toBeUndefined();
      await settledAndTrue(w, `429 storm (${how})`);
    });

    it(`5xx bursts: short ones are retried within the run, long ones resume on the next (${how})`, async () => {
      const w = await fresh({ mode });
      w.commerce.scenario.injectFault({ api: 'orders.query', kind: 'status', status: 503, times: 2 });
      const [first] = await runSync(w.deps);
      expect(first?.error).toBeUndefined();
      w.commerce.scenario.addOrders({ sellerAccountId: A, count: 5 });
      w.commerce.scenario.injectFault({
        api: 'orders.lastChangedStatuses',
        kind: 'status',
        status: 500,
        times: 5,
      });
      const cursor = await readCursor(w.db, w.accountId);
      const [second] = await runSync(w.deps);
      expect(second?.error?.kind).toBe('server');
      expect(second?.error?.message).toMatch(KOREAN);
      expect(await readCursor(w.db, w.accountId)).toEqual(cursor);
      await settledAndTrue(w, `5xx (${how})`);
    });

    it(`dropped connections and truncated bodies: the page is not stored, the cursor stays, nothing lost (${how})`, async () => {
      const w = await fresh({ mode });
      w.commerce.scenario.addOrders({ sellerAccountId: A, count: 650, sameTimestamp: true });
      w.commerce.scenario.injectFault({ api: 'orders.query', kind: 'drop', times: 3 });
      const [r] = await runSync(w.deps);
      expect(r?.error?.message).toMatch(KOREAN);
      const stored = await localCount(w);
      w.commerce.scenario.injectFault({ api: 'orders.lastChangedStatuses', kind: 'malformed', times: 3 });
      const [r2] = await runSync(w.deps);
      expect(r2?.error).toMatchObject({ kind: 'bad-response' });
      expect(r2?.error?.message).toContain('예상하지 못한 응답');
      expect(r2?.error?.traceId, 'Naver’s trace ID is kept for support').toMatch(/\S/);
      expect(await localCount(w)).toBe(stored);
      await settledAndTrue(w, `drop + malformed (${how})`);
    });

    it(`the clock off by 4 minutes either way still collects everything (${how})`, async () => {
      for (const offset of [4 * MIN, -4 * MIN]) {
        const w = await fresh({ mode });
        await runSync(w.deps);
        w.commerce.scenario.setClockOffset(offset);
        w.commerce.scenario.expireTokens(); // a new token must be issued with the skewed clock
        w.commerce.scenario.addOrders({ sellerAccountId: A, count: 3 });
        const [r] = await runSync(w.deps);
        expect(r?.error, `offset ${offset / MIN} min`).toBeUndefined();
        await settledAndTrue(w, `clock ${offset / MIN} min (${how})`);
        await w.close();
        world = undefined;
      }
    });

    it(`the shop backend down: orders wait locally and reach the shop once it is back (${how})`, async () => {
      const w = await fresh({ mode });
      await runSync(w.deps);
      w.commerce.scenario.addOrders({ sellerAccountId: A, count: 4, productOrdersPerOrder: 2 });
      await w.stopShop();
      const [r] = await runSync(w.deps);
      expect(r?.error?.message).toMatch(KOREAN);
      if (mode === 'OWN_APP') {
        expect(r?.created).toBe(8);
        expect(r?.shopPending).toBeGreaterThanOrEqual(8);
      }
      await w.startShop();
      await settledAndTrue(w, `shop down (${how})`);
    });
  }

  it('the clock more than 5 minutes off: a clear error that says what to do, and nothing changes', async () => {
    for (const offset of [6 * MIN, -6 * MIN]) {
      const w = await fresh({ mode: 'OWN_APP' });
      await runSync(w.deps);
      const before = await localCount(w);
      const cursor = await readCursor(w.db, w.accountId);
      w.commerce.scenario.setClockOffset(offset);
      w.commerce.scenario.expireTokens();
      w.commerce.scenario.addOrders({ sellerAccountId: A, count: 2 });
      const [r] = await runSync(w.deps);
      expect(r?.error?.kind).toBe('token-rejected');
      expect(r?.error?.message).toContain('컴퓨터의 날짜와 시간을 "자동으로 설정"으로 바꾼 뒤');
      expect(await localCount(w)).toBe(before);
      expect(await readCursor(w.db, w.accountId)).toEqual(cursor);
      await w.close();
      world = undefined;
    }
  });

  it('agency link: SmartStore refusing the shop backend’s clock does not tell the seller to fix their computer', async () => {
    // In an agency link the shop backend signs the token request; the seller's clock plays no part.
    const w = await fresh({ mode: 'AGENCY' });
    await runSync(w.deps);
    w.commerce.scenario.setClockOffset(6 * MIN);
    w.commerce.scenario.expireTokens();
    const [r] = await runSync(w.deps);
    expect(r?.error?.message).toMatch(KOREAN);
    expect(r?.error?.message).not.toContain('이 컴퓨터의 시계');
  });

  it('a token expiring in the middle of a run is issued again; the run completes without a gap', async () => {
    const w = await fresh({ mode: 'OWN_APP' });
    w.commerce.scenario.addOrders({ sellerAccountId: A, count: 900, sameTimestamp: true });
    const base = w.deps.clients;
    let pages = 0;
    const clients: ClientFactory = {
      ...base,
      ownApp: (conn) => {
        const c = base.ownApp(conn);
        return {
          ...c,
          changedStatusesPage: async (q) => {
            const page = await c.changedStatusesPage(q);
            if (++pages === 2) w.commerce.scenario.expireTokens();
            return page;
          },
        };
      },
    };
    w.deps.clients = clients;
    const tokensBefore = w.commerce.requests.filter((q) => q.api === 'token').length;
    const [r] = await runSync(w.deps);
    expect(r?.error).toBeUndefined();
    expect(r?.caughtUp).toBe(true);
    expect(pages).toBeGreaterThan(3);
    expect(w.commerce.requests.filter((q) => q.api === 'token').length - tokensBefore).toBe(2);
    await settledAndTrue(w, 'token expired mid-run');
  });

  it('a real rate limit on order details is respected by pacing: few 429s, nothing lost', async () => {
    const w = await fresh({ mode: 'OWN_APP', sleepDivisor: 1 });
    w.commerce.scenario.addOrders({ sellerAccountId: A, count: 1200, sameTimestamp: true });
    w.commerce.scenario.setRateLimit('orders.query', { replenishRate: 4, burstCapacity: 2 });
    const [r] = await runSync(w.deps);
    expect(r?.error).toBeUndefined();
    const limited = w.commerce.requests.filter((q) => q.api === 'orders.query' && q.status === 429).length;
    expect(limited).toBeLessThanOrEqual(2);
    await settledAndTrue(w, 'paced');
  });
});
