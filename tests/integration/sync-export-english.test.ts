import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openLinkDb } from '../../lib/db/schema';
import { setLocale } from '../../lib/i18n';
import { syncAccount } from '../../lib/orders/sync';
import { fetchImageWith, ImageFetchError } from '../../lib/products/images';
import { startExport } from '../../lib/products/start';
import type { CommerceClient } from '../../lib/smartstore/client';
import { type ProductsWorld, productsWorld } from '../unit/products/world';

const HANGUL = /[\uAC00-\uD7A3]/;

beforeEach(() => setLocale('en'));
afterEach(() => setLocale('ko'));

async function fetchError(res: Response | Error): Promise<ImageFetchError> {
  const fetchImpl = async () => {
    if (res instanceof Error) throw res;
    return res;
  };
  const err = await fetchImageWith(fetchImpl as typeof fetch)('https://shop.example/images/a.png').catch(
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImageFetchError);
  return err as ImageFetchError;
}

describe('product image errors in English', () => {
  it('says an image could not be downloaded', async () => {
    const e = await fetchError(new TypeError('network'));
    expect(e.itemError.message).toBe(
      'Could not download a Sixshop Pro product image (https://shop.example/images/a.png). Check your internet connection and try again.',
    );
    expect(e.itemError.retryable).toBe(true);
  });

  it('says an image was not found, with the HTTP status', async () => {
    const e = await fetchError(new Response('gone', { status: 404 }));
    expect(e.itemError.message).toContain('Sixshop Pro product image not found');
    expect(e.itemError.message).toContain('HTTP 404');
    expect(e.itemError.message).not.toMatch(HANGUL);
  });

  it('names the formats SmartStore accepts', async () => {
    const e = await fetchError(new Response(new Uint8Array([1, 2, 3, 4]), { status: 200 }));
    expect(e.itemError).toMatchObject({ kind: 'image-format', retryable: false });
    expect(e.itemError.message).toContain('JPG, PNG, GIF and BMP');
    expect(e.itemError.message).not.toMatch(HANGUL);
  });
});

describe('order collection errors in English', () => {
  it('an unexpected failure reads in English', async () => {
    const db = openLinkDb(`sync-en-${Math.random()}`);
    try {
      const commerce = {
        changedStatusesPage: async () => {
          throw new Error('broken');
        },
      } as unknown as CommerceClient;
      const r = await syncAccount(
        {
          db,
          commerce,
          shop: { upsertMarketOrders: async () => ({ created: 0, updated: 0, unchanged: 0 }) },
          now: Date.now,
        },
        { id: 'acc-en', shopMarketAccountId: 'm-en' },
        { lookbackDays: 1 },
      );
      expect(r.error).toEqual({
        kind: 'internal',
        message: 'Something unexpected went wrong while collecting orders.',
      });
    } finally {
      await db.delete();
    }
  });
});

describe('export errors in English', () => {
  let world: ProductsWorld;
  beforeAll(async () => {
    world = await productsWorld();
    await world.defaultPreset();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('a product breaking the listing rules says how many fields, in English', async () => {
    const bad = await world.shopApi.createProduct({
      name: '가격이 10원 단위가 아닌 상품',
      price: 12345,
      stock: 3,
      detailHtml: '<p>설명</p>',
      images: [`${world.shop.url}/images/121.png`],
      status: 'ON_SALE',
    });
    const view = await startExport(world.deps, {
      accountId: world.accountId,
      requestId: crypto.randomUUID(),
      shopProductIds: [bad.id],
    });
    const item = (await world.waitJob(view.id)).state.items[0]!;
    expect(item.status).toBe('failed');
    expect(item.error!.message).toBe('1 field breaks SmartStore’s listing rules. Fix them and try again.');
  });

  it('a product missing from the shop says so in English', async () => {
    const view = await startExport(world.deps, {
      accountId: world.accountId,
      requestId: crypto.randomUUID(),
      shopProductIds: ['999999'],
    });
    const item = (await world.waitJob(view.id)).state.items[0]!;
    expect(item.status).toBe('failed');
    expect(item.error!.message).toBe('This product was not found in Sixshop Pro. It may have been deleted.');
    expect(item.error!.message).not.toMatch(HANGUL);
  });
});
