import { afterEach, describe, expect, it } from 'vitest';
import { toErrorPayload } from '../../lib/messaging/errors';
import { drainOutbox, runSync, submitAction } from '../../lib/orders/runner';
import { Random } from '../sandbox/commerce/random';
import { type Baseline, baseline, expectSafe, expectSettled, type Intent } from './invariants';
import { CLIENT_TIMEOUT_MS, LATE_MS, makeDue, SELLER_A, settle, startWorld, type World } from './world';

/**
 * The fault matrix: a seeded PRNG picks, step by step, what goes wrong (429 storms, 5xx bursts, requests lost
 * before or after SmartStore applied them, real client timeouts, truncated bodies, tokens expiring, the clock
 * off by minutes, the shop backend down) and what happens meanwhile (buyers order and cancel, the seller
 * confirms, ships and cancels, the alarm collects and drains). After every step the safety invariants hold;
 * after a final clean stretch everything is settled and true. The same seed replays the same run.
 */

const A = SELLER_A.accountId;
const COURIERS = ['CJGLS', 'HANJIN', 'EPOST', 'HYUNDAI', 'KGB'] as const;
const APIS = [
  'orders.lastChangedStatuses',
  'orders.query',
  'orders.confirm',
  'orders.dispatch',
  'orders.cancelRequest',
  'token',
] as const;
const MUTATIONS = ['orders.confirm', 'orders.dispatch', 'orders.cancelRequest'] as const;
const KOREAN = /[가-힣]/;

type Fault =
  | '429-storm'
  | '5xx-burst'
  | 'drop'
  | 'drop-after-apply'
  | 'malformed'
  | 'timeout'
  | 'expire-tokens'
  | 'clock'
  | 'shop-down'
  | 'none';
const FAULTS: readonly Fault[] = [
  '429-storm',
  '5xx-burst',
  'drop',
  'drop-after-apply',
  'malformed',
  'timeout',
  'expire-tokens',
  'clock',
  'shop-down',
  'none',
];
type Step = 'buyers' | 'sync' | 'confirm' | 'dispatch' | 'cancel' | 'alarm' | 'double-click';
const STEPS: readonly Step[] = [
  'buyers',
  'sync',
  'confirm',
  'confirm',
  'dispatch',
  'dispatch',
  'cancel',
  'alarm',
  'double-click',
];

interface Run {
  world: World;
  rnd: Random;
  intents: Intent[];
  base: Baseline;
  seed: number;
  tracking: number;
  log: string[];
}

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

function armFault(run: Run, fault: Fault): string {
  const { rnd, world } = run;
  const s = world.commerce.scenario;
  const api = rnd.pick(APIS);
  switch (fault) {
    case '429-storm': {
      const times = rnd.int(2, 8);
      s.injectFault({ api, kind: 'status', status: 429, times });
      return `429×${times} ${api}`;
    }
    case '5xx-burst': {
      const status = rnd.pick([500, 502, 503, 504]);
      const times = rnd.int(1, 4);
      s.injectFault({ api, kind: 'status', status, times });
      return `${status}×${times} ${api}`;
    }
    case 'drop': {
      const times = rnd.int(1, 2);
      s.injectFault({ api, kind: 'drop', times });
      return `drop×${times} ${api}`;
    }
    case 'drop-after-apply': {
      const target = rnd.next() < 0.7 ? rnd.pick(MUTATIONS) : api;
      s.injectFault({ api: target, kind: 'drop-after-apply' });
      return `drop-after-apply ${target}`;
    }
    case 'malformed': {
      const times = rnd.int(1, 3);
      s.injectFault({ api, kind: 'malformed', times });
      return `malformed×${times} ${api}`;
    }
    case 'timeout': {
      // the server answers only after the client gave up (it still applies a mutation, late)
      const target = rnd.next() < 0.5 ? rnd.pick(MUTATIONS) : api;
      s.injectFault({ api: target, kind: 'latency', latencyMs: CLIENT_TIMEOUT_MS + LATE_MS - 50 });
      return `timeout ${target}`;
    }
    case 'expire-tokens':
      s.expireTokens();
      return 'tokens expired';
    case 'clock': {
      // within Naver's 5-minute tolerance, either way
      const ms = rnd.pick([-1, 1]) * rnd.int(30, 240) * 1000;
      s.setClockOffset(ms);
      return `clock ${Math.round(ms / 1000)} s`;
    }
    case 'shop-down':
      return 'shop down';
    case 'none':
      return 'no fault';
  }
}

