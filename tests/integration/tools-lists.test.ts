import { afterEach, describe, expect, it } from 'vitest';
import { cleanCell } from '../../lib/bulk/cells';
import { parseDelimited } from '../../lib/bulk/delimited';
import { kstDate, kstDayRange } from '../../lib/export/format';
import { ordersToCsv } from '../../lib/export/orders-csv';
import { runSync } from '../../lib/orders/runner';
import { smartStoreOrderUrl } from '../../lib/overlay/labels';
import { deadlineOf } from '../../lib/tools/deadline';
import { createToolsHandlers } from '../../lib/tools/messages';
import { formatKst } from '../sandbox/commerce/clock';
import { COMMERCE_SEED } from '../sandbox/commerce/seed';
import { type OrdersWorld, ordersWorld } from './orders-harness';

/** The read side of 주문 도구 against the emulators: export, claims, dispatch deadlines, sync history. */

const A = COMMERCE_SEED.sellers.A.accountId;
const DAY = 86_400_000;
let world: OrdersWorld;

afterEach(async () => {
  await world?.close();
});

describe('주문 도구 lists', () => {
  it('exports the filtered order list; the CSV keeps every number', async () => {
    world = await ordersWorld();
    await runSync(world.deps);
    const tools = createToolsHandlers(world.deps);
    const all = await tools['tools.orders']({}, {});
    const paid = world.commerce.scenario
      .listProductOrders(A)
      .filter((p) => p.productOrderStatus !== 'PAYMENT_WAITING');
    expect(all.total).toBe(paid.length);
    expect(all.rows.map((r) => r.paidAt)).toEqual([...all.rows.map((r) => r.paidAt)].sort((a, b) => b - a));
    expect(all.rows[0]).toMatchObject({ accountId: world.accountId, accountAlias: '하늘리빙' });

    const preparing = await tools['tools.orders']({ statuses: ['PREPARING'] }, {});
    expect(preparing.rows.length).toBeGreaterThan(0);
    expect(preparing.rows.every((r) => r.status === 'PREPARING')).toBe(true);

    const now = Date.now();
    const today = await tools['tools.orders']({ ...kstDayRange(kstDate(now - DAY), kstDate(now)) }, {});
    expect(today.rows.length).toBeGreaterThan(0);
    expect(today.rows.length).toBeLessThan(all.rows.length);
    expect(today.rows.every((r) => r.paidAt >= kstDayRange(kstDate(now - DAY), '').paidFrom!)).toBe(true);

    const limited = await tools['tools.orders']({ limit: 5 }, {});
    expect(limited).toMatchObject({ total: all.total, truncated: true });
    expect(limited.rows).toHaveLength(5);

    expect((await tools['tools.orders']({ accountId: 'nobody' }, {})).rows).toEqual([]);

    const csv = ordersToCsv(preparing.rows);
    const back = parseDelimited(csv.slice(1)).records.map((r) => r.cells.map(cleanCell));
    expect(back.slice(1).map((r) => r[0])).toEqual(preparing.rows.map((r) => r.productOrderId));
    expect(back.slice(1).map((r) => r[7])).toEqual(preparing.rows.map((r) => r.zipCode));
  });

  it('lists open and recent claims with Korean reasons, each with its seller-center link', async () => {
    world = await ordersWorld();
    await runSync(world.deps);
    const claims = await createToolsHandlers(world.deps)['tools.claims']({}, {});
    const statuses = claims.rows.map((r) => r.status);
    expect(statuses).toContain('RETURN_REQUESTED');
    expect(statuses).toContain('EXCHANGE_REQUESTED');
    expect(statuses).toContain('CANCEL_REQUESTED');
    expect(statuses).toContain('CANCELED');
    expect(claims.open).toBe(statuses.filter((s) => s.endsWith('_REQUESTED')).length);
    // open first
    expect(statuses.slice(0, claims.open).every((s) => s.endsWith('_REQUESTED'))).toBe(true);
    const ret = claims.rows.find((r) => r.status === 'RETURN_REQUESTED')!;
    expect(ret).toMatchObject({ claimType: 'RETURN', claimReason: 'BROKEN', accountAlias: '하늘리빙' });
    expect(ret.claimRequestedAt).toBeGreaterThan(0);
    expect(smartStoreOrderUrl(ret.productOrderId)).toBe(
      `https://sell.smartstore.naver.com/o/v3/manage/order/detail?productOrderNo=${ret.productOrderId}`,
    );
  });

  it('finds items past or within 24 h of their dispatch deadline', async () => {
    world = await ordersWorld();
    const now = Date.now();
    const late = world.commerce.scenario.addPaidOrder({
      sellerAccountId: A,
      paymentDate: formatKst(now - 5 * DAY),
    });
    const soon = world.commerce.scenario.addPaidOrder({
      sellerAccountId: A,
      paymentDate: formatKst(now - 3 * DAY),
    });
    await runSync(world.deps);
    const list = await createToolsHandlers(world.deps)['tools.deadlines']({}, {});
    const byId = new Map(list.rows.map((r) => [r.productOrderId, r]));
    const l = byId.get(late.productOrderIds[0]!)!;
    const s = byId.get(soon.productOrderIds[0]!)!;
    expect(deadlineOf(l, list.now)).toMatchObject({ tone: 'overdue', label: '발송 기한 지남' });
    expect(deadlineOf(s, list.now)).toMatchObject({ tone: 'soon', label: '발송 기한 임박' });
    expect(list.overdue).toBeGreaterThanOrEqual(1);
    expect(list.rows[0]!.shippingDueAt!).toBeLessThanOrEqual(list.rows.at(-1)!.shippingDueAt!);
    expect(list.rows.every((r) => r.status === 'PAYMENT_CONFIRMING' || r.status === 'PREPARING')).toBe(true);
  });

  it('keeps a readable sync history per account, with Naver’s trace ID on a failure', async () => {
    world = await ordersWorld();
    await runSync(world.deps);
    world.commerce.scenario.injectFault({
      api: 'orders.lastChangedStatuses',
      kind: 'status',
      status: 500,
      times: 10,
    });
    await runSync(world.deps);
    world.commerce.scenario.clearFaults();
    const history = await createToolsHandlers(world.deps)['tools.syncLog']({}, {});
    expect(history).toHaveLength(1);
    const [failed, first] = history[0]!.entries;
    expect(history[0]).toMatchObject({ accountId: world.accountId, accountAlias: '하늘리빙' });
    expect(first).toMatchObject({ ok: true, kind: 'sync' });
    expect(first!.created).toBeGreaterThan(0);
    expect(failed).toMatchObject({ ok: false });
    expect(failed!.message).toMatch(/[가-힣]/);
    expect(failed!.traceId).toBeTruthy();
    expect(failed!.at).toBeGreaterThanOrEqual(first!.at);
  });
});
