import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toErrorPayload } from '../../lib/messaging/errors';
import {
  createProductHandlers,
  PRODUCT_CONTENT_REQUESTS,
  PRODUCT_REQUESTS,
  type ProductHandlers,
} from '../../lib/products/messages';
import { type ProductsWorld, productsWorld } from '../unit/products/world';

let world: ProductsWorld;
let h: ProductHandlers;
const SMARTSTORE_PAGE = {
  id: 'ext',
  url: 'https://sell.smartstore.naver.com/#/products/origin-list',
  tab: {},
};
const SHOP_PAGE = { id: 'ext', url: 'https://moraemaeul.sixshop.com/admin/products', tab: {} };
const ELSEWHERE = { id: 'ext', url: 'https://evil.example/', tab: {} };

beforeAll(async () => {
  world = await productsWorld();
  h = createProductHandlers(world.deps);
});
afterAll(async () => {
  await world?.close();
});

async function settle(id: string) {
  for (;;) {
    const j = await h['products.pageJob']({ id }, SHOP_PAGE);
    if (j && j.status !== 'queued' && j.status !== 'running') return j;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the overlay buttons’ messages (content scripts)', () => {
  it('has a handler for every request; only the page requests are for content scripts', () => {
    expect(Object.keys(h).sort()).toEqual(Object.keys(PRODUCT_REQUESTS).sort());
    expect([...PRODUCT_CONTENT_REQUESTS].sort()).toEqual([
      'products.pageExport',
      'products.pageImport',
      'products.pageJob',
      'products.pageLookup',
    ]);
  });

  it('answers only from the seller pages it runs on', async () => {
    const err = await h['products.pageLookup']({ site: 'smartstore', numbers: ['1'] }, ELSEWHERE).catch(
      (e: unknown) => e,
    );
    expect(toErrorPayload(err).kind).toBe('forbidden');
    const wrongSite = await h['products.pageImport']({ originProductNo: 1, requestId: 'r' }, SHOP_PAGE).catch(
      (e: unknown) => e,
    );
    expect(toErrorPayload(wrongSite).kind).toBe('forbidden');
  });

  it('내보내기 without a default preset says what to do', async () => {
    const err = await h['products.pageExport']({ shopProductId: '1001', requestId: 'r1' }, SHOP_PAGE).catch(
      (e: unknown) => e,
    );
    expect(toErrorPayload(err)).toMatchObject({ kind: 'no-preset' });
    expect(toErrorPayload(err).message).toContain('기본 판매 설정 프리셋');
  });

  it('가져오기 and 내보내기 beside one product, then the page sees the link', async () => {
    const no = world.commerce.scenario
      .listProducts(world.sellerAccountId)
      .find((p) => p.originProduct.name === '디퓨저 200ml')!.originProductNo;
    const started = await h['products.pageImport']({ originProductNo: no, requestId: 'i1' }, SMARTSTORE_PAGE);
    const imported = await settle(started.id);
    expect(imported).toMatchObject({ status: 'done', item: { status: 'done', outcome: 'created' } });
    const lookup = await h['products.pageLookup'](
      { site: 'smartstore', numbers: [String(no), '12345'] },
      SMARTSTORE_PAGE,
    );
    expect(lookup.accounts).toEqual([{ id: world.accountId, alias: '하늘리빙', hasDefaultPreset: false }]);
    expect(lookup.links[String(no)]).toHaveLength(1);
    expect(lookup.links['12345']).toBeUndefined();

    await world.defaultPreset();
    const exp = await settle(
      (await h['products.pageExport']({ shopProductId: '1012', requestId: 'e1' }, SHOP_PAGE)).id,
    );
    expect(exp).toMatchObject({ status: 'done', item: { status: 'done', outcome: 'created' } });
    const shopLookup = await h['products.pageLookup']({ site: 'shop', numbers: ['1012', '1013'] }, SHOP_PAGE);
    expect(shopLookup.links['1012']?.[0]).toMatchObject({
      accountId: world.accountId,
      lastDirection: 'EXPORT',
    });
    expect(shopLookup.links['1013']).toBeUndefined();
  });

  it('a failed product’s reason reaches the button', async () => {
    const p = await world.shopApi.createProduct({
      name: '가격 오류',
      price: 1005,
      stock: 1,
      detailHtml: '<p>x</p>',
      images: [`${world.shop.url}/images/7.png`],
      status: 'ON_SALE',
    });
    const job = await settle(
      (await h['products.pageExport']({ shopProductId: p.id, requestId: 'e2' }, SHOP_PAGE)).id,
    );
    expect(job?.item?.status).toBe('failed');
    expect(job?.item?.message).toContain('판매가: 판매가는 10원 단위로');
  });
});
