import { afterEach, describe, expect, it } from 'vitest';
import { readBulkFile } from '../../lib/bulk/read';
import { bulkResults } from '../../lib/bulk/results';
import type { BulkPreview } from '../../lib/bulk/types';
import { viewOf } from '../../lib/orders/order-store';
import { runSync, submitAction } from '../../lib/orders/runner';
import { createToolsHandlers } from '../../lib/tools/messages';
import { COMMERCE_SEED } from '../sandbox/commerce/seed';
import { cp949 } from '../unit/bulk/encodings';
import { type OrdersWorld, ordersWorld } from './orders-harness';

/**
 * 대량 배송 처리 against the emulated SmartStore: a seller's sheet of mixed rows → the preview's reasons → the
 * ready rows dispatched in one action → SmartStore shows them 배송 중 with the right tracking numbers, and the
 * wrong rows are untouched.
 */

const A = COMMERCE_SEED.sellers.A.accountId;
let world: OrdersWorld;
let seq = 0;
const rid = () => `bulk_${Date.now()}_${++seq}`;

afterEach(async () => {
  await world?.close();
});

const calls = (api: string) => world.commerce.requests.filter((r) => r.api === api);
const po = (id: string) => world.commerce.scenario.getProductOrder(id)!;

async function paidOrder(items = 1) {
  return world.commerce.scenario.addPaidOrder({
    sellerAccountId: A,
    items: Array.from({ length: items }, () => ({ quantity: 1 })),
  });
}

async function confirm(productOrderIds: string[]) {
  const r = await submitAction(world.deps, 'confirm', {
    requestId: rid(),
    accountId: world.accountId,
    productOrderIds,
  });
  expect(r.items.every((i) => i.state === 'done')).toBe(true);
}

function sheetRows(bytes: Uint8Array) {
  const sheet = readBulkFile(bytes);
  if (!sheet.ok) throw new Error(sheet.message);
  return sheet.rows;
}

const reasons = (p: BulkPreview) =>
  Object.fromEntries(
    p.rows.map((r) => [r.line, r.ready ? 'ready' : r.problems.map((x) => x.code).join('+')]),
  );

