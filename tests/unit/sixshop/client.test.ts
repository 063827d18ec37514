import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createShopClient, relayBaseUrl, shopAuthHeaders } from '../../../lib/sixshop/client';
import { ShopBackendError } from '../../../lib/sixshop/errors';
import { SHOP_SEED } from '../../sandbox/shop/seed';
import { type ShopEmulator, startShopEmulator } from '../../sandbox/shop/server';
import { accountInput, linkInput, marketOrder, presetFields, productInput } from './fixtures';

const AGENCY = { clientId: 'agency-app', clientSecret: '$2a$04$abcdefghijklmnopqrstuu' };

async function caught(promise: Promise<unknown>): Promise<ShopBackendError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ShopBackendError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('shop client against the emulator', () => {
  let emu: ShopEmulator;
  beforeAll(async () => {
    emu = await startShopEmulator({ commerceBaseUrl: 'http://127.0.0.1:9', agency: AGENCY });
  });
  afterAll(() => emu.close());

  const client = () => createShopClient({ baseUrl: emu.url, shopKey: SHOP_SEED.key });

  it('reads the shop the key belongs to', async () => {
    const shop = await client().getShop();
    expect(shop).toEqual({
      shopId: SHOP_SEED.shopId,
      shopName: SHOP_SEED.shopName,
      adminUrl: expect.stringMatching(/^https:\/\//),
    });
  });

  it('trims a pasted key and builds the relay base and headers', async () => {
    const c = createShopClient({ baseUrl: `${emu.url}/`, shopKey: `  ${SHOP_SEED.key}\n` });
    expect((await c.getShop()).shopId).toBe(SHOP_SEED.shopId);
    expect(c.relayBaseUrl('ncp_a/b')).toBe(`${emu.url}/api/v1/relay/smartstore/ncp_a%2Fb`);
    expect(relayBaseUrl(`${emu.url}/`, 'seller')).toBe(`${emu.url}/api/v1/relay/smartstore/seller`);
    expect(shopAuthHeaders(` ${SHOP_SEED.key}\n`)).toEqual({ Authorization: `Bearer ${SHOP_SEED.key}` });
  });

  it('links, renames, summarises and unlinks a market account', async () => {
    const c = client();
    const created = await c.createMarketAccount(accountInput(1, { storeSlug: 'Sandbox-Store-1' }));
    expect(created).toMatchObject({ market: 'SMARTSTORE', alias: '스토어 1', storeSlug: 'sandbox-store-1' });
    expect(await c.listMarketAccounts()).toEqual([created]);

    const renamed = await c.renameMarketAccount(created.id, '본점');
    expect(renamed).toEqual({ ...created, alias: '본점' });

    expect(await c.getMarketAccountSummary(created.id)).toEqual({
      productLinks: 0,
      marketOrders: 0,
      salesPresets: 0,
    });
    await c.upsertMarketOrders(created.id, [marketOrder(1)]);
    expect(await c.getMarketAccountSummary(created.id)).toEqual({
      productLinks: 0,
      marketOrders: 1,
      salesPresets: 0,
    });

    expect(await c.unlinkMarketAccount(created.id)).toEqual({
      deleted: { productLinks: 0, marketOrders: 1, salesPresets: 0 },
    });
    expect(await c.listMarketAccounts()).toEqual([]);
  });

  it('lists, searches, reads, creates and replaces products', async () => {
    const c = client();
    const page = await c.listProducts({ page: 1, size: 5 });
    expect(page.items).toHaveLength(5);
    expect(page.total).toBe(20);
    expect(page.items[0]!.images[0]).toMatch(new RegExp(`^${emu.url}/images/\\d+\\.png$`));

    const found = await c.listProducts({ q: '텀블러' });
    expect(found.items.map((p) => p.name)).toEqual(['스테인리스 진공 텀블러']);
    expect(found.items[0]!.options?.groupNames).toEqual(['용량', '색상']);

    const created = await c.createProduct(
      productInput({
        options: {
          groupNames: ['색상'],
          combinations: [
            { names: ['아이보리'], addPrice: 0, stock: 4, usable: true },
            { names: ['차콜'], addPrice: 1000, stock: 6, usable: true },
          ],
        },
      }),
    );
    expect(created.revision).toBe(1);
    expect(created.options?.combinations.every((x) => x.id.length > 0)).toBe(true);
    expect(await c.getProduct(created.id)).toEqual(created);

    const replaced = await c.replaceProduct(created.id, {
      ...productInput({ price: 21000, stock: 3 }),
      expectedRevision: 1,
    });
    expect(replaced).toMatchObject({
      id: created.id,
      price: 21000,
      stock: 3,
      revision: 2,
      createdAt: created.createdAt,
    });
    expect(replaced.options).toBeUndefined();
  });

  it('puts, lists and deletes product links', async () => {
    const c = client();
    const account = await c.createMarketAccount(accountInput(2));
    const link = await c.putProductLink(
      account.id,
      '1001',
      linkInput({ smartstoreModifiedAt: '2025-03-02T09:00:00.000+09:00' }),
    );
    expect(link).toMatchObject({ shopProductId: '1001', originProductNo: 9000000001 });
    expect(await c.listProductLinks(account.id)).toEqual([link]);
    expect(await c.deleteProductLink(account.id, '1001')).toEqual({ deleted: true });
    expect(await c.listProductLinks(account.id)).toEqual([]);
  });

  it('upserts market orders in batches of 300 and pages through them', async () => {
    const c = client();
    const account = await c.createMarketAccount(accountInput(3));
    const orders = Array.from({ length: 301 }, (_, i) => marketOrder(i + 1));
    const before = emu.requests.length;
    expect(await c.upsertMarketOrders(account.id, orders)).toEqual({
      created: 301,
      updated: 0,
      unchanged: 0,
    });
    const puts = emu.requests.slice(before).filter((r) => r.method === 'PUT' && r.path.endsWith('/orders'));
    expect(puts).toHaveLength(2);

    const again = await c.upsertMarketOrders(account.id, [
      marketOrder(1),
      marketOrder(2, { status: 'PREPARING', updatedAt: '2025-03-02T09:00:00.000+09:00' }),
    ]);
    expect(again).toEqual({ created: 0, updated: 1, unchanged: 1 });

    const preparing = await c.listMarketOrders(account.id, { status: 'PREPARING' });
    expect(preparing.total).toBe(1);
    expect(preparing.items[0]!.productOrderId).toBe(marketOrder(2).productOrderId);
    const second = await c.listMarketOrders(account.id, { page: 2, size: 100 });
    expect(second).toMatchObject({ page: 2, size: 100, total: 301 });
    expect(second.items).toHaveLength(100);
  });

  it('creates, replaces, lists and deletes sales presets', async () => {
    const c = client();
    const account = await c.createMarketAccount(accountInput(4));
    const first = await c.createSalesPreset(account.id, {
      name: '기본 택배',
      isDefault: true,
      fields: presetFields(),
    });
    const second = await c.createSalesPreset(account.id, { name: '제주 포함', fields: presetFields() });
    expect(second.isDefault).toBe(false);
    const replaced = await c.replaceSalesPreset(account.id, second.id, {
      name: '제주 포함',
      isDefault: true,
      fields: presetFields({ taxType: 'DUTYFREE' }),
    });
    expect(replaced.fields.taxType).toBe('DUTYFREE');
    const listed = await c.listSalesPresets(account.id);
    expect(listed.find((p) => p.id === first.id)?.isDefault).toBe(false);
    expect(listed.find((p) => p.id === second.id)?.isDefault).toBe(true);
    expect(await c.deleteSalesPreset(account.id, first.id)).toEqual({ deleted: true });
    expect((await c.listSalesPresets(account.id)).map((p) => p.id)).toEqual([second.id]);
  });

  it('turns a rejected key into a typed error that never shows the key', async () => {
    const wrongKey = 'sxp_live_wrong_key_5d2e9f';
    const error = await caught(createShopClient({ baseUrl: emu.url, shopKey: wrongKey }).getShop());
    expect(error.kind).toBe('key-rejected');
    expect(error.status).toBe(401);
    expect(error.code).toBe('SHOP_KEY_REJECTED');
    expect(error.userMessage).toBe(
      '식스샵 프로 API 키가 올바르지 않습니다. 식스샵 프로 관리자에서 키를 다시 복사해 입력해 주세요.',
    );
    for (const text of [error.message, String(error.stack), JSON.stringify(error), String(error)]) {
      expect(text).not.toContain(wrongKey);
    }
  });

  it('redacts the key when a backend echoes it back', async () => {
    const key = 'sxp_live_echoed_key_77aa';
    const echo: typeof fetch = async () =>
      new Response(JSON.stringify({ error: { code: 'SHOP_KEY_REJECTED', message: `unknown key ${key}` } }), {
        status: 401,
        headers: { 'content-type': 'application/json' },
      });
    const error = await caught(
      createShopClient({ baseUrl: 'http://shop.test', shopKey: key, fetch: echo }).getShop(),
    );
    expect(error.serverMessage).toBe('unknown key ***');
    expect(JSON.stringify(error) + String(error.stack)).not.toContain(key);
  });

  it('surfaces validation errors per field', async () => {
    const c = client();
    const error = await caught(
      c.createMarketAccount({ ...accountInput(5), alias: '', storeSlug: 'bad slug!', apiSellerId: '' }),
    );
    expect(error.kind).toBe('validation');
    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields.map((f) => f.path).sort()).toEqual(['alias', 'apiSellerId', 'storeSlug']);
    expect(error.fieldMessage('alias')).toBe('계정 별칭을 입력해 주세요.');
    expect(error.userMessage).toMatch(/^입력값을 확인해 주세요: .+ 외 2건$/);

    const account = await c.createMarketAccount(accountInput(6));
    const bad = {
      ...presetFields(),
      delivery: { ...presetFields().delivery, deliveryCompany: 'NOPE', baseFee: -1 },
    };
    const presetError = await caught(c.createSalesPreset(account.id, { name: 'x', fields: bad }));
    expect(presetError.fields.map((f) => f.path).sort()).toEqual([
      'fields.delivery.baseFee',
      'fields.delivery.deliveryCompany',
    ]);
    expect(presetError.fieldMessage('fields.delivery.baseFee')).toBe('금액은 0원 이상이어야 합니다.');
  });

  it('reports conflicts and missing things with their kinds', async () => {
    const c = client();
    await c.createMarketAccount(accountInput(7));
    const dup = await caught(c.createMarketAccount(accountInput(7, { storeSlug: 'another-slug' })));
    expect(dup).toMatchObject({ kind: 'conflict', status: 409, code: 'CONFLICT' });
    expect(dup.userMessage).toContain('이미');
    const missing = await caught(c.getProduct('999999'));
    expect(missing).toMatchObject({ kind: 'not-found', status: 404, code: 'NOT_FOUND' });
  });

  it('turns a body that breaks the schema into bad-response', async () => {
    const tamper: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      const body = (await res.json()) as Record<string, unknown>;
      delete body.shopName;
      return new Response(JSON.stringify(body), { status: res.status, headers: res.headers });
    };
    const error = await caught(
      createShopClient({ baseUrl: emu.url, shopKey: SHOP_SEED.key, fetch: tamper }).getShop(),
    );
    expect(error).toMatchObject({ kind: 'bad-response', status: 200 });

    const notJson: typeof fetch = async () => new Response('<html>maintenance</html>', { status: 200 });
    const html = await caught(
      createShopClient({ baseUrl: emu.url, shopKey: SHOP_SEED.key, fetch: notJson }).getShop(),
    );
    expect(html.kind).toBe('bad-response');
  });
});

