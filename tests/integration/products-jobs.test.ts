import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientFactory } from '../../lib/accounts/connections';
import { memoryLocks } from '../../lib/orders/runner';
import type { ProductDeps } from '../../lib/products/deps';
import { getJob, listJobs } from '../../lib/products/jobs';
import { createProductHandlers } from '../../lib/products/messages';
import { resumeProductJobs } from '../../lib/products/runner';
import { startExport, startImport } from '../../lib/products/start';
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

const byName = (name: string) =>
  world.commerce.scenario.listProducts(world.sellerAccountId).filter((p) => p.originProduct.name === name);
const start = async (ids: string[]) =>
  startExport(deps, { accountId: world.accountId, requestId: crypto.randomUUID(), shopProductIds: ids });
const until = async (check: () => Promise<boolean>, timeoutMs = 20_000) => {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('product jobs: resume, no duplicates, cancel, one at a time, retry', () => {
  it('a create whose answer is lost (drop-after-apply) is found by its seller code, not made again', async () => {
    world.commerce.scenario.injectFault({ api: 'products.create', kind: 'drop-after-apply' });
    const mark = world.commerce.requests.length;
    const job = await world.waitJob((await start(['1007'])).id);
    expect(job.state.items[0]).toMatchObject({ status: 'done', outcome: 'created' });
    expect(calls(world, 'products.create', mark)).toHaveLength(1);
    const made = byName('내열 유리 밀폐용기 4종 세트');
    expect(made).toHaveLength(1);
    const link = (await world.shopApi.listProductLinks(world.marketAccountId)).find(
      (l) => l.shopProductId === '1007',
    );
    expect(link?.originProductNo).toBe(made[0]!.originProductNo);
  });

  it('a job interrupted mid-create (worker stopped) resumes where it was and creates nothing twice', async () => {
    // the first worker: its create reaches SmartStore, then the worker is gone (the call never returns)
    const dying: ClientFactory = {
      ...deps.clients,
      ownApp(conn) {
        const real = deps.clients.ownApp(conn);
        return {
          ...real,
          async createProduct(body) {
            await real.createProduct(body);
            return new Promise<never>(() => undefined);
          },
        };
      },
    };
    const first: ProductDeps = { ...deps, clients: dying, lock: memoryLocks() };
    const mark = world.commerce.requests.length;
    // 1006 캔버스 에코백 has no seller code: it is found by name (seller A's older 캔버스 에코백 is not taken)
    const job = await startExport(first, {
      accountId: world.accountId,
      requestId: 'stopped',
      shopProductIds: ['1006', '1008'],
    });
    await until(
      async () =>
        (await getJob(world.db, job.id))?.state.items[0]?.status === 'in-flight' &&
        byName('캔버스 에코백').length === 2,
    );
    expect((await getJob(world.db, job.id))!.status).toBe('running');

    // a new worker starts: the job picks up where its last saved product ended
    const second: ProductDeps = { ...deps, lock: memoryLocks() };
    await resumeProductJobs(second);
    const done = (await getJob(world.db, job.id))!;
    expect(done.status).toBe('done');
    expect(done.state.items.map((i) => [i.key, i.status, i.outcome])).toEqual([
      ['s:1006', 'done', 'created'],
      ['s:1008', 'done', 'created'],
    ]);
    expect(calls(world, 'products.create', mark)).toHaveLength(2);
    const bags = byName('캔버스 에코백');
    expect(bags).toHaveLength(2); // the seeded one and ours: no third
    const links = await world.shopApi.listProductLinks(world.marketAccountId);
    const ours = links.find((l) => l.shopProductId === '1006')!;
    expect(bags.map((b) => b.originProductNo)).toContain(ours.originProductNo);
    expect(byName('수제 그래놀라 500g')).toHaveLength(1);
  });

  it('cancel: a queued job stops at once; a running one after the product in hand', async () => {
    world.commerce.scenario.injectFault({
      api: 'products.create',
      kind: 'latency',
      latencyMs: 400,
      times: 5,
    });
    const running = await start(['1009', '1010', '1011', '1012']);
    const queued = await start(['1013']);
    const handlers = createProductHandlers(deps);
    const q = await handlers['products.jobCancel']({ id: queued.id }, {});
    expect(q.status).toBe('cancelled');
    expect(q.items[0]!.status).toBe('cancelled');
    await until(
      async () =>
        (await getJob(world.db, running.id))?.state.items.some((i) => i.status === 'in-flight') ?? false,
    );
    await handlers['products.jobCancel']({ id: running.id }, {});
    const done = await world.waitJob(running.id);
    expect(done.status).toBe('cancelled');
    const statuses = done.state.items.map((i) => i.status);
    expect(statuses).toContain('cancelled');
    expect(statuses.filter((s) => s === 'done').length).toBeGreaterThanOrEqual(1);
    expect(statuses).not.toContain('in-flight');
    world.commerce.scenario.clearFaults();
    // 다시 시도 picks the cancelled products up again
    const retried = await handlers['products.jobRetry']({ id: running.id }, {});
    expect(retried.status).toBe('queued');
    const finished = await world.waitJob(running.id);
    expect(finished.state.items.every((i) => i.status === 'done')).toBe(true);
  });

  it('runs one job per account at a time; the next waits its turn', async () => {
    const a = await startImport(deps, {
      accountId: world.accountId,
      requestId: crypto.randomUUID(),
      originProductNos: [1, 2, 3],
    });
    const b = await startImport(deps, {
      accountId: world.accountId,
      requestId: crypto.randomUUID(),
      originProductNos: [4, 5],
    });
    let both = false;
    await until(async () => {
      const jobs = await listJobs(world.db, world.accountId);
      if (jobs.filter((j) => j.status === 'running').length > 1) both = true;
      return [a.id, b.id].every((id) => jobs.find((j) => j.id === id)?.status === 'done');
    });
    expect(both).toBe(false);
    const finished = await Promise.all([getJob(world.db, a.id), getJob(world.db, b.id)]);
    expect(finished[1]!.updatedAt).toBeGreaterThanOrEqual(finished[0]!.updatedAt);
  });

  it('a failed product says what to fix, and 다시 시도 sends it once it is fixed', async () => {
    const p = await world.shopApi.createProduct({
      name: '이미지 없는 상품',
      price: 5000,
      stock: 2,
      detailHtml: '<p>설명</p>',
      images: [],
      status: 'ON_SALE',
    });
    const job = await world.waitJob((await start([p.id])).id);
    const error = job.state.items[0]!.error!;
    expect(error.fields![0]).toMatchObject({ path: 'product.images', label: '대표 이미지', fixIn: 'shop' });
    const { id, revision, createdAt, updatedAt, ...rest } = p;
    await world.shopApi.replaceProduct(p.id, { ...rest, images: [`${world.shop.url}/images/150.png`] });
    const handlers = createProductHandlers(deps);
    await handlers['products.jobRetry']({ id: job.id, keys: [`s:${p.id}`] }, {});
    const again = await world.waitJob(job.id);
    expect(again.state.items[0]).toMatchObject({ status: 'done', outcome: 'created' });
    expect(byName('이미지 없는 상품')).toHaveLength(1);
  });

  it('progress is readable while it runs: done / total, the current product, errors so far', async () => {
    world.commerce.scenario.injectFault({
      api: 'products.create',
      kind: 'latency',
      latencyMs: 300,
      times: 2,
    });
    const job = await start(['1014', '1015']);
    const handlers = createProductHandlers(deps);
    await until(async () =>
      (await handlers['products.progress']({}, {})).some(
        (j) => j.id === job.id && j.progress.current !== undefined,
      ),
    );
    const [seen] = (await handlers['products.progress']({}, {})).filter((j) => j.id === job.id);
    expect(seen!.progress.total).toBe(2);
    expect(seen!.progress.current).toMatch(/.+/);
    const done = await world.waitJob(job.id);
    const view = await handlers['products.job']({ id: done.id }, {});
    expect(view!.progress).toMatchObject({ total: 2, processed: 2, done: 2, failed: 0 });
  });
});
