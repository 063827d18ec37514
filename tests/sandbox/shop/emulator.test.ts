import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXED_AFTER_LINKING, type MarketAccount, type SalesPreset } from '../../../lib/sixshop/schemas';
import {
  accountInput,
  linkInput,
  marketOrder,
  presetFields,
  productInput,
} from '../../unit/sixshop/fixtures';
import { SHOP_SEED } from './seed';
import { type ShopEmulator, type ShopEmulatorOptions, startShopEmulator } from './server';

const AGENCY = { clientId: 'agency-app', clientSecret: '$2a$04$abcdefghijklmnopqrstuu' };
const BASE: ShopEmulatorOptions = { commerceBaseUrl: 'http://127.0.0.1:9', agency: AGENCY };

interface Answer {
  status: number;
  json: Record<string, unknown> & {
    error?: { code: string; message: string; fields?: { path: string; message: string }[] };
  };
}

async function api(
  emu: ShopEmulator,
  method: string,
  path: string,
  body?: unknown,
  key: string = SHOP_SEED.key,
): Promise<Answer> {
  const res = await fetch(`${emu.url}/api/v1${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${key}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: res.status, json: (await res.json()) as Answer['json'] };
}

async function link(emu: ShopEmulator, n: number, key?: string): Promise<MarketAccount> {
  const res = await api(emu, 'POST', '/market-accounts', accountInput(n), key);
  expect(res.status).toBe(201);
  return res.json as unknown as MarketAccount;
}

describe('shop emulator: persistence', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'shop-emu-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps data across a restart and points seeded images at the new address', async () => {
    const dataFile = join(dir, 'nested', 'shop.json');
    const first = await startShopEmulator({ ...BASE, dataFile });
    const account = await link(first, 1);
    expect(
      (await api(first, 'PUT', `/market-accounts/${account.id}/orders`, { orders: [marketOrder(1)] })).status,
    ).toBe(200);
    const created = await api(first, 'POST', '/products', productInput());
    const preset = await api(first, 'POST', `/market-accounts/${account.id}/sales-presets`, {
      name: '기본',
      fields: presetFields(),
    });
    expect(preset.status).toBe(201);
    const firstUrl = first.url;
    await first.close();

    expect(existsSync(dataFile)).toBe(true);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['shop.json']);

    const second = await startShopEmulator({ ...BASE, dataFile, port: 0 });
    try {
      expect(second.url).not.toBe(firstUrl);
      const accounts = await api(second, 'GET', '/market-accounts');
      expect(accounts.json.items).toEqual([account]);
      const orders = await api(second, 'GET', `/market-accounts/${account.id}/orders`);
      expect(orders.json.items).toEqual([marketOrder(1)]);
      const presets = await api(second, 'GET', `/market-accounts/${account.id}/sales-presets`);
      expect(presets.json.items).toEqual([preset.json]);
      const products = await api(second, 'GET', '/products?size=100');
      expect(products.json.total).toBe(21);
      const seeded = (products.json.items as { id: string; images: string[] }[]).find(
        (p) => p.id === '1001',
      )!;
      expect(seeded.images[0]).toBe(`${second.url}/images/1.png`);
      expect((await fetch(seeded.images[0]!)).status).toBe(200);
      const next = await api(second, 'POST', '/products', productInput({ name: '재시작 후 상품' }));
      expect(next.json.id).not.toBe(created.json.id);
    } finally {
      await second.close();
    }
  });

  it('refuses to start on a damaged data file instead of losing it', async () => {
    const dataFile = join(dir, 'shop.json');
    writeFileSync(dataFile, '{"version":1,"shops":');
    await expect(startShopEmulator({ ...BASE, dataFile })).rejects.toThrow(/데이터 파일/);
  });
});

describe('shop emulator: contract rules', () => {
  let emu: ShopEmulator;
  beforeEach(async () => {
    emu = await startShopEmulator({
      ...BASE,
      shops: [
        { key: SHOP_SEED.key, shopId: SHOP_SEED.shopId, shopName: SHOP_SEED.shopName },
        { key: 'sxp_other_shop_key_0002', shopId: 'shop_other', shopName: '다른 상점' },
      ],
    });
  });
  afterEach(() => emu.close());

  it('rejects a missing or unknown key without echoing it', async () => {
    const res = await fetch(`${emu.url}/api/v1/shop`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as Answer['json']).error?.code).toBe('SHOP_KEY_REJECTED');
    const wrong = await api(emu, 'GET', '/shop', undefined, 'sxp_guess_123456');
    expect(wrong.status).toBe(401);
    expect(JSON.stringify(wrong.json)).not.toContain('sxp_guess_123456');
    expect(JSON.stringify(emu.requests)).not.toContain(SHOP_SEED.key);
    expect(emu.requests.at(-1)).toMatchObject({ method: 'GET', path: '/api/v1/shop', status: 401 });
  });

  it('keeps each shop to its own data', async () => {
    await link(emu, 1);
    const other = await api(emu, 'GET', '/market-accounts', undefined, 'sxp_other_shop_key_0002');
    expect(other.json.items).toEqual([]);
    expect((await api(emu, 'GET', '/shop', undefined, 'sxp_other_shop_key_0002')).json.shopName).toBe(
      '다른 상점',
    );
  });

  it('upserts orders idempotently and counts what changed', async () => {
    const account = await link(emu, 1);
    const path = `/market-accounts/${account.id}/orders`;
    const orders = [marketOrder(1), marketOrder(2), marketOrder(3)];
    expect((await api(emu, 'PUT', path, { orders })).json).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect((await api(emu, 'PUT', path, { orders })).json).toEqual({ created: 0, updated: 0, unchanged: 3 });

    const shipped = marketOrder(2, {
      status: 'SHIPPING',
      courierCode: 'CJGLS',
      trackingNumber: '123456789012',
      updatedAt: '2025-03-02T10:00:00.000+09:00',
    });
    const stale = marketOrder(3, { status: 'CANCELED', updatedAt: '2025-02-28T10:00:00.000+09:00' });
    expect((await api(emu, 'PUT', path, { orders: [marketOrder(4), shipped, stale] })).json).toEqual({
      created: 1,
      updated: 1,
      unchanged: 1,
    });
    const all = (await api(emu, 'GET', `${path}?size=10`)).json.items as {
      productOrderId: string;
      status: string;
    }[];
    expect(all).toHaveLength(4);
    expect(all.find((o) => o.productOrderId === shipped.productOrderId)?.status).toBe('SHIPPING');
    expect(all.find((o) => o.productOrderId === stale.productOrderId)?.status).toBe('PAYMENT_CONFIRMING');

    const dup = await api(emu, 'PUT', path, { orders: [marketOrder(5), marketOrder(5)] });
    expect(dup.status).toBe(400);
    expect(dup.json.error?.fields).toEqual([
      { path: 'orders.1.productOrderId', message: expect.any(String) },
    ]);
    const tooMany = await api(emu, 'PUT', path, {
      orders: Array.from({ length: 301 }, (_, i) => marketOrder(i + 10)),
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.error?.fields?.[0]?.path).toBe('orders');
    expect((await api(emu, 'GET', `/market-accounts/${account.id}/summary`)).json.marketOrders).toBe(4);
  });

  it('unlinks one account: only its links, orders and presets go, and the summary said so', async () => {
    const a = await link(emu, 1);
    const b = await link(emu, 2);
    for (const [account, base] of [
      [a, 1],
      [b, 100],
    ] as const) {
      await api(emu, 'PUT', `/market-accounts/${account.id}/orders`, {
        orders: [marketOrder(base), marketOrder(base + 1)],
      });
      await api(
        emu,
        'PUT',
        `/market-accounts/${account.id}/product-links/1001`,
        linkInput({ originProductNo: base, channelProductNo: base }),
      );
      await api(emu, 'POST', `/market-accounts/${account.id}/sales-presets`, {
        name: '기본',
        fields: presetFields(),
      });
    }
    await api(
      emu,
      'PUT',
      `/market-accounts/${a.id}/product-links/1002`,
      linkInput({ originProductNo: 5, channelProductNo: 5 }),
    );

    const summaryA = await api(emu, 'GET', `/market-accounts/${a.id}/summary`);
    expect(summaryA.json).toEqual({ productLinks: 2, marketOrders: 2, salesPresets: 1 });
    const before = emu.state().shops[SHOP_SEED.shopId]!;

    const unlinked = await api(emu, 'DELETE', `/market-accounts/${a.id}`);
    expect(unlinked.json).toEqual({ deleted: summaryA.json });

    const after = emu.state().shops[SHOP_SEED.shopId]!;
    expect(after.marketAccounts).toEqual([b]);
    expect(after.productLinks[a.id]).toBeUndefined();
    expect(after.marketOrders[a.id]).toBeUndefined();
    expect(after.salesPresets[a.id]).toBeUndefined();
    expect(after.productLinks[b.id]).toEqual(before.productLinks[b.id]);
    expect(after.marketOrders[b.id]).toEqual(before.marketOrders[b.id]);
    expect(after.salesPresets[b.id]).toEqual(before.salesPresets[b.id]);
    expect(after.products).toEqual(before.products);
    expect((await api(emu, 'GET', `/market-accounts/${a.id}/summary`)).status).toBe(404);
    expect((await api(emu, 'GET', `/market-accounts/${b.id}/summary`)).json).toEqual({
      productLinks: 1,
      marketOrders: 2,
      salesPresets: 1,
    });
  });

  it('renames the alias and refuses to change the IDs after linking', async () => {
    const account = await link(emu, 1);
    const renamed = await api(emu, 'PATCH', `/market-accounts/${account.id}`, { alias: '  강남점 ' });
    expect(renamed.json).toEqual({ ...account, alias: '강남점' });

    for (const field of ['storeSlug', 'apiSellerId'] as const) {
      const refused = await api(emu, 'PATCH', `/market-accounts/${account.id}`, {
        alias: '다른 이름',
        [field]: 'changed',
      });
      expect(refused.status).toBe(400);
      expect(refused.json.error?.code).toBe('VALIDATION_FAILED');
      expect(refused.json.error?.fields).toEqual([{ path: field, message: FIXED_AFTER_LINKING[field] }]);
    }
    const noAlias = await api(emu, 'PATCH', `/market-accounts/${account.id}`, {});
    expect(noAlias.json.error?.fields).toEqual([{ path: 'alias', message: '계정 별칭을 입력해 주세요.' }]);
    expect((await api(emu, 'GET', '/market-accounts')).json.items).toEqual([{ ...account, alias: '강남점' }]);
  });

  it('refuses a second link of the same seller or store (409)', async () => {
    const first = await link(emu, 1);
    const sameSeller = await api(
      emu,
      'POST',
      '/market-accounts',
      accountInput(1, { storeSlug: 'new-slug', alias: '둘째' }),
    );
    expect(sameSeller.status).toBe(409);
    expect(sameSeller.json.error?.code).toBe('CONFLICT');
    expect(sameSeller.json.error?.message).toContain(first.alias);
    const sameSlug = await api(
      emu,
      'POST',
      '/market-accounts',
      accountInput(2, { storeSlug: 'SANDBOX-STORE-1' }),
    );
    expect(sameSlug.status).toBe(409);
    const elsewhere = await api(emu, 'POST', '/market-accounts', accountInput(1), 'sxp_other_shop_key_0002');
    expect(elsewhere.status).toBe(409);
    expect((await api(emu, 'GET', '/market-accounts')).json.items).toHaveLength(1);
  });

  it('keeps at most one default preset per account and unique names', async () => {
    const account = await link(emu, 1);
    const other = await link(emu, 2);
    const path = `/market-accounts/${account.id}/sales-presets`;
    const a = (await api(emu, 'POST', path, { name: 'A', isDefault: true, fields: presetFields() }))
      .json as unknown as SalesPreset;
    await api(emu, 'POST', `/market-accounts/${other.id}/sales-presets`, {
      name: 'A',
      isDefault: true,
      fields: presetFields(),
    });
    const b = (await api(emu, 'POST', path, { name: 'B', isDefault: true, fields: presetFields() }))
      .json as unknown as SalesPreset;
    const defaults = async (accountId: string) =>
      ((await api(emu, 'GET', `/market-accounts/${accountId}/sales-presets`)).json.items as SalesPreset[])
        .filter((p) => p.isDefault)
        .map((p) => p.name);
    expect(await defaults(account.id)).toEqual(['B']);
    await api(emu, 'PUT', `${path}/${a.id}`, { name: 'A', isDefault: true, fields: presetFields() });
    expect(await defaults(account.id)).toEqual(['A']);
    expect(await defaults(other.id)).toEqual(['A']);

    const clash = await api(emu, 'PUT', `${path}/${b.id}`, {
      name: 'A',
      isDefault: false,
      fields: presetFields(),
    });
    expect(clash.status).toBe(409);
    const bad = await api(emu, 'POST', path, {
      name: 'C',
      fields: { ...presetFields(), origin: { code: '02' }, leafCategoryId: '' },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error?.fields?.map((f) => f.path).sort()).toEqual([
      'fields.leafCategoryId',
      'fields.origin.importer',
    ]);
    expect((await api(emu, 'DELETE', `${path}/nope`)).status).toBe(404);
  });

  it('replaces products with a new revision and refuses stale writes', async () => {
    const path = '/products/1004';
    const before = (await api(emu, 'GET', path)).json as {
      revision: number;
      options: { combinations: { id: string }[] };
    };
    const combos = before.options.combinations;
    const body = {
      ...productInput({ name: '오가닉 코튼 반팔 티셔츠 (리뉴얼)' }),
      options: {
        groupNames: ['색상'],
        combinations: [
          { id: combos[0]!.id, names: ['화이트'], addPrice: 0, stock: 5, usable: true },
          { names: ['네이비'], addPrice: 0, stock: 5, usable: true },
        ],
      },
      expectedRevision: before.revision,
    };
    const after = await api(emu, 'PUT', path, body);
    expect(after.status).toBe(200);
    expect(after.json.revision).toBe(before.revision + 1);
    const kept = (after.json.options as { combinations: { id: string }[] }).combinations;
    expect(kept[0]!.id).toBe(combos[0]!.id);
    expect(kept[1]!.id).not.toBe(combos[1]!.id);

    const stale = await api(emu, 'PUT', path, body);
    expect(stale.status).toBe(409);
    const unknownCombo = await api(emu, 'PUT', path, {
      ...body,
      expectedRevision: undefined,
      options: {
        groupNames: ['색상'],
        combinations: [{ id: 'c99999', names: ['x'], addPrice: 0, stock: 1, usable: true }],
      },
    });
    expect(unknownCombo.json.error?.fields?.[0]?.path).toBe('options.combinations.0.id');
  });

  it('checks product links against products and other links', async () => {
    const account = await link(emu, 1);
    const path = `/market-accounts/${account.id}/product-links`;
    expect((await api(emu, 'PUT', `${path}/999`, linkInput())).status).toBe(404);
    expect(
      (await api(emu, 'PUT', `${path}/1001`, linkInput({ shopRevision: 2 }))).json.error?.fields?.[0]?.path,
    ).toBe('shopRevision');
    expect((await api(emu, 'PUT', `${path}/1001`, linkInput())).status).toBe(201);
    expect((await api(emu, 'PUT', `${path}/1001`, linkInput({ lastDirection: 'IMPORT' }))).status).toBe(200);
    expect((await api(emu, 'PUT', `${path}/1002`, linkInput())).status).toBe(409);
    expect((await api(emu, 'DELETE', `${path}/1002`)).status).toBe(404);
    expect((await api(emu, 'GET', path)).json.items).toEqual([
      { shopProductId: '1001', ...linkInput({ lastDirection: 'IMPORT' }) },
    ]);
  });

  it('answers unknown paths, wrong methods and broken JSON in the error shape', async () => {
    expect((await api(emu, 'GET', '/nothing-here')).json.error?.code).toBe('NOT_FOUND');
    expect((await api(emu, 'PATCH', '/products')).status).toBe(404);
    const broken = await api(emu, 'POST', '/market-accounts', '{"alias":');
    expect(broken.status).toBe(400);
    expect(broken.json.error?.code).toBe('VALIDATION_FAILED');
    const state = (await (await fetch(`${emu.url}/__admin/state`)).json()) as {
      shops: Record<string, unknown>;
    };
    expect(Object.keys(state.shops).sort()).toEqual([SHOP_SEED.shopId, 'shop_other'].sort());
  });

  it('serves real PNG bytes for product images', async () => {
    const res = await fetch(`${emu.url}/images/3.png`);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString('ascii')).toBe('IDAT');
    expect(inflateSync(png.subarray(41, 41 + idatLength)).length).toBe((width * 3 + 1) * height);
    const other = Buffer.from(await (await fetch(`${emu.url}/images/4.png`)).arrayBuffer());
    expect(other.equals(png)).toBe(false);
    expect((await fetch(`${emu.url}/images/0.png`)).status).toBe(404);
  });
});
