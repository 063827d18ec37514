import { afterEach, describe, expect, it } from 'vitest';
import { type LinkDb, type OrderRow, openLinkDb } from '../../../lib/db/schema';
import { upsertOrderViews } from '../../../lib/orders/order-store';
import type { OrderView } from '../../../lib/orders/order-view';
import { getShopKey, setShopKey } from '../../../lib/settings/secrets';
import { DEFAULT_SETTINGS, getSettings, writeSettings } from '../../../lib/settings/settings';

let db: LinkDb;
afterEach(async () => {
  await db?.delete();
});

interface NativeStore {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: Record<string, { keyPath: string | string[]; unique: boolean }>;
}

const idx = (keyPath: string | string[], unique = false) => ({ keyPath, unique });
const pair = (name: string) => ({ [name]: idx(name.slice(1, -1).split('+')) });

/**
 * The stores and indexes the extension's database has had since its first release (written out by hand from
 * the index strings' rules: `[a+b]` is an index named `[a+b]` on ['a', 'b'], `&` unique, `++` generated keys).
 */
const RELEASED: Record<string, NativeStore> = {
  accounts: {
    keyPath: 'id',
    autoIncrement: false,
    indexes: { apiSellerId: idx('apiSellerId', true), storeSlug: idx('storeSlug', true) },
  },
  secrets: { keyPath: 'key', autoIncrement: false, indexes: {} },
  settings: { keyPath: 'key', autoIncrement: false, indexes: {} },
  orders: {
    keyPath: ['accountId', 'productOrderId'],
    autoIncrement: false,
    indexes: {
      accountId: idx('accountId'),
      ...pair('[accountId+status]'),
      ...pair('[accountId+status+updatedAt]'),
      ...pair('[accountId+status+shipDueAt]'),
      ...pair('[accountId+paidAt]'),
      ...pair('[accountId+shopPending]'),
      ...pair('[accountId+orderId]'),
      status: idx('status'),
      orderId: idx('orderId'),
      productOrderId: idx('productOrderId'),
    },
  },
  productLinks: {
    keyPath: ['accountId', 'shopProductId'],
    autoIncrement: false,
    indexes: { accountId: idx('accountId'), ...pair('[accountId+originProductNo]') },
  },
  presets: { keyPath: 'id', autoIncrement: false, indexes: { accountId: idx('accountId') } },
  outbox: {
    keyPath: 'id',
    autoIncrement: false,
    indexes: {
      accountId: idx('accountId'),
      ...pair('[accountId+status]'),
      status: idx('status'),
      createdAt: idx('createdAt'),
    },
  },
  jobs: {
    keyPath: 'id',
    autoIncrement: false,
    indexes: { accountId: idx('accountId'), status: idx('status') },
  },
  cursors: { keyPath: 'accountId', autoIncrement: false, indexes: {} },
  syncLog: {
    keyPath: 'id',
    autoIncrement: true,
    indexes: { accountId: idx('accountId'), ...pair('[accountId+at]') },
  },
};

function openNative(
  name: string,
  version?: number,
  upgrade?: (db: IDBDatabase) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => upgrade?.(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function describeNative(
  name: string,
): Promise<{ version: number; stores: Record<string, NativeStore> }> {
  const idb = await openNative(name);
  const tx = idb.transaction([...idb.objectStoreNames], 'readonly');
  const stores: Record<string, NativeStore> = {};
  for (const storeName of idb.objectStoreNames) {
    const store = tx.objectStore(storeName);
    const indexes: NativeStore['indexes'] = {};
    for (const indexName of store.indexNames) {
      const i = store.index(indexName);
      indexes[indexName] = { keyPath: i.keyPath, unique: i.unique };
    }
    stores[storeName] = { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
  }
  const version = idb.version;
  idb.close();
  return { version, stores };
}

const order = (accountId: string, productOrderId: string, status: string): OrderRow => ({
  accountId,
  productOrderId,
  orderId: `o${productOrderId}`,
  status,
  lastChangedAt: 1,
  paidAt: Number(productOrderId),
  shopPending: 0,
  shipDueAt: 0,
  updatedAt: 1,
  data: {},
});

describe('the extension’s database', () => {
  it('is created at IndexedDB version 10 with the released stores and index names', async () => {
    const name = `link-${Math.random()}`;
    db = openLinkDb(name);
    await db.open();
    db.close();
    expect(await describeNative(name)).toEqual({ version: 10, stores: RELEASED });
  });

  it('opens a database an earlier build wrote, unchanged and with its data', async () => {
    const name = `link-earlier-${Math.random()}`;
    const earlier = await openNative(name, 10, (idb) => {
      for (const [storeName, spec] of Object.entries(RELEASED)) {
        const store = idb.createObjectStore(storeName, {
          keyPath: spec.keyPath,
          autoIncrement: spec.autoIncrement,
        });
        for (const [indexName, i] of Object.entries(spec.indexes)) {
          store.createIndex(indexName, i.keyPath, { unique: i.unique });
        }
      }
    });
    await new Promise<void>((resolve, reject) => {
      const tx = earlier.transaction(['orders', 'syncLog', 'settings'], 'readwrite');
      tx.objectStore('orders').put(order('acc', '2', 'PREPARING'));
      tx.objectStore('orders').put(order('acc', '1', 'PREPARING'));
      tx.objectStore('orders').put(order('acc', '3', 'SHIPPING'));
      tx.objectStore('syncLog').add({ accountId: 'acc', at: 5, kind: 'sync', detail: {} });
      tx.objectStore('settings').put({ key: 'settings', value: { ...DEFAULT_SETTINGS, lookbackDays: 30 } });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    earlier.close();

    db = openLinkDb(name);
    expect(
      (await db.orders.where('[accountId+status]').equals(['acc', 'PREPARING']).toArray()).map(
        (r) => r.productOrderId,
      ),
    ).toEqual(['1', '2']);
    expect((await db.orders.get(['acc', '3']))?.status).toBe('SHIPPING');
    expect((await getSettings(db)).lookbackDays).toBe(30);
    expect(await db.syncLog.add({ accountId: 'acc', at: 6, kind: 'sync', detail: {} })).toBe(2);
    db.close();
    expect(await describeNative(name)).toEqual({ version: 10, stores: RELEASED });
  });

  it('a transaction is all or nothing across the helpers called inside it', async () => {
    db = openLinkDb(`link-${Math.random()}`);
    const view = { productOrderId: '1', orderId: 'o1', status: 'PAYMENT_CONFIRMING', paidAt: 1 } as OrderView;
    const failure = new Error('stop');
    await expect(
      db.transaction('rw', ['settings', 'secrets', 'orders', 'cursors'], async (tx) => {
        await writeSettings(tx, { lookbackDays: 30 });
        await setShopKey(tx, 'sk_secret');
        const counts = await upsertOrderViews(tx, 'acc', [{ view, lastChangedAt: 1 }], 1);
        expect(counts.created).toBe(1);
        // the helpers' writes are visible inside the transaction …
        expect(await getShopKey(tx)).toBe('sk_secret');
        await tx.cursors.put({ accountId: 'acc', value: { from: 1 } });
        throw failure;
      }),
    ).rejects.toBe(failure);
    // … and none of them outside it
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect(await getShopKey(db)).toBeUndefined();
    expect(await db.orders.count()).toBe(0);
    expect(await db.cursors.count()).toBe(0);
  });
});
