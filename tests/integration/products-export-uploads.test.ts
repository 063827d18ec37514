import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExport } from '../../lib/products/start';
import { calls, type ProductsWorld, productsWorld } from '../unit/products/world';

let world: ProductsWorld;

beforeAll(async () => {
  world = await productsWorld();
  await world.defaultPreset();
});
afterAll(async () => {
  await world?.close();
});

const exportNow = async (ids: string[]) =>
  world.waitJob(
    (
      await startExport(world.deps, {
        accountId: world.accountId,
        requestId: crypto.randomUUID(),
        shopProductIds: ids,
      })
    ).id,
  );

/** Shop products whose images are the given shop image numbers, one list per product. */
async function productsWithImages(images: number[][]): Promise<string[]> {
  const ids: string[] = [];
  for (const [p, nums] of images.entries()) {
    const created = await world.shopApi.createProduct({
      name: `업로드 묶음 상품 ${p + 1}`,
      price: 10_000 + p * 100,
      stock: 5,
      sellerCode: `UPLOAD-${p + 1}-${nums[0]}`,
      detailHtml: '<p>설명</p>',
      images: nums.map((n) => `${world.shop.url}/images/${n}.png`),
      status: 'ON_SALE',
    });
    ids.push(created.id);
  }
  return ids;
}

describe('export upload calls (내보내기)', () => {
  it('fills every upload call with 10 images, only the last one part-filled', async () => {
    // 5 products × 4 new images = 20 images: two calls, although no 10 products' worth fits one call evenly
    const ids = await productsWithImages(
      Array.from({ length: 5 }, (_, p) => Array.from({ length: 4 }, (_, k) => 7_000 + p * 4 + k)),
    );
    const mark = world.commerce.requests.length;
    const uploadedBefore = world.commerce.scenario.uploadCount(world.sellerAccountId);
    const job = await exportNow(ids);
    expect(job.state.items.map((i) => i.status)).toEqual(Array(5).fill('done'));
    expect(calls(world, 'images.upload', mark)).toHaveLength(2);
    expect(world.commerce.scenario.uploadCount(world.sellerAccountId) - uploadedBefore).toBe(20);
    expect(calls(world, 'products.create', mark)).toHaveLength(5);
  });

  it('counts each image once across products sharing it, and sends 13 distinct images in two calls', async () => {
    // 7_100..7_112: 13 distinct images, 7_100 and 7_101 used by three products each
    const ids = await productsWithImages([
      [7_100, 7_101, 7_102, 7_103],
      [7_101, 7_100, 7_104, 7_105, 7_106],
      [7_107, 7_108, 7_100, 7_101],
      [7_109, 7_110, 7_111, 7_112],
    ]);
    const mark = world.commerce.requests.length;
    const uploadedBefore = world.commerce.scenario.uploadCount(world.sellerAccountId);
    const job = await exportNow(ids);
    expect(job.state.items.map((i) => i.status)).toEqual(Array(4).fill('done'));
    expect(calls(world, 'images.upload', mark)).toHaveLength(2);
    expect(world.commerce.scenario.uploadCount(world.sellerAccountId) - uploadedBefore).toBe(13);
    // every product shows only hosted images
    for (const item of job.state.items) {
      const made = world.commerce.scenario.getProduct(item.originProductNo!)!.originProduct;
      const urls = [
        made.images?.representativeImage?.url,
        ...(made.images?.optionalImages ?? []).map((i) => i.url),
      ];
      for (const u of urls) expect(u).toContain(world.commerce.url);
    }
  });

  it('uploads nothing for a product whose images are all on SmartStore already', async () => {
    const [again] = await productsWithImages([[7_000, 7_001]]);
    const mark = world.commerce.requests.length;
    const job = await exportNow([again!]);
    expect(job.state.items[0]!.status).toBe('done');
    expect(calls(world, 'images.upload', mark)).toHaveLength(0);
  });
});
