import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProductDeps } from '../../lib/products/deps';
import { createProductHandlers } from '../../lib/products/messages';
import { startExport } from '../../lib/products/start';
import type { ShopProduct } from '../../lib/sixshop/schemas/product';
import type { ProductWriteBody } from '../../lib/smartstore/products';
import { validPreset } from '../unit/products/fixtures';
import { calls, type ProductsWorld, productsWorld } from '../unit/products/world';

let world: ProductsWorld;
let deps: ProductDeps;

beforeAll(async () => {
  world = await productsWorld();
  deps = world.deps;
  await world.defaultPreset();
});
afterAll(async () => {
  await world?.close();
});

const exportNow = async (ids: string[], extra: { presetId?: string; reapplyPreset?: boolean } = {}) =>
  world.waitJob(
    (
      await startExport(deps, {
        accountId: world.accountId,
        requestId: crypto.randomUUID(),
        shopProductIds: ids,
        ...extra,
      })
    ).id,
  );
const smartstoreByName = (name: string) =>
  world.commerce.scenario.listProducts(world.sellerAccountId).filter((p) => p.originProduct.name === name);
const linkOf = async (shopProductId: string) =>
  (await world.shopApi.listProductLinks(world.marketAccountId)).find(
    (l) => l.shopProductId === shopProductId,
  );