async function localWith(run: Run, status: string) {
  return run.world.db.orders.where('[accountId+status]').equals([run.world.accountId, status]).toArray();
}

/** One seller action through the same entry the background uses; a refusal must be Korean and write nothing. */
async function act(run: Run, kind: Intent['kind'], payload: Record<string, unknown>, items: Intent['items']) {
  const before = await run.world.db.outbox.count();
  try {
    const record = await submitAction(run.world.deps, kind, payload);
    run.intents.push({ id: record.id, kind, items });
    return record;
  } catch (e) {
    const p = toErrorPayload(e);
    expect(p.message, `refusal of ${kind} must be Korean`).toMatch(KOREAN);
    expect(await run.world.db.outbox.count(), 'a refused action writes nothing').toBe(before);
    return undefined;
  }
}

async function step(run: Run, what: Step, n: number): Promise<string> {
  const { rnd, world } = run;
  const s = world.commerce.scenario;
  const rid = () => `m${run.seed}_${n}_${rnd.digits(8)}`;
  switch (what) {
    case 'buyers': {
      const count = rnd.int(1, 3);
      for (let i = 0; i < count; i++)
        s.addPaidOrder({ sellerAccountId: A, items: Array.from({ length: rnd.int(1, 3) }, () => ({})) });
      const payed = s.listProductOrders(A).filter((p) => p.productOrderStatus === 'PAYED' && !p.claimType);
      if (payed.length && rnd.next() < 0.4) s.buyerCancelRequest(rnd.pick(payed).productOrderId);
      const delivering = s.listProductOrders(A).filter((p) => p.productOrderStatus === 'DELIVERING');
      if (delivering.length && rnd.next() < 0.5) s.completeDelivery(rnd.pick(delivering).productOrderId);
      return `buyers +${count}`;
    }
    case 'sync': {
      const [r] = await runSync(world.deps);
      if (r?.error) expect(r.error.message, 'a failed collection says why in Korean').toMatch(KOREAN);
      return `sync ${r?.error ? `✗ ${r.error.kind}` : `✓ ${r?.created}+${r?.updated}`}`;
    }
    case 'confirm': {
      const rows = await localWith(run, 'PAYMENT_CONFIRMING');
      if (rows.length === 0) return 'confirm: nothing to confirm';
      const orderIds = [...new Set(rows.map((r) => r.orderId))].slice(0, rnd.int(1, 4));
      const items = rows
        .filter((r) => orderIds.includes(r.orderId))
        .map((r) => ({ productOrderId: r.productOrderId }));
      const rec = await act(
        run,
        'confirm',
        { requestId: rid(), accountId: world.accountId, orderIds },
        items,
      );
      return `confirm ${items.length} → ${rec?.items.map((i) => i.state).join(',') ?? 'refused'}`;
    }
    case 'dispatch': {
      const rows = await localWith(run, 'PREPARING');
      if (rows.length === 0) return 'dispatch: nothing to ship';
      const take = rows.slice(0, rnd.next() < 0.3 ? 35 : rnd.int(1, 5));
      const items = take.map((r) => ({
        productOrderId: r.productOrderId,
        courierCode: rnd.pick(COURIERS),
        trackingNumber: `98${String(run.seed).padStart(2, '0')}${String(++run.tracking).padStart(7, '0')}`,
      }));
      const rec = await act(run, 'dispatch', { requestId: rid(), accountId: world.accountId, items }, items);
      return `dispatch ${items.length} → ${rec?.status ?? 'refused'}`;
    }
    case 'cancel': {
      const rows = await localWith(run, 'PAYMENT_CONFIRMING');
      if (rows.length === 0) return 'cancel: nothing to cancel';
      const row = rnd.pick(rows);
      const reason = rnd.pick(['SOLD_OUT', 'DELAYED_DELIVERY', 'PRODUCT_UNSATISFIED'] as const);
      const rec = await act(
        run,
        'cancel',
        {
          requestId: rid(),
          accountId: world.accountId,
          productOrderId: row.productOrderId,
          reason,
          detail: '재고가 부족합니다.',
        },
        [{ productOrderId: row.productOrderId, reason }],
      );
      return `cancel → ${rec?.items[0]?.state ?? 'refused'}`;
    }
    case 'alarm':
      await makeDue(world);
      await drainOutbox(world.deps);
      return 'alarm: drain';
    case 'double-click': {
      const last = run.intents.at(-1);
      if (!last) return 'double-click: nothing yet';
      const record = (await world.db.outbox.get(last.id))!;
      const sends = world.commerce.requests.length;
      const payload =
        last.kind === 'dispatch'
          ? { requestId: last.id, accountId: world.accountId, items: last.items }
          : last.kind === 'cancel'
            ? {
                requestId: last.id,
                accountId: world.accountId,
                productOrderId: last.items[0]!.productOrderId,
                reason: 'SOLD_OUT',
              }
            : {
                requestId: last.id,
                accountId: world.accountId,
                productOrderIds: last.items.map((i) => i.productOrderId),
              };
      const again = await submitAction(world.deps, last.kind, payload);
      expect(again.id).toBe(record.id);
      expect(await world.db.outbox.where('id').equals(last.id).count()).toBe(1);
      // the second click may drain what was due anyway, but never sends this action's settled items again
      const resent = world.commerce.requests
        .slice(sends)
        .filter((r) =>
          r.productOrderIds?.some((id) =>
            record.items.some((i) => i.productOrderId === id && i.state === 'done'),
          ),
        )
        .filter((r) => r.api !== 'orders.query');
      expect(resent, 'a double click re-sent settled items').toEqual([]);
      return `double-click ${last.kind}`;
    }
  }
}

