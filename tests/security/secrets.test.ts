import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ordersToCsv } from '../../lib/export/orders-csv';
import type { OrderView } from '../../lib/orders/order-view';
import { lookupOrders } from '../../lib/orders/queries';
import { COMMERCE_SEED, OWN_APP_LINK_A } from '../sandbox/commerce/seed';
import { SHOP_SEED } from '../sandbox/shop/seed';
import { dumpDb, type Flow, occurrences, startFlow } from './flow';

/**
 * Secrets (the shop key, an own application's secret, access tokens) never reach a reply, the console, an
 * error message, a table a page could read, what a content script is told, or an export file. A whole flow
 * runs through the background's real router and handlers, failures included, and everything it said and
 * kept is searched for the secret values.
 */

const A = COMMERCE_SEED.sellers.A;
const B = COMMERCE_SEED.sellers.B;
let flow: Flow;
let ids: { a: string; b: string };

function secrets(): Record<string, string> {
  return {
    'shop key': SHOP_SEED.key,
    'own application secret': COMMERCE_SEED.selfApp.clientSecret,
    // the secret is the bcrypt salt: its distinctive part must not show either
    'own application secret (body)': COMMERCE_SEED.selfApp.clientSecret.slice(7),
    'agency application secret': COMMERCE_SEED.agencyApp.clientSecret,
    ...Object.fromEntries(flow.tokens.issued.map((t, i) => [`access token #${i + 1}`, t])),
  };
}

async function ok<T = unknown>(type: string, payload?: unknown): Promise<T> {
  const reply = await flow.send(type, payload);
  if (!reply.ok) throw new Error(`${type}: ${reply.error.message}`);
  return reply.data as T;
}

beforeAll(async () => {
  flow = await startFlow();
  const { commerce, shop } = flow;
  await ok('settings.update', { commerceApiOrigin: commerce.url, shopBackendUrl: shop.url });
  // failures first: a wrong shop key, a wrong own-app secret, a wrong seller ID
  expect(
    (await flow.send('shop.connect', { shopBackendUrl: shop.url, shopKey: `${SHOP_SEED.key}x` })).ok,
  ).toBe(false);
  await ok('shop.connect', { shopBackendUrl: shop.url, shopKey: SHOP_SEED.key });
  const badSecret = await flow.send('accounts.link', {
    mode: 'OWN_APP',
    alias: '하늘리빙',
    storeSlug: A.storeSlug,
    apiSellerId: A.accountId,
    clientId: COMMERCE_SEED.selfApp.clientId,
    clientSecret: '$2a$04$AAAAAAAAAAAAAAAAAAAAAA',
  });
  expect(badSecret.ok).toBe(false);
  const a = await ok<{ id: string }>('accounts.link', OWN_APP_LINK_A);
  expect(
    (
      await flow.send('accounts.link', {
        mode: 'AGENCY',
        alias: '바다',
        storeSlug: B.storeSlug,
        apiSellerId: 'ncp_nobody_00',
      })
    ).ok,
  ).toBe(false);
  const b = await ok<{ id: string }>('accounts.link', {
    mode: 'AGENCY',
    alias: '바다커피',
    storeSlug: B.storeSlug,
    apiSellerId: B.accountId,
  });
  ids = { a: a.id, b: b.id };
  await flow.sync();

  // actions, one of them refused by SmartStore (a tracking number another order uses)
  const s = commerce.scenario;
  const order = s.addPaidOrder({ sellerAccountId: A.accountId, items: [{}, {}] });
  const other = s.addPaidOrder({ sellerAccountId: A.accountId });
  await flow.sync();
  await ok('orders.confirm', {
    requestId: 'sec_confirm_1',
    accountId: ids.a,
    orderIds: [order.orderId, other.orderId],
  });
  const used = s.listProductOrders(A.accountId).find((p) => p.delivery?.trackingNumber)!;
  await ok('orders.dispatch', {
    requestId: 'sec_dispatch_1',
    accountId: ids.a,
    items: [
      { productOrderId: order.productOrderIds[0], courierCode: 'CJGLS', trackingNumber: '612345678901' },
      {
        productOrderId: other.productOrderIds[0],
        courierCode: 'CJGLS',
        trackingNumber: used.delivery!.trackingNumber,
      },
    ],
  });
  await ok('actions.get', { id: 'sec_dispatch_1' });
  const cancelTarget = s.addPaidOrder({ sellerAccountId: B.accountId });
  await flow.sync();
  await ok('orders.cancel', {
    requestId: 'sec_cancel_1',
    accountId: ids.b,
    productOrderId: cancelTarget.productOrderIds[0],
    reason: 'SOLD_OUT',
    detail: '품절',
  });
  // bad input, refused
  expect(
    (
      await flow.send('orders.dispatch', {
        requestId: 'sec_bad_1',
        accountId: ids.a,
        items: [{ productOrderId: order.productOrderIds[1], courierCode: 'NOPE', trackingNumber: '1' }],
      })
    ).ok,
  ).toBe(false);
  // failures on the way: a truncated body, a token SmartStore no longer accepts, the clock far off, the shop down
  s.injectFault({ api: 'orders.lastChangedStatuses', kind: 'malformed', times: 3 });
  await flow.sync();
  s.expireTokens();
  s.setClockOffset(7 * 60 * 1000);
  await flow.sync();
  await ok('orders.confirm', {
    requestId: 'sec_confirm_2',
    accountId: ids.a,
    orderIds: [s.addPaidOrder({ sellerAccountId: A.accountId }).orderId],
  }).catch(() => undefined);
  s.setClockOffset(0);
  await flow.shop.close();
  await flow.sync();
  await flow.send('accounts.unlinkPreview', { accountId: ids.b });
  // what the popup and options page ask for
  for (const type of ['popup.summary', 'accounts.list', 'shop.status', 'settings.get', 'orders.search']) {
    await flow.send(type, {});
  }
}, 60_000);