describe('export shop products to SmartStore (내보내기)', () => {
  it('uploads images first (≤ 10 per call), creates each product, and links it', async () => {
    const mark = world.commerce.requests.length;
    const uploadedBefore = world.commerce.scenario.uploadCount(world.sellerAccountId);
    // 2 + 3 + 2 + 3 + 2 = 12 images
    const job = await exportNow(['1001', '1002', '1003', '1004', '1006']);
    expect(job.state.items.map((i) => [i.status, i.outcome])).toEqual(Array(5).fill(['done', 'created']));
    const uploads = calls(world, 'images.upload', mark);
    expect(uploads).toHaveLength(2);
    expect(world.commerce.scenario.uploadCount(world.sellerAccountId) - uploadedBefore).toBe(12);
    expect(calls(world, 'products.create', mark)).toHaveLength(5);

    const mug = smartstoreByName('수제 도자기 머그컵 350ml');
    expect(mug).toHaveLength(1);
    const op = mug[0]!.originProduct;
    expect(op.salePrice).toBe(18000);
    expect(op.leafCategoryId).toBe('50000805');
    expect(op.images?.representativeImage?.url).toContain(world.commerce.url);
    expect(op.images?.optionalImages).toHaveLength(2);
    expect(op.detailAttribute?.sellerCodeInfo?.sellerManagementCode).toBe('MUG-350');
    expect(op.detailAttribute?.optionInfo?.optionCombinationGroupNames).toEqual({ optionGroupName1: '색상' });
    expect(
      op.detailAttribute?.optionInfo?.optionCombinations?.map((c) => [c.optionName1, c.stockQuantity]),
    ).toEqual([
      ['백자', 9],
      ['청자', 8],
      ['흑유', 8],
    ]);
    const link = await linkOf('1002');
    expect(link).toMatchObject({
      originProductNo: mug[0]!.originProductNo,
      channelProductNo: mug[0]!.channelProductNo,
      lastDirection: 'EXPORT',
      shopRevision: 1,
    });
    expect(link!.smartstoreModifiedAt).toBeTruthy();
  });

  it('never uploads an image twice: a product sharing images uploads only its new one', async () => {
    const mug = await world.shopApi.getProduct('1002');
    const created = await world.shopApi.createProduct({
      name: '도자기 머그컵 2개 세트',
      price: 33000,
      stock: 10,
      sellerCode: 'MUG-SET2',
      detailHtml: '<p>머그컵 두 개</p>',
      images: [...mug.images, `${world.shop.url}/images/99.png`],
      status: 'ON_SALE',
    });
    const mark = world.commerce.requests.length;
    const before = world.commerce.scenario.uploadCount(world.sellerAccountId);
    const job = await exportNow([created.id]);
    expect(job.state.items[0]).toMatchObject({ status: 'done', outcome: 'created' });
    expect(calls(world, 'images.upload', mark)).toHaveLength(1);
    expect(world.commerce.scenario.uploadCount(world.sellerAccountId) - before).toBe(1);
    const made = smartstoreByName('도자기 머그컵 2개 세트')[0]!.originProduct;
    const original = smartstoreByName('수제 도자기 머그컵 350ml')[0]!.originProduct;
    expect(made.images?.representativeImage?.url).toBe(original.images?.representativeImage?.url);
  });

  it('re-export after an edit in the shop: reads SmartStore, changes our fields only, keeps SmartStore-only ones', async () => {
    const link = (await linkOf('1001'))!;
    // something set only on SmartStore, straight in its data (as the seller center would keep it)
    const stored = world.emulatorProduct(link.originProductNo);
    stored.originProduct.detailAttribute = {
      ...stored.originProduct.detailAttribute,
      sellerCommentContent: '스마트스토어에서만 쓴 판매자 한마디',
    };
    stored.originProduct.customerBenefit = {
      immediateDiscountPolicy: { discountMethod: { value: 1000, unitType: 'WON' } },
    };
    // the seller edits the product in the shop
    const p = await world.shopApi.getProduct('1001');
    const { id, revision, createdAt, updatedAt, ...rest } = p;
    const edited = await world.shopApi.replaceProduct('1001', {
      ...rest,
      name: '리넨 앞치마 (내추럴, 2025)',
      price: 29000,
    });
    const mark = world.commerce.requests.length;
    const job = await exportNow(['1001']);
    expect(job.state.items[0]).toMatchObject({ status: 'done', outcome: 'updated' });
    expect(calls(world, 'products.update', mark)).toHaveLength(1);
    expect(calls(world, 'products.create', mark)).toHaveLength(0);
    expect(calls(world, 'images.upload', mark)).toHaveLength(0);
    const after = world.commerce.scenario.getProduct(link.originProductNo)!.originProduct;
    expect(after.name).toBe('리넨 앞치마 (내추럴, 2025)');
    expect(after.salePrice).toBe(29000);
    expect((after.detailAttribute as Record<string, unknown>).sellerCommentContent).toBe(
      '스마트스토어에서만 쓴 판매자 한마디',
    );
    expect(after.customerBenefit).toEqual({
      immediateDiscountPolicy: { discountMethod: { value: 1000, unitType: 'WON' } },
    });
    expect(after.detailAttribute?.afterServiceInfo?.afterServiceTelephoneNumber).toBe('02-1234-5678');
    expect(await linkOf('1001')).toMatchObject({ shopRevision: edited.revision, lastDirection: 'EXPORT' });
  });

  it('stops at a SmartStore-side change and asks: 건너뛰기 sends nothing, 덮어쓰기 sends ours', async () => {
    const link = (await linkOf('1003'))!;
    world.commerce.scenario.advanceClock(1000);
    // the seller changes the price in SmartStore's seller center
    const current = await world.seller.getOriginProduct(link.originProductNo);
    current.originProduct.salePrice = 50000;
    await world.seller.updateOriginProduct(link.originProductNo, current as unknown as ProductWriteBody);

    const mark = world.commerce.requests.length;
    const job = await exportNow(['1003']);
    expect(job.state.items[0]!.status).toBe('conflict');
    expect(job.state.items[0]!.conflict?.smartstoreModifiedAt).toBeTruthy();
    expect(calls(world, 'products.update', mark)).toHaveLength(0);

    const handlers = createProductHandlers(deps);
    const skipped = await handlers['products.conflict']({ id: job.id, keys: ['s:1003'], choice: 'skip' }, {});
    expect(skipped.items[0]!.status).toBe('skipped');
    expect(world.commerce.scenario.getProduct(link.originProductNo)!.originProduct.salePrice).toBe(50000);

    const again = await exportNow(['1003']);
    expect(again.state.items[0]!.status).toBe('conflict');
    await handlers['products.conflict']({ id: again.id, keys: ['s:1003'], choice: 'overwrite' }, {});
    const resolved = await world.waitJob(again.id);
    expect(resolved.state.items[0]).toMatchObject({ status: 'done', outcome: 'updated' });
    expect(world.commerce.scenario.getProduct(link.originProductNo)!.originProduct.salePrice).toBe(45000);
    expect(calls(world, 'products.update', mark)).toHaveLength(1);
    // and the next re-export sees no conflict: the link holds the new modifiedDate
    expect((await exportNow(['1003'])).state.items[0]!.status).toBe('done');
  });

  it('checks the create rules first and sends nothing when a product or the preset breaks one', async () => {
    const bad: ShopProduct = await world.shopApi.createProduct({
      name: '가격이 10원 단위가 아닌 상품',
      price: 12345,
      stock: 3,
      detailHtml: '<p>설명</p>',
      images: [`${world.shop.url}/images/120.png`],
      status: 'ON_SALE',
    });
    const mark = world.commerce.requests.length;
    const handlers = createProductHandlers(deps);
    const check = await handlers['products.exportCheck'](
      { accountId: world.accountId, shopProductIds: [bad.id] },
      {},
    );
    expect(check[0]!.problems.map((p) => p.path)).toEqual(['product.price']);
    const job = await exportNow([bad.id]);
    const item = job.state.items[0]!;
    expect(item.status).toBe('failed');
    expect(item.error!.fields!.map((f) => [f.path, f.label, f.fixIn])).toEqual([
      ['product.price', '판매가', 'shop'],
    ]);
    expect(item.error!.fields![0]!.message).toContain('10원 단위');
    expect(calls(world, 'images.upload', mark)).toHaveLength(0);
    expect(calls(world, 'products.create', mark)).toHaveLength(0);
  });

  it('shows SmartStore’s own invalidInputs per field when one slips past our checks', async () => {
    // a category number of the right shape that SmartStore does not know
    const preset = await createProductHandlers(deps)['presets.save'](
      {
        accountId: world.accountId,
        name: '없는 카테고리',
        isDefault: false,
        fields: validPreset({ leafCategoryId: '99999999' }),
      },
      {},
    );
    const job = await exportNow(['1007'], { presetId: preset.id });
    const item = job.state.items[0]!;
    expect(item.status).toBe('failed');
    expect(item.error!.kind).toBe('smartstore-rejected');
    expect(item.error!.fields).toEqual([
      {
        path: 'originProduct.leafCategoryId',
        label: '카테고리',
        message: '존재하지 않거나 리프가 아닌 카테고리입니다.',
        fixIn: 'preset',
      },
    ]);
    expect(smartstoreByName('내열 유리 밀폐용기 4종 세트')).toHaveLength(0);
  });

  it('fails every product that needs a create when there is no preset', async () => {
    const world2 = await productsWorld();
    try {
      const job = await world2.waitJob(
        (
          await startExport(world2.deps, {
            accountId: world2.accountId,
            requestId: 'x',
            shopProductIds: ['1008'],
          })
        ).id,
      );
      expect(job.state.items[0]!.status).toBe('failed');
      expect(job.state.items[0]!.error!.fields![0]).toMatchObject({
        path: 'preset',
        label: '판매 설정 프리셋',
      });
    } finally {
      await world2.close();
    }
  });
});