async function runSeed(seed: number, mode: 'OWN_APP' | 'AGENCY', steps: number): Promise<Run> {
  world = await startWorld({ mode });
  const run: Run = {
    world,
    rnd: new Random(seed),
    intents: [],
    base: baseline(world),
    seed,
    tracking: 0,
    log: [],
  };
  let shopDownFor = 0;
  // the first collection, clean: the seller starts from a linked account with its orders
  await runSync(world.deps);
  for (let n = 1; n <= steps; n++) {
    const faults = [run.rnd.pick(FAULTS), ...(run.rnd.next() < 0.35 ? [run.rnd.pick(FAULTS)] : [])];
    const armed = faults.map((f) => armFault(run, f));
    if (faults.includes('shop-down')) {
      await world.stopShop();
      shopDownFor = run.rnd.int(1, 2);
    }
    const did: string[] = [];
    for (let k = 0, count = run.rnd.int(1, 2); k < count; k++)
      did.push(await step(run, run.rnd.pick(STEPS), n));
    run.log.push(`${n}. [${armed.join('; ')}] ${did.join(' | ')}`);
    await expectSafe(world, run.intents, run.base, `seed ${seed} step ${n}\n${run.log.join('\n')}`);
    if (shopDownFor > 0 && --shopDownFor === 0) await world.startShop();
  }
  await settle(world);
  await expectSettled(world, run.intents, run.base, `seed ${seed} settled\n${run.log.join('\n')}`);
  return run;
}

describe('fault matrix: sync and order actions under seeded faults', () => {
  for (const [seed, mode] of [
    [11, 'OWN_APP'],
    [12, 'OWN_APP'],
    [13, 'OWN_APP'],
    [14, 'OWN_APP'],
    [21, 'AGENCY'],
    [22, 'AGENCY'],
    [23, 'AGENCY'],
    [24, 'AGENCY'],
  ] as const) {
    it(`seed ${seed} (${mode === 'OWN_APP' ? 'own application' : 'agency relay'}): nothing lost, nothing doubled`, async () => {
      const run = await runSeed(seed, mode, 14);
      expect(run.intents.length, 'the run issued actions').toBeGreaterThan(0);
    }, 60_000);
  }
});
