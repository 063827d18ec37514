import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMERCE_SEED, OWN_APP_LINK_A } from '../sandbox/commerce/seed';
import { SHOP_SEED } from '../sandbox/shop/seed';
import { dumpDb, type Flow, startFlow } from './flow';

/**
 * 연동 해제 leaves no byte of that account on our side: every table (secrets included) is searched for the
 * account's id, its API seller ID and its store slug, and the token cache for its access token. The other
 * account keeps all of its data.
 */

const A = COMMERCE_SEED.sellers.A;
const B = COMMERCE_SEED.sellers.B;
let flow: Flow;
let a: { id: string; alias: string };
let b: { id: string };

beforeAll(async () => {
  flow = await startFlow();
  const send = async (type: string, payload: unknown) => {
    const r = await flow.send(type, payload);
    if (!r.ok) throw new Error(`${type}: ${r.error.message}`);
    return r.data as { id: string; alias: string };
  };
  await send('settings.update', { commerceApiOrigin: flow.commerce.url, shopBackendUrl: flow.shop.url });
  await send('shop.connect', { shopBackendUrl: flow.shop.url, shopKey: SHOP_SEED.key });
  a = await send('accounts.link', OWN_APP_LINK_A);
  b = await send('accounts.link', {
    mode: 'AGENCY',
    alias: '바다커피',
    storeSlug: B.storeSlug,
    apiSellerId: B.accountId,
  });
  await flow.sync();
  // give A rows in every table it can own: actions (one still waiting), presets, jobs, product links
  const order = flow.commerce.scenario.addPaidOrder({ sellerAccountId: A.accountId, items: [{}, {}] });
  await flow.sync();
  await send('orders.confirm', {
    requestId: 'unlink_confirm_1',
    accountId: a.id,
    productOrderIds: [order.productOrderIds[0]],
  });
  flow.commerce.scenario.injectFault({ api: 'orders.confirm', kind: 'status', status: 429, times: 20 });
  await send('orders.confirm', {
    requestId: 'unlink_confirm_2',
    accountId: a.id,
    productOrderIds: [order.productOrderIds[1]],
  });
  flow.commerce.scenario.clearFaults();
  const t = Date.now();
  for (const id of [a.id, b.id]) {
    await flow.db.presets.put({
      id: `preset-${id}`,
      accountId: id,
      name: '기본',
      isDefault: true,
      fields: {},
      updatedAt: t,
    });
    await flow.db.jobs.put({
      id: `job-${id}`,
      accountId: id,
      kind: 'export',
      status: 'done',
      createdAt: t,
      updatedAt: t,
      state: {},
    });
    await flow.db.productLinks.put({
      accountId: id,
      shopProductId: `p-${id}`,
      originProductNo: 1,
      syncedAt: t,
    });
  }
}, 60_000);

afterAll(async () => {
  await flow?.close();
});

describe('연동 해제', () => {
  it('refuses without the alias typed exactly, and deletes nothing', async () => {
    const before = await dumpDb(flow.db);
    const reply = await flow.send('accounts.unlink', { accountId: a.id, confirmAlias: '하늘' });
    expect(reply).toMatchObject({ ok: false, error: { kind: 'confirm-mismatch' } });
    expect((reply as { error: { message: string } }).error.message).toContain('계정 별칭을 정확히 입력');
    expect(await dumpDb(flow.db)).toEqual(before);
  });

  it('leaves no trace of the account: not its id, API seller ID, slug, secret or token', async () => {
    const [tokenKey] = flow.tokens.keys();
    expect(tokenKey, 'the own application had a token before unlinking').toBeDefined();
    const token = (await flow.tokens.get(tokenKey!))!.accessToken;
    const reply = await flow.send('accounts.unlink', { accountId: a.id, confirmAlias: '하늘리빙' });
    expect(reply).toMatchObject({ ok: true, data: { alias: '하늘리빙' } });
    const tables = await dumpDb(flow.db);
    const traces: string[] = [];
    for (const [table, text] of Object.entries(tables)) {
      for (const [what, needle] of Object.entries({
        'account id': `"${a.id}"`,
        'API seller ID': A.accountId,
        'store slug': A.storeSlug,
        'application secret': COMMERCE_SEED.selfApp.clientSecret,
        'application ID': COMMERCE_SEED.selfApp.clientId,
        'access token': token,
      })) {
        if (text.includes(needle)) traces.push(`${what} in ${table}`);
      }
    }
    expect(traces).toEqual([]);
    const cached = await Promise.all(
      flow.tokens.keys().map(async (k) => [k, (await flow.tokens.get(k))?.accessToken]),
    );
    expect(
      cached.filter(([k, v]) => k?.includes(COMMERCE_SEED.selfApp.clientId) || v === token),
      'the unlinked account’s access token is still cached (chrome.storage.session in the extension)',
    ).toEqual([]);
  });

  it('keeps the other account whole and never calls SmartStore to delete anything', async () => {
    expect(await flow.db.accounts.get(b.id)).toBeDefined();
    expect(await flow.db.orders.where('accountId').equals(b.id).count()).toBeGreaterThan(0);
    for (const table of ['presets', 'jobs', 'productLinks'] as const) {
      expect(await flow.db.table(table).where('accountId').equals(b.id).count(), table).toBe(1);
    }
    expect(await flow.db.cursors.get(b.id)).toBeDefined();
    const writes = flow.commerce.requests.filter((r) => r.method === 'DELETE');
    expect(writes).toEqual([]);
  });
});
