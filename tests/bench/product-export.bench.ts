import 'fake-indexeddb/auto';
import { startExport } from '../../lib/products/start';
import { LIMITS } from '../../lib/smartstore/limits';
import { type ProductsWorld, productsWorld } from '../unit/products/world';
import { apiCalls, meteredClients, newMeter, RATE } from './node-world';
import { type Bench, eq, figure, le } from './report';

const PRODUCTS = 200;
const IMAGES_PER_PRODUCT = 5;
/** 1,000 image references, 500 distinct images: every image is used by two products. */
const DISTINCT = (PRODUCTS * IMAGES_PER_PRODUCT) / 2;
/** shop image numbers above the shop seed's (the shop emulator serves 1..10,000) */
const FIRST_IMAGE = 9_000;

/** Deterministic shuffle (LCG): which two products share each image is spread over the list, not adjacent. */
function imagePlan(): number[][] {
  const slots = Array.from({ length: PRODUCTS * IMAGES_PER_PRODUCT }, (_, i) => FIRST_IMAGE + (i % DISTINCT));
  let seed = 12345;
  for (let i = slots.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [slots[i], slots[j]] = [slots[j]!, slots[i]!];
  }
  // the same image twice in one product is moved to the next product that lacks it
  const products = Array.from({ length: PRODUCTS }, (_, p) =>
    slots.slice(p * IMAGES_PER_PRODUCT, (p + 1) * IMAGES_PER_PRODUCT),
  );
  for (let p = 0; p < PRODUCTS; p++) {
    const imgs = products[p]!;
    for (let k = 0; k < imgs.length; k++) {
      if (imgs.indexOf(imgs[k]!) === k) continue;
      for (let q = 0; q < PRODUCTS; q++) {
        const other = products[(p + 1 + q) % PRODUCTS]!;
        const m = other.findIndex((x) => !imgs.includes(x));
        if (m >= 0 && !other.includes(imgs[k]!)) {
          [imgs[k], other[m]] = [other[m]!, imgs[k]!];
          break;
        }
      }
    }
  }
  return products;
}

async function shopProducts(world: ProductsWorld): Promise<string[]> {
  const ids: string[] = [];
  for (const [p, images] of imagePlan().entries()) {
    const created = await world.shopApi.createProduct({
      name: `벤치 상품 ${String(p + 1).padStart(3, '0')} 린넨 쿠션 커버`,
      price: 10_000 + p * 100,
      stock: 10 + (p % 50),
      sellerCode: `BENCH-${p + 1}`,
      detailHtml: `<p>벤치마크 상품 ${p + 1}</p>`,
      images: images.map((n) => `${world.shop.url}/images/${n}.png`),
      status: 'ON_SALE',
    });
    ids.push(created.id);
  }
  return ids;
}

/**
 * 내보내기 of 200 shop products with 5 images each, 500 distinct images (each used by two products, spread over
 * the list), through `startExport` as the worker runs it, against the emulator's rate limit.
 */
export const productExportBench: Bench = {
  name: 'product-export',
  async run(ctx) {
    const meter = newMeter();
    const world = await productsWorld({ commerce: { rateLimit: { ...RATE }, seed: false } });
    world.deps.clients = meteredClients(meter);
    try {
      await world.defaultPreset();
      const ids = await shopProducts(world);
      const since = world.commerce.requests.length;
      const uploadedBefore = world.commerce.scenario.uploadCount(world.sellerAccountId);
      const t0 = performance.now();
      const view = await startExport(world.deps, {
        accountId: world.accountId,
        requestId: crypto.randomUUID(),
        shopProductIds: ids,
      });
      const job = await world.waitJob(view.id, 240_000);
      const wallMs = performance.now() - t0;
      const done = job.state.items.filter((i) => i.status === 'done').length;
      if (done !== PRODUCTS) {
        const failed = job.state.items.find((i) => i.status !== 'done');
        throw new Error(`export: ${done} of ${PRODUCTS} done; e.g. ${JSON.stringify(failed)}`);
      }
      const calls = apiCalls(world.commerce.requests, since);
      const uploads = calls.get('images.upload') ?? 0;
      const creates = calls.get('products.create') ?? 0;
      const uploaded = world.commerce.scenario.uploadCount(world.sellerAccountId) - uploadedBefore;
      const minUploads = Math.ceil(DISTINCT / LIMITS.imageFiles);
      // the busiest API bounds the run: each API has its own bucket
      const boundMs = (Math.max(...calls.values()) / RATE.replenishRate) * 1000;
      ctx.log(
        `${[...calls].map(([k, v]) => `${k} ${v}`).join(', ')}; ${uploaded} images uploaded; ${Math.round(wallMs)} ms`,
      );
      return [
        figure('export-200.upload-calls-ratio', uploads / minUploads, `× ⌈${DISTINCT} images/10⌉`, eq(1)),
        figure('export-200.images-uploaded-ratio', uploaded / DISTINCT, '× distinct images', eq(1)),
        figure('export-200.create-calls-ratio', creates / PRODUCTS, '× products', eq(1)),
        figure('export-200.time-ratio', wallMs / boundMs, '× rate bound (busiest API)', le(1.15)),
        figure('export-200.api-share', (meter.apiMs / wallMs) * 100, '% of wall', undefined, 0),
        figure('export-200.shop-share', (meter.shopMs / wallMs) * 100, '% of wall', undefined, 0),
      ];
    } finally {
      await world.close();
    }
  },
};
