import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clientsFor, type ProductDeps } from '../../lib/products/deps';
import type { ImportPreview } from '../../lib/products/import-job';
import { previewImport } from '../../lib/products/import-job';
import { createProductHandlers } from '../../lib/products/messages';
import { startImport } from '../../lib/products/start';
import type { ProductWriteBody } from '../../lib/smartstore/products';
import { calls, type ProductsWorld, productsWorld } from '../unit/products/world';

let world: ProductsWorld;
let deps: ProductDeps;

beforeAll(async () => {
  world = await productsWorld();
  deps = world.deps;
});
afterAll(async () => {
  await world?.close();
});

const shopProducts = async () => (await world.shopApi.listProducts({ size: 100 })).total;

describe('import SmartStore products into the shop (가져오기)', () => {
  it('imports several hundred products found over more than one search page, each with its link', async () => {
    world.commerce.scenario.addProducts(world.sellerAccountId, 520);
    const before = await shopProducts();
    const mark = world.commerce.requests.length;
    const job = await startImport(deps, {
      accountId: world.accountId,
      requestId: 'import-all',
      selection: { statuses: ['SALE'], name: '테스트 상품' },
    });
    const done = await world.waitJob(job.id, 110_000);
    expect(done.status).toBe('done');
    expect(done.state.items).toHaveLength(520);
    expect(done.state.items.every((i) => i.status === 'done' && i.outcome === 'created')).toBe(true);
    // listing: pages of 500, more than one
    const searches = calls(world, 'products.search', mark);
    expect(searches.length).toBeGreaterThanOrEqual(2);
    expect(await shopProducts()).toBe(before + 520);
    const links = await world.shopApi.listProductLinks(world.marketAccountId);
    expect(links).toHaveLength(520);
    expect(
      links.every((l) => l.lastDirection === 'IMPORT' && l.shopRevision === 1 && l.smartstoreModifiedAt),
    ).toBe(true);
    expect(await world.db.productLinks.where('accountId').equals(world.accountId).count()).toBe(520);
  }, 120_000);

  it('a double click starts one job', async () => {
    const a = await startImport(deps, {
      accountId: world.accountId,
      requestId: 'same-click',
      originProductNos: [1],
    });
    const b = await startImport(deps, {
      accountId: world.accountId,
      requestId: 'same-click',
      originProductNos: [1],
    });
    expect(b.id).toBe(a.id);
    await world.waitJob(a.id);
  });
});

describe('re-import of a linked product', () => {
  let no: number;
  beforeEach(() => {
    // seller A's first seeded product: 린넨 침구 세트 퀸, two option groups
    no = world.commerce.scenario
      .listProducts(world.sellerAccountId)
      .find((p) => p.originProduct.name === '린넨 침구 세트 퀸')!.originProductNo;
  });

  it('imports options, images, detail and codes, then shows the changes before a re-import applies them', async () => {
    const first = await world.waitJob(
      (await startImport(deps, { accountId: world.accountId, requestId: 'r1', originProductNos: [no] })).id,
    );
    const shopId = first.state.items[0]!.shopProductId!;
    const imported = await world.shopApi.getProduct(shopId);
    expect(imported.options?.groupNames).toEqual(['색상', '사이즈']);
    expect(imported.options?.combinations).toHaveLength(6);
    expect(imported.images[0]).toMatch(/\/images\//);
    expect(imported.sellerCode).toBe('HL-0001');
    const idsBefore = imported.options!.combinations.map((c) => c.id);

    // the seller changes the price and one option's stock in SmartStore
    const current = await world.seller.getOriginProduct(no);
    current.originProduct.salePrice = 95000;
    current.originProduct.detailAttribute.optionInfo!.optionCombinations![0]!.stockQuantity = 2;
    await world.seller.updateOriginProduct(no, current as unknown as ProductWriteBody);

    // 미리보기: field by field, nothing written
    const handlers = createProductHandlers(deps);
    const preview = (await handlers['products.importPreview'](
      { accountId: world.accountId, originProductNos: [no] },
      {},
    )) as ImportPreview[];
    expect(preview[0]!.shopProductId).toBe(shopId);
    const fields = preview[0]!.changes!.map((c) => c.field);
    expect(fields).toContain('price');
    expect(fields).toContain('stock');
    expect(fields).toContain('options.화이트 / 퀸');
    expect(preview[0]!.changes!.find((c) => c.field === 'price')).toMatchObject({
      before: '89,000원',
      after: '95,000원',
    });
    expect((await world.shopApi.getProduct(shopId)).revision).toBe(imported.revision);

    // 적용: the same shop product is updated, its combination IDs kept
    const again = await world.waitJob(
      (await startImport(deps, { accountId: world.accountId, requestId: 'r2', originProductNos: [no] })).id,
    );
    expect(again.state.items[0]).toMatchObject({ status: 'done', outcome: 'updated', shopProductId: shopId });
    const updated = await world.shopApi.getProduct(shopId);
    expect(updated.price).toBe(95000);
    expect(updated.options!.combinations[0]!.stock).toBe(2);
    expect(updated.options!.combinations.map((c) => c.id)).toEqual(idsBefore);
    expect(updated.revision).toBe(imported.revision + 1);
    const link = (await world.shopApi.listProductLinks(world.marketAccountId)).find(
      (l) => l.shopProductId === shopId,
    )!;
    expect(link).toMatchObject({
      originProductNo: no,
      lastDirection: 'IMPORT',
      shopRevision: updated.revision,
    });

    // nothing changed since: the preview says so
    const c = await clientsFor(deps, world.accountId);
    const none = await previewImport({ deps, ...c }, [no]);
    expect(none[0]!.changes).toEqual([]);
  });

  it('fails a product it cannot find, with the reason, and goes on', async () => {
    const job = await world.waitJob(
      (
        await startImport(deps, {
          accountId: world.accountId,
          requestId: 'missing',
          originProductNos: [999_999_999, no],
        })
      ).id,
    );
    const [missing, ok] = job.state.items;
    expect(missing).toMatchObject({ status: 'failed', error: { kind: 'not-found' } });
    expect(missing!.error!.message).toContain('찾을 수 없습니다');
    expect(ok!.status).toBe('done');
  });
});
