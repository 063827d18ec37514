import { afterEach, describe, expect, it } from 'vitest';
import { countAccountData, deleteAccountData } from '../../../lib/db/account-data';
import { ACCOUNT_TABLES, GLOBAL_TABLES, type LinkDb, openLinkDb } from '../../../lib/db/schema';

let db: LinkDb;
afterEach(async () => {
  await db?.delete();
});

async function fill(db: LinkDb, accountId: string, n: number) {
  const now = Date.now();
  await db.accounts.add({
    id: accountId,
    alias: accountId,
    storeSlug: `slug-${accountId}`,
    apiSellerId: `ncp_${accountId}`,
    linkMode: 'OWN_APP',
    shopMarketAccountId: `m-${accountId}`,
    createdAt: now,
    updatedAt: now,
  });
  await db.secrets.put({ key: `ownApp:${accountId}`, value: { clientId: 'c', clientSecret: 's' } });
  for (let i = 0; i < n; i++) {
    await db.orders.add({
      accountId,
      productOrderId: `${i}`,
      orderId: `${i}`,
      status: 'x',
      lastChangedAt: i,
      paidAt: i,
      shopPending: 0,
      updatedAt: i,
      data: {},
    });
    await db.productLinks.add({ accountId, shopProductId: `${i}`, originProductNo: i, syncedAt: i });
    await db.presets.add({
      id: `${accountId}-p${i}`,
      accountId,
      name: 'p',
      isDefault: false,
      fields: {},
      updatedAt: i,
    });
    await db.outbox.add({
      id: `${accountId}-o${i}`,
      accountId,
      kind: 'confirm',
      status: 'settled',
      createdAt: i,
      updatedAt: i,
      items: [],
    });
    await db.jobs.add({
      id: `${accountId}-j${i}`,
      accountId,
      kind: 'k',
      status: 's',
      createdAt: i,
      updatedAt: i,
      state: {},
    });
    await db.syncLog.add({ accountId, at: i, kind: 'k', detail: {} });
  }
  await db.cursors.put({ accountId, value: { at: 1 } });
}

describe('account data', () => {
  it('every table is either account-scoped (deleted on unlink) or known to be global', () => {
    db = openLinkDb(`t-${Math.random()}`);
    const listed = new Set<string>([...ACCOUNT_TABLES, ...GLOBAL_TABLES]);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...listed].sort());
    for (const t of ACCOUNT_TABLES) {
      const schema = db.table(t).schema;
      const indexed = [schema.primKey, ...schema.indexes].some(
        (i) =>
          i.name === 'accountId' ||
          i.keyPath === 'accountId' ||
          (Array.isArray(i.keyPath) && i.keyPath[0] === 'accountId'),
      );
      expect(indexed, `${t} must be queryable by accountId`).toBe(true);
    }
  });

  it('deletes exactly one account’s rows and leaves the other account whole', async () => {
    db = openLinkDb(`t-${Math.random()}`);
    await fill(db, 'a', 3);
    await fill(db, 'b', 2);
    expect(await countAccountData(db, 'a')).toEqual({
      orders: 3,
      productLinks: 3,
      presets: 3,
      outbox: 3,
      jobs: 3,
      cursors: 1,
      syncLog: 3,
    });
    const deleted = await deleteAccountData(db, 'a');
    expect(deleted.orders).toBe(3);
    expect(await countAccountData(db, 'a')).toEqual({
      orders: 0,
      productLinks: 0,
      presets: 0,
      outbox: 0,
      jobs: 0,
      cursors: 0,
      syncLog: 0,
    });
    expect(await db.accounts.get('a')).toBeUndefined();
    expect(await db.secrets.get('ownApp:a')).toBeUndefined();
    expect(await countAccountData(db, 'b')).toEqual({
      orders: 2,
      productLinks: 2,
      presets: 2,
      outbox: 2,
      jobs: 2,
      cursors: 1,
      syncLog: 2,
    });
    expect(await db.secrets.get('ownApp:b')).toBeDefined();
  });
});