afterAll(async () => {
  await flow?.close();
});

describe('secrets stay in the background', () => {
  it('the flow did run: accounts linked, orders collected, actions sent, failures seen', async () => {
    expect(await flow.db.orders.count()).toBeGreaterThan(40);
    expect(await flow.db.outbox.count()).toBeGreaterThanOrEqual(3);
    expect(flow.tokens.issued.length).toBeGreaterThan(0);
    expect(flow.said.some((l) => l.includes('"ok":false'))).toBe(true);
    const text = flow.said.join('\n');
    expect(text, 'a dispatch refused by SmartStore').toContain('104121');
    expect(text, 'a token refused for the clock').toContain('시계가 네이버 서버와');
    expect(text, 'the shop backend unreachable').toContain('식스샵 프로 서버에 연결할 수 없습니다');
    expect(text, 'a truncated body').toContain('예상하지 못한 응답');
  });

  it('no reply, console line, log line or error message carries a secret', () => {
    const said = Object.fromEntries(flow.said.map((line, i) => [`message #${i + 1}`, line]));
    expect(occurrences(said, secrets())).toEqual([]);
  });

  it('no table but `secrets` holds a secret (pages of the extension read these)', async () => {
    expect(occurrences(await dumpDb(flow.db, ['secrets']), secrets())).toEqual([]);
  });

  it('the shop key and own-app secret are in `secrets` only, and tokens are not written to IndexedDB at all', async () => {
    const all = await dumpDb(flow.db);
    const tokens = Object.fromEntries(flow.tokens.issued.map((t, i) => [`token ${i}`, t]));
    expect(occurrences(all, tokens)).toEqual([]);
    expect(all.secrets).toContain(SHOP_SEED.key);
  });

  it('a content script is told about the numbers it names and nothing more: no secret, no buyer details', async () => {
    const rows = await flow.db.orders.limit(5).toArray();
    const named = rows.map((r) => r.productOrderId);
    const briefs = await lookupOrders(flow.db, { productOrderIds: named, orderIds: [] });
    expect(briefs.map((b) => b.productOrderId).sort()).toEqual([...named].sort());
    const text = JSON.stringify(briefs);
    expect(occurrences({ briefs: text }, secrets())).toEqual([]);
    for (const field of [
      'buyerName',
      'buyerPhone',
      'receiverName',
      'receiverPhone',
      'address',
      'zipCode',
      'shopMarketAccountId',
      'apiSellerId',
    ]) {
      expect(text, field).not.toContain(`"${field}"`);
    }
    // nothing for numbers it does not name, prefixes, wildcards or empty lists
    for (const q of [[], [''], ['2026'], ['*'], ['%'], [named[0]!.slice(0, -1)]]) {
      expect(await lookupOrders(flow.db, { productOrderIds: q, orderIds: q }), JSON.stringify(q)).toEqual([]);
    }
  });

  it('an order export (CSV) carries order data only, never a secret', async () => {
    const rows = await flow.db.orders.toArray();
    const csv = ordersToCsv(rows.map((r) => ({ ...(r.data as OrderView), accountAlias: 'x' })));
    expect(csv.split('\n').length).toBeGreaterThan(rows.length);
    expect(occurrences({ csv }, secrets())).toEqual([]);
  });
});