describe('shop client when the backend is away', () => {
  it('says unreachable when nothing listens', async () => {
    const emu = await startShopEmulator({
      commerceBaseUrl: 'http://127.0.0.1:9',
      agency: AGENCY,
      seed: false,
    });
    const url = emu.url;
    await emu.close();
    const error = await caught(
      createShopClient({ baseUrl: url, shopKey: SHOP_SEED.key, retryDelayMs: 0 }).getShop(),
    );
    expect(error.kind).toBe('unreachable');
    expect(error.status).toBeUndefined();
    expect(error.userMessage).toContain('연결할 수 없습니다');
  });

  it('retries a read once on a failed connection or 502/503/504, never a write', async () => {
    let calls = 0;
    const down: typeof fetch = async () => {
      calls++;
      throw new TypeError('fetch failed');
    };
    const c = createShopClient({
      baseUrl: 'http://shop.test',
      shopKey: 'k-123456',
      fetch: down,
      retryDelayMs: 0,
    });
    expect((await caught(c.listMarketAccounts())).kind).toBe('unreachable');
    expect(calls).toBe(2);
    calls = 0;
    expect((await caught(c.createMarketAccount(accountInput(1)))).kind).toBe('unreachable');
    expect(calls).toBe(1);

    const statuses = [503, 200];
    const seen: string[] = [];
    const flaky: typeof fetch = async (_input, init) => {
      seen.push(String(init?.method));
      const status = statuses.shift() ?? 503;
      return status === 200
        ? new Response(JSON.stringify({ items: [] }), { status })
        : new Response(JSON.stringify({ error: { code: 'INTERNAL', message: 'busy' } }), { status });
    };
    const f = createShopClient({
      baseUrl: 'http://shop.test',
      shopKey: 'k-123456',
      fetch: flaky,
      retryDelayMs: 0,
    });
    expect(await f.listMarketAccounts()).toEqual([]);
    expect(seen).toEqual(['GET', 'GET']);
    seen.length = 0;
    const writeError = await caught(f.renameMarketAccount('ma_1', '새 이름'));
    expect(writeError).toMatchObject({ kind: 'server', status: 503 });
    expect(seen).toEqual(['PATCH']);
  });

  it('gives up after the timeout without retrying', async () => {
    let calls = 0;
    const hang: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        calls++;
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    const c = createShopClient({
      baseUrl: 'http://shop.test',
      shopKey: 'k-123456',
      fetch: hang,
      timeoutMs: 50,
    });
    const error = await caught(c.getShop());
    expect(error).toMatchObject({ kind: 'unreachable', timedOut: true });
    expect(error.userMessage).toContain('20초');
    expect(calls).toBe(1);
  });
});
