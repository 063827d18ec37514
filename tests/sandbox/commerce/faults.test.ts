import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CommerceEmulator, startCommerceEmulator } from './server';
import { api, http, requestToken, SELLER_A, type Session, session } from './test-client';

let emu: CommerceEmulator;
let s: Session;

const CONFIRM = '/v1/pay-order/seller/product-orders/confirm';

beforeAll(async () => {
  emu = await startCommerceEmulator();
});
afterAll(async () => {
  await emu.close();
});
beforeEach(async () => {
  emu.scenario.reset();
  s = await session(emu);
});

const paidId = () => emu.scenario.addPaidOrder({ sellerAccountId: SELLER_A }).productOrderIds[0] as string;

describe('injected faults', () => {
  it('status: answers without handling, with a gateway body or the given one', async () => {
    const id = paidId();
    emu.scenario.injectFault({ api: 'orders.confirm', kind: 'status', status: 503 });
    const res = await api(emu, s, 'POST', CONFIRM, { productOrderIds: [id] });
    expect(res.status).toBe(503);
    expect(res.json).toMatchObject({ code: 'GW.BLOCK.01', traceId: res.headers.get('GNCP-GW-Trace-ID') });
    expect(emu.scenario.getProductOrder(id)?.placeOrderStatus).toBe('NOT_YET');
    expect(emu.requests.at(-1)).toMatchObject({ api: 'orders.confirm', status: 503, fault: 'status' });

    emu.scenario.injectFault({
      api: 'token',
      kind: 'status',
      status: 500,
      body: { code: 'X', message: 'boom' },
    });
    const token = await requestToken(emu);
    expect(token.status).toBe(500);
    expect(token.json).toEqual({ code: 'X', message: 'boom' });

    // Consumed: the next call is handled normally.
    expect((await api(emu, s, 'POST', CONFIRM, { productOrderIds: [id] })).status).toBe(200);
    expect(emu.scenario.getProductOrder(id)?.placeOrderStatus).toBe('OK');
  });

  it('latency: delays, then handles normally', async () => {
    emu.scenario.injectFault({ api: 'seller.account', kind: 'latency', latencyMs: 250 });
    const t0 = performance.now();
    const res = await api(emu, s, 'GET', '/v1/seller/account');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(240);
    expect(res.status).toBe(200);
  });

  it('drop: the connection closes before handling; nothing changes', async () => {
    const id = paidId();
    emu.scenario.injectFault({ method: 'POST', pathContains: '/product-orders/confirm', kind: 'drop' });
    await expect(api(emu, s, 'POST', CONFIRM, { productOrderIds: [id] })).rejects.toThrow();
    expect(emu.scenario.getProductOrder(id)?.placeOrderStatus).toBe('NOT_YET');
    expect(emu.requests.at(-1)).toMatchObject({ status: 0, fault: 'drop' });
  });

  it('drop-after-apply: the change happens, the answer never arrives', async () => {
    const id = paidId();
    emu.scenario.injectFault({ api: 'orders.dispatch', kind: 'drop-after-apply' });
    const call = api(emu, s, 'POST', '/v1/pay-order/seller/product-orders/dispatch', {
      dispatchProductOrders: [
        {
          productOrderId: id,
          deliveryMethod: 'DELIVERY',
          deliveryCompanyCode: 'CJGLS',
          trackingNumber: '901234567890',
          dispatchDate: '2026-11-27T10:00:00.000+09:00',
        },
      ],
    });
    await expect(call).rejects.toThrow();
    expect(emu.scenario.getProductOrder(id)?.productOrderStatus).toBe('DELIVERING');
    expect(emu.requests.at(-1)).toMatchObject({
      api: 'orders.dispatch',
      fault: 'drop-after-apply',
      productOrderIds: [id],
    });
  });

  it('malformed: 200 with truncated JSON, after handling', async () => {
    const id = paidId();
    emu.scenario.injectFault({ api: 'orders.confirm', kind: 'malformed' });
    const res = await api(emu, s, 'POST', CONFIRM, { productOrderIds: [id] });
    expect(res.status).toBe(200);
    expect(res.json).toBeUndefined();
    expect(() => JSON.parse(res.text)).toThrow();
    expect(res.text.length).toBeGreaterThan(0);
    expect(emu.scenario.getProductOrder(id)?.placeOrderStatus).toBe('OK');
  });

  it('times, matching and clearFaults', async () => {
    emu.scenario.injectFault({ api: 'seller.channels', kind: 'status', status: 504, times: 2 });
    emu.scenario.injectFault({ api: 'seller.account', kind: 'status', status: 502 });
    expect((await api(emu, s, 'GET', '/v1/seller/channels')).status).toBe(504);
    expect((await api(emu, s, 'GET', '/v1/seller/channels')).status).toBe(504);
    expect((await api(emu, s, 'GET', '/v1/seller/channels')).status).toBe(200);
    emu.scenario.clearFaults();
    expect((await api(emu, s, 'GET', '/v1/seller/account')).status).toBe(200);
  });

  it('can be injected over HTTP', async () => {
    const inject = await http(`${emu.url}/__scenario/injectFault`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ api: 'seller.account', kind: 'status', status: 429 }),
    });
    expect(inject.status).toBe(200);
    const res = await api(emu, s, 'GET', '/v1/seller/account');
    expect(res.status).toBe(429);
    expect(res.json.code).toBe('GW.RATE_LIMIT');
  });
});
