import { afterEach, describe, expect, it } from 'vitest';
import { item, openTestDb, type TestDb } from './idb-fixture';

let db: TestDb;
afterEach(async () => {
  await db?.delete();
});

describe('transactions', () => {
  it('resolve with the callback’s value once committed: what it wrote is there', async () => {
    db = openTestDb();
    const value = await db.transaction('rw', ['items', 'log'], async (tx) => {
      await tx.items.add(item('a', 'g', 1));
      await tx.log.add({ text: 'added a' });
      return (await tx.items.get('a'))?.rank;
    });
    expect(value).toBe(1);
    expect(await db.items.count()).toBe(1);
    expect(await db.log.count()).toBe(1);
  });

  it('a callback that throws aborts: nothing it wrote stays, and the promise rejects with its error', async () => {
    db = openTestDb();
    await db.items.add(item('kept', 'g', 0));
    const boom = new Error('boom');
    await expect(
      db.transaction('rw', ['items', 'log'], async (tx) => {
        await tx.items.put(item('a', 'g', 1));
        await tx.items.update('kept', { rank: 99 });
        await tx.log.add({ text: 'x' });
        await tx.items.where('group').equals('g').delete();
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(await db.items.toArray()).toEqual([item('kept', 'g', 0)]);
    expect(await db.log.count()).toBe(0);
  });

  it('a request that fails and is not caught takes the whole transaction down with it', async () => {
    db = openTestDb();
    await db.people.add({ id: 'p1', email: 'a@x' });
    await expect(
      db.transaction('rw', ['people', 'items'], async (tx) => {
        await tx.items.add(item('a', 'g', 1));
        await tx.people.add({ id: 'p2', email: 'a@x' });
      }),
    ).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await db.items.count()).toBe(0);
    expect(await db.people.count()).toBe(1);
  });

  it('a failed request the callback catches does not abort the rest', async () => {
    db = openTestDb();
    await db.people.add({ id: 'p1', email: 'a@x' });
    await db.transaction('rw', ['people'], async (tx) => {
      const clash = await tx.people.add({ id: 'p1', email: 'z@x' }).catch((e: DOMException) => e.name);
      expect(clash).toBe('ConstraintError');
      await tx.people.add({ id: 'p2', email: 'b@x' });
    });
    expect(await db.people.toCollection().primaryKeys()).toEqual(['p1', 'p2']);
  });

  it('read-modify-write transactions do not lose each other’s updates', async () => {
    db = openTestDb();
    await db.items.add(item('counter', 'g', 0));
    await Promise.all(
      Array.from({ length: 20 }, () =>
        db.transaction('rw', ['items'], async (tx) => {
          const row = (await tx.items.get('counter'))!;
          await tx.items.put({ ...row, rank: row.rank + 1 });
        }),
      ),
    );
    expect((await db.items.get('counter'))?.rank).toBe(20);
  });

  it('awaiting something other than its own calls lets the transaction commit early: the next call fails', async () => {
    db = openTestDb();
    const run = db.transaction('rw', ['items'], async (tx) => {
      await tx.items.put(item('a', 'g', 1));
      await new Promise((r) => setTimeout(r, 20));
      await tx.items.put(item('b', 'g', 2));
    });
    // the transaction is over (finished or inactive, depending on when the next call comes)
    await expect(run).rejects.toMatchObject({
      name: expect.stringMatching(/InvalidState|TransactionInactive/),
    });
    // and what came before the wait was committed on its own: why nothing but IndexedDB is awaited inside
    expect(await db.items.toCollection().primaryKeys()).toEqual(['a']);
  });

  it('a callback that resolves after an early commit is reported, not taken for a success', async () => {
    db = openTestDb();
    const run = db.transaction('rw', ['items'], async (tx) => {
      await tx.items.put(item('a', 'g', 1));
      await new Promise((r) => setTimeout(r, 20));
      return 'late';
    });
    await expect(run).rejects.toMatchObject({ name: 'PrematureCommitError' });
  });

  it('a read-only transaction refuses writes; tables outside its scope cannot be reached', async () => {
    db = openTestDb();
    await expect(
      db.transaction('r', ['items'], (tx) => tx.items.put(item('a', 'g', 1))),
    ).rejects.toMatchObject({
      name: 'ReadOnlyError',
    });
    await expect(
      db.transaction('r', ['items'], async (tx) => (tx as unknown as TestDb).table('log').count()),
    ).rejects.toThrow(/does not cover/);
    expect(await db.items.count()).toBe(0);
  });

  it('tx.table(name) reaches a covered table by name, bound to the transaction', async () => {
    db = openTestDb();
    await expect(
      db.transaction('rw', ['items', 'log'], async (tx) => {
        await tx.table('log').add({ text: 'x' });
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(await db.log.count()).toBe(0);
  });
});

describe('the database', () => {
  it('opens on first use, and a database with data opens again unchanged after closing', async () => {
    const name = `idb-reopen-${Math.random()}`;
    db = openTestDb(name);
    await db.items.bulkPut([item('a', 'g', 1), item('b', 'h', 2)]);
    await db.log.add({ text: 'one' });
    db.close();

    db = openTestDb(name);
    expect(await db.items.toArray()).toEqual([item('a', 'g', 1), item('b', 'h', 2)]);
    expect(await db.items.where('[group+rank]').equals(['h', 2]).primaryKeys()).toEqual(['b']);
    expect(await db.log.add({ text: 'two' })).toBe(2); // the key generator went on where it was
  });

  it('a closed database opens again on its next use', async () => {
    db = openTestDb();
    await db.items.add(item('a', 'g', 1));
    db.close();
    expect(await db.items.count()).toBe(1);
  });

  it('delete() removes the database and its data', async () => {
    const name = `idb-delete-${Math.random()}`;
    db = openTestDb(name);
    await db.items.add(item('a', 'g', 1));
    await db.delete();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    db = openTestDb(name);
    expect(await db.items.count()).toBe(0);
  });

  it('steps aside when another connection deletes the database, and opens afresh afterwards', async () => {
    const name = `idb-versionchange-${Math.random()}`;
    db = openTestDb(name);
    await db.items.add(item('a', 'g', 1));
    const other = openTestDb(name);
    await other.delete(); // would wait for ever if the first connection stayed open
    expect(await db.items.count()).toBe(0);
  });

  it('lists its tables with their schema', () => {
    db = openTestDb();
    expect(db.tables.map((t) => t.name)).toEqual(['items', 'pairs', 'log', 'people']);
    expect(db.table('pairs').schema.primKey.keyPath).toEqual(['a', 'b']);
    expect(db.table('people').schema.indexes).toEqual([
      { name: 'email', keyPath: 'email', unique: true, multiEntry: false, auto: false },
    ]);
  });
});