describe('대량 배송 처리 against the emulators', () => {
  it('previews a mixed CP949 sheet, sends only the ready rows in one action, and SmartStore ships exactly those', async () => {
    world = await ordersWorld();
    const bundle = await paidOrder(2); // two items, one box
    const single = await paidOrder(1);
    const usedElsewhere = await paidOrder(1); // Naver refuses: its tracking number belongs to another order
    const sci = await paidOrder(1);
    const zero = await paidOrder(1);
    const dupA = await paidOrder(1);
    const dupB = await paidOrder(1);
    const unconfirmed = await paidOrder(1);
    await runSync(world.deps);
    const [b1, b2] = bundle.productOrderIds as [string, string];
    const s1 = single.productOrderIds[0]!;
    const u1 = usedElsewhere.productOrderIds[0]!;
    const x1 = sci.productOrderIds[0]!;
    const z1 = zero.productOrderIds[0]!;
    const d1 = dupA.productOrderIds[0]!;
    const d2 = dupB.productOrderIds[0]!;
    const n1 = unconfirmed.productOrderIds[0]!;
    await confirm([b1, b2, s1, u1, x1, z1, d1, d2]);
    const shipped = (await world.db.orders
      .where('[accountId+status]')
      .equals([world.accountId, 'SHIPPING'])
      .first())!;
    const usedTracking = viewOf(shipped).trackingNumber!;

    // Korean Excel's "CSV (쉼표로 분리)": CP949, CRLF, extra columns, Korean carrier names
    const file = cp949(
      [
        '상품주문번호,수취인명,택배사,송장번호', // 1
        `${b1},김하늘,CJ대한통운,601234500011`, // 2 ready (bundle)
        `${b2},김하늘,대한통운,601234500011`, // 3 ready (bundle)
        `${s1},이바다,롯데,401234500022`, // 4 ready
        `${u1},박구름,CJGLS,${usedTracking}`, // 5 ready here; Naver refuses
        `${x1},최들,CJ대한통운,6.01235E+11`, // 6 scientific notation
        `${z1},정별,로젠,1234567890`, // 7 Logen has 11 digits: a lost 0
        `${d1},한솔,한진,598700000033`, // 8 same tracking, other order
        `${d2},한결,한진,598700000033`, // 9
        `${n1},오늘,우체국,6865012345678`, // 10 not confirmed yet
        '2026010199999901,누구,CJGLS,601234500044', // 11 not an order of ours
        `${s1},이바다,롯데,401234500022`, // 12 repeats line 4
        `${s1.slice(0, 4)},이바다,번개택배,1`, // 13 wrong everything
      ].join('\r\n'),
    );
    const rows = sheetRows(file);
    const tools = createToolsHandlers(world.deps);
    const before = world.commerce.requests.length;
    const preview = await tools['tools.bulkPreview']({ rows }, {});
    expect(world.commerce.requests.length).toBe(before); // the preview sends nothing
    expect(reasons(preview)).toEqual({
      2: 'ready',
      3: 'ready',
      4: 'ready',
      5: 'ready',
      6: 'tracking-scientific',
      7: 'tracking-leading-zero',
      8: 'duplicate-tracking',
      9: 'duplicate-tracking',
      10: 'not-preparing',
      11: 'unknown-order',
      12: 'duplicate-row',
      13: 'unknown-order+unknown-carrier+tracking-length',
    });
    expect(preview.rows.find((r) => r.line === 2)?.bundle).toBe(true);
    expect(preview.readyCount).toBe(4);
    expect(preview.accounts).toEqual([{ accountId: world.accountId, accountAlias: '하늘리빙', ready: 4 }]);

    const dispatchBefore = calls('orders.dispatch').length;
    const requestId = rid();
    const reply = await tools['tools.bulkDispatch']({ requestId, rows }, {});
    expect(reply.actions).toHaveLength(1);
    expect(calls('orders.dispatch').length - dispatchBefore).toBe(1); // 4 items: one call
    const results = bulkResults(reply.preview, reply.actions);
    const outcome = Object.fromEntries(results.map((r) => [r.line, r.outcome]));
    expect(outcome).toEqual({
      2: 'done',
      3: 'done',
      4: 'done',
      5: 'failed',
      6: 'not-sent',
      7: 'not-sent',
      8: 'not-sent',
      9: 'not-sent',
      10: 'not-sent',
      11: 'not-sent',
      12: 'not-sent',
      13: 'not-sent',
    });
    const failed = results.find((r) => r.line === 5)!;
    expect(failed.code).toBe('104121');
    expect(failed.outcomeMessage).toContain('이미 다른 주문에 사용된 운송장 번호');

    // SmartStore: the ready rows are 배송 중 with their carrier and number; the wrong rows are untouched
    for (const [id, company, tracking] of [
      [b1, 'CJGLS', '601234500011'],
      [b2, 'CJGLS', '601234500011'],
      [s1, 'HYUNDAI', '401234500022'],
    ] as const) {
      expect(po(id).productOrderStatus).toBe('DELIVERING');
      expect(po(id).delivery).toMatchObject({ deliveryCompany: company, trackingNumber: tracking });
      expect((await world.db.orders.get([world.accountId, id]))?.status).toBe('SHIPPING');
    }
    for (const id of [u1, x1, z1, d1, d2]) {
      expect(po(id).productOrderStatus).toBe('PAYED');
      expect(po(id).placeOrderStatus).toBe('OK');
      expect(po(id).delivery).toBeUndefined();
    }
    expect(po(n1)).toMatchObject({ productOrderStatus: 'PAYED', placeOrderStatus: 'NOT_YET' });

    // the same click again: the same action, nothing sent twice
    const again = await tools['tools.bulkDispatch']({ requestId, rows }, {});
    expect(again.actions.map((a) => a.id)).toEqual(reply.actions.map((a) => a.id));
    expect(calls('orders.dispatch').length - dispatchBefore).toBe(1);
    expect(bulkResults(again.preview, again.actions).filter((r) => r.outcome === 'done')).toHaveLength(3);

    // the fixed sheet goes out as a new upload; what was done is now refused as already shipped
    const fixed = new TextEncoder().encode(
      `상품주문번호\t택배사\t송장번호\n${x1}\tCJ대한통운\t601234500055\n${z1}\t로젠\t01234567890\n${s1}\t롯데\t401234500022\n`,
    );
    const second = await tools['tools.bulkDispatch']({ requestId: rid(), rows: sheetRows(fixed) }, {});
    expect(bulkResults(second.preview, second.actions).map((r) => [r.line, r.outcome])).toEqual([
      [2, 'done'],
      [3, 'done'],
      [4, 'not-sent'],
    ]);
    expect(second.preview.rows[2]?.problems[0]?.code).toBe('already-shipped');
    expect(po(z1).delivery?.trackingNumber).toBe('01234567890');
  });

  it('sends 65 rows as one action the outbox splits into 3 calls of at most 30', async () => {
    world = await ordersWorld();
    const created = world.commerce.scenario.addOrders({
      sellerAccountId: A,
      count: 65,
      productOrdersPerOrder: 1,
    });
    await runSync(world.deps);
    await confirm(created.productOrderIds);
    const text = [
      '상품주문번호,택배사,송장번호',
      ...created.productOrderIds.map((id, i) => `${id},CJ대한통운,${String(700000000000 + i * 7)}`),
    ].join('\r\n');
    const rows = sheetRows(new TextEncoder().encode(text));
    const before = calls('orders.dispatch').length;
    const reply = await createToolsHandlers(world.deps)['tools.bulkDispatch']({ requestId: rid(), rows }, {});
    expect(reply.actions).toHaveLength(1);
    expect(reply.actions[0]?.items).toHaveLength(65);
    expect(reply.actions[0]?.items.every((i) => i.state === 'done')).toBe(true);
    expect(calls('orders.dispatch').length - before).toBe(3);
    expect(po(created.productOrderIds[64]!).delivery?.trackingNumber).toBe(String(700000000000 + 64 * 7));
  });

  it('refuses a payload that is not rows, in Korean, and sends nothing', async () => {
    world = await ordersWorld();
    const tools = createToolsHandlers(world.deps);
    await expect(tools['tools.bulkDispatch']({ requestId: 'x', rows: [] }, {})).rejects.toThrow();
    await expect(tools['tools.bulkPreview']({ rows: [] }, {})).rejects.toThrow();
    expect(calls('orders.dispatch')).toHaveLength(0);
  });
});
