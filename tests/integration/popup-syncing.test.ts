import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWN_APP_LINK_A } from '../sandbox/commerce/seed';
import { SHOP_SEED } from '../sandbox/shop/seed';
import { type Flow, startFlow } from '../security/flow';

let flow: Flow;
let accountId: string;

async function send<T>(type: string, payload: unknown = {}): Promise<T> {
  const r = await flow.send(type, payload);
  if (!r.ok) throw new Error(`${type}: ${r.error.message}`);
  return r.data as T;
}

const syncingNow = async () =>
  (await send<{ accounts: Array<{ accountId: string; syncing: boolean }> }>('popup.summary')).accounts.find(
    (a) => a.accountId === accountId,
  )?.syncing;

async function until(what: string, check: () => Promise<boolean>, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  flow = await startFlow();
  await send('settings.update', { commerceApiOrigin: flow.commerce.url, shopBackendUrl: flow.shop.url });
  await send('shop.connect', { shopBackendUrl: flow.shop.url, shopKey: SHOP_SEED.key });
  ({ id: accountId } = await send<{ id: string }>('accounts.link', OWN_APP_LINK_A));
  await flow.sync();
});

afterAll(() => flow?.close());

describe('the popup while orders are being collected', () => {
  it('shows the account as syncing exactly while its collection runs', async () => {
    expect(await syncingNow()).toBe(false);
    // a slow SmartStore today: the collection takes a while
    flow.commerce.scenario.injectFault({
      api: 'orders.lastChangedStatuses',
      kind: 'latency',
      latencyMs: 400,
    });
    await send('sync.now', { accountId });
    await until('the account shows as syncing', async () => (await syncingNow()) === true, 1_000);
    await until('the account no longer shows as syncing', async () => (await syncingNow()) === false);
  });
});
