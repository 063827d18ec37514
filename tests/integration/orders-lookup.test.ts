import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../lib/i18n';
import { lookupOrders } from '../../lib/orders/queries';
import { runSync } from '../../lib/orders/runner';
import { courierByCode } from '../../lib/smartstore/codes';
import { createToolsHandlers } from '../../lib/tools/messages';
import { type OrdersWorld, ordersWorld } from './orders-harness';

/** `orders.lookup` against the emulators: what the order overlay learns about the numbers a page shows. */

let world: OrdersWorld;

afterEach(async () => {
  setLocale('ko');
  await world?.close();
});

describe('looking up a page’s order numbers', () => {
  it('answers a claim with its state and reason in the seller’s words, in the browser’s language', async () => {
    world = await ordersWorld();
    await runSync(world.deps);
    const tools = createToolsHandlers(world.deps);
    const ret = (await tools['tools.claims']({}, {})).rows.find((r) => r.status === 'RETURN_REQUESTED')!;
    const paid = (await tools['tools.orders']({}, {})).rows.find((r) => r.status === 'PAYMENT_CONFIRMING')!;
    const ask = { productOrderIds: [ret.productOrderId], orderIds: [] };
    const [ko] = await lookupOrders(world.deps.db, ask);
    expect(ko).toMatchObject({ productOrderId: ret.productOrderId, claimReason: 'BROKEN' });
    expect(ko!.claimText).toBe('반품 요청 · 상품 파손');
    setLocale('en');
    const [en] = await lookupOrders(world.deps.db, ask);
    expect(en!.claimText).toBe('Return request · Damaged product');
    const [plain] = await lookupOrders(world.deps.db, {
      productOrderIds: [paid.productOrderId],
      orderIds: [],
    });
    expect(plain).toMatchObject({ productOrderId: paid.productOrderId, status: 'PAYMENT_CONFIRMING' });
    expect(plain!.claimText).toBeUndefined();
  });

  it('answers an item in transit with its courier’s name in the browser’s language', async () => {
    world = await ordersWorld();
    await runSync(world.deps);
    const rows = (await createToolsHandlers(world.deps)['tools.orders']({}, {})).rows;
    const shipped = rows.find((r) => r.status === 'SHIPPING' && r.courierCode)!;
    const ask = { productOrderIds: [shipped.productOrderId], orderIds: [] };
    const [ko] = await lookupOrders(world.deps.db, ask);
    expect(ko!.courierCode).toBe(shipped.courierCode);
    expect(ko!.courierName).toBe(courierByCode(shipped.courierCode!)!.name);
    setLocale('en');
    const [en] = await lookupOrders(world.deps.db, ask);
    expect(en!.courierName).toBe(courierByCode(shipped.courierCode!)!.nameEn);
  });
});
