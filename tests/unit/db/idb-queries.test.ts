import { afterEach, describe, expect, it } from 'vitest';
import { item, openTestDb, type TestDb } from './idb-fixture';

let db: TestDb;
afterEach(async () => {
  await db?.delete();
});

const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id);

async function seed(): Promise<void> {
  db = openTestDb();
  // written out of every order, so that any order the results have comes from the indexes
  await db.items.bulkPut([
    item('e', 'b', 1),
    item('c', 'a', 2),
    item('a', 'a', 2),
    item('d', 'a', 1),
    item('b', 'b', 3),
    item('f', 'a', 3),
  ]);
}

describe('reads', () => {
  it('get answers the row, or undefined when there is none; bulkGet keeps the keys’ order', async () => {
    await seed();
    expect(await db.items.get('c')).toEqual(item('c', 'a', 2));
    expect(await db.items.get('zz')).toBeUndefined();
    expect(ids((await db.items.bulkGet(['f', 'a'])) as Array<{ id: string }>)).toEqual(['f', 'a']);
    expect(await db.items.bulkGet(['a', 'zz', 'b'])).toEqual([
      item('a', 'a', 2),
      undefined,
      item('b', 'b', 3),
    ]);
  });

  it('toArray and toCollection are in primary-key order; count counts', async () => {
    await seed();
    expect(ids(await db.items.toArray())).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(await db.items.toCollection().primaryKeys()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(await db.items.count()).toBe(6);
  });

  it('an index gives index order, then primary-key order among equal values', async () => {
    await seed();
    expect(ids(await db.items.where('group').equals('a').toArray())).toEqual(['a', 'c', 'd', 'f']);
    expect(ids(await db.items.orderBy('group').toArray())).toEqual(['a', 'c', 'd', 'f', 'b', 'e']);
    expect(await db.items.where('group').equals('a').primaryKeys()).toEqual(['a', 'c', 'd', 'f']);
  });

  it('a compound index orders by each part in turn; reverse turns both orders round', async () => {
    await seed();
    const range = () => db.items.where('[group+rank]').between(['a', 0], ['a', 99]);
    expect(ids(await range().toArray())).toEqual(['d', 'a', 'c', 'f']);
    expect(ids(await range().reverse().toArray())).toEqual(['f', 'c', 'a', 'd']);
    expect(ids(await range().reverse().limit(2).toArray())).toEqual(['f', 'c']);
    expect(ids(await range().limit(3).toArray())).toEqual(['d', 'a', 'c']);
    expect((await range().first())?.id).toBe('d');
    expect((await range().last())?.id).toBe('f');
    expect(await db.items.where('[group+rank]').equals(['a', 2]).count()).toBe(2);
  });

  it('between includes the lower bound and not the upper one unless asked; an empty range is empty', async () => {
    await seed();
    const ranks = (c: Promise<Array<{ rank: number; id: string }>>) =>
      c.then((rows) => rows.map((r) => `${r.rank}${r.id}`));
    const w = () => db.items.where('[group+rank]');
    expect(await ranks(w().between(['a', 1], ['a', 3]).toArray())).toEqual(['1d', '2a', '2c']);
    expect(await ranks(w().between(['a', 1], ['a', 3], false, true).toArray())).toEqual(['2a', '2c', '3f']);
    expect(await w().between(['a', 3], ['a', 1]).toArray()).toEqual([]);
    expect(await w().between(['a', 2], ['a', 2]).count()).toBe(0);
    expect(await w().between(['a', 2], ['a', 2], true, true).count()).toBe(2);
  });

  it('aboveOrEqual starts at the value', async () => {
    await seed();
    expect(ids(await db.items.where('code').aboveOrEqual('d').toArray())).toEqual(['d', 'e', 'f']);
  });

  it('anyOf answers in key order whatever order was asked, each row once; nothing asked, nothing found', async () => {
    await seed();
    expect(ids(await db.items.where('code').anyOf(['f', 'b', 'zz', 'd', 'b']).toArray())).toEqual([
      'b',
      'd',
      'f',
    ]);
    expect(ids(await db.items.where('group').anyOf(['b', 'a']).toArray())).toEqual([
      'a',
      'c',
      'd',
      'f',
      'b',
      'e',
    ]);
    expect(ids(await db.items.where('group').anyOf(['b', 'a']).reverse().limit(3).toArray())).toEqual([
      'e',
      'b',
      'f',
    ]);
    expect(await db.items.where('code').anyOf([]).toArray()).toEqual([]);
    expect(await db.items.where('group').anyOf(['a', 'b']).count()).toBe(6);
  });

  it('startsWith matches the prefix only, in order', async () => {
    db = openTestDb();
    await db.items.bulkPut(
      ['129', '12', '1', '13', '120', '2', '12a'].map((code, i) => item(`i${i}`, 'g', i, code)),
    );
    const codes = await db.items.where('code').startsWith('12').toArray();
    expect(codes.map((r) => r.code)).toEqual(['12', '120', '129', '12a']);
    expect(await db.items.where('code').startsWith('12').limit(2).count()).toBe(2);
  });

  it('filter keeps what it accepts, and limit counts only those', async () => {
    await seed();
    const odd = (r: { rank: number }) => r.rank % 2 === 1;
    expect(ids(await db.items.filter(odd).toArray())).toEqual(['b', 'd', 'e', 'f']);
    expect(ids(await db.items.where('group').equals('a').filter(odd).limit(1).toArray())).toEqual(['d']);
    expect(await db.items.where('group').equals('a').filter(odd).count()).toBe(2);
    expect((await db.items.filter((r) => r.group === 'b').first())?.id).toBe('b');
    expect(await db.items.filter(() => false).first()).toBeUndefined();
  });

  it('backwards, a filter and a limit walk the ranges last to first', async () => {
    await seed();
    const odd = (r: { rank: number }) => r.rank % 2 === 1;
    const both = () => db.items.where('group').anyOf(['a', 'b']);
    expect(ids(await both().reverse().filter(odd).toArray())).toEqual(['e', 'b', 'f', 'd']);
    expect(ids(await both().reverse().filter(odd).limit(3).toArray())).toEqual(['e', 'b', 'f']);
    expect(await both().reverse().limit(3).primaryKeys()).toEqual(['e', 'b', 'f']);
    expect(await both().reverse().filter(odd).count()).toBe(4);
    expect((await both().filter(odd).last())?.id).toBe('e');
  });

  it('a compound primary key: get, bulkGet, where on it, and a plain index beside it', async () => {
    db = openTestDb();
    await db.pairs.bulkPut([
      { a: 'x', b: 2, value: 'x2' },
      { a: 'y', b: 1, value: 'y1' },
      { a: 'x', b: 1, value: 'x1' },
    ]);
    expect((await db.pairs.get(['x', 1]))?.value).toBe('x1');
    expect(await db.pairs.get(['x', 3])).toBeUndefined();
    expect(
      (
        await db.pairs.bulkGet([
          ['y', 1],
          ['x', 9],
        ])
      ).map((p) => p?.value),
    ).toEqual(['y1', undefined]);
    expect(await db.pairs.where('a').equals('x').primaryKeys()).toEqual([
      ['x', 1],
      ['x', 2],
    ]);
    expect(
      (await db.pairs.where('[a+b]').between(['x', 0], ['x', 99]).toArray()).map((p) => p.value),
    ).toEqual(['x1', 'x2']);
  });

  it('an unknown index is refused', async () => {
    db = openTestDb();
    expect(() => db.items.where('rank')).toThrow(/not an index/);
  });

  it('an invalid key rejects instead of throwing', async () => {
    db = openTestDb();
    await expect(
      db.items
        .where('code')
        .equals({} as unknown as string)
        .toArray(),
    ).rejects.toMatchObject({
      name: 'DataError',
    });
  });
});

describe('writes', () => {
  it('a where-clause delete removes exactly the selected rows and resolves how many', async () => {
    await seed();
    expect(await db.items.where('group').equals('a').delete()).toBe(4);
    expect(ids(await db.items.toArray())).toEqual(['b', 'e']);
    expect(await db.items.where('group').equals('a').delete()).toBe(0);
    expect(await db.items.where('[group+rank]').between(['b', 0], ['b', 2]).delete()).toBe(1);
    expect(ids(await db.items.toArray())).toEqual(['b']);
  });

  it('update changes the named fields (undefined removes one) and resolves 1, or 0 for no row', async () => {
    db = openTestDb();
    await db.items.put({ ...item('a', 'g', 1), note: 'n' });
    expect(await db.items.update('a', { rank: 5, note: undefined })).toBe(1);
    const row = await db.items.get('a');
    expect(row).toEqual(item('a', 'g', 5));
    expect(row && 'note' in row).toBe(false);
    expect(await db.items.update('zz', { rank: 1 })).toBe(0);
    expect(await db.items.get('zz')).toBeUndefined();
  });

  it('bulkPut writes in order (the later of two rows with one key wins); bulkDelete and clear remove', async () => {
    db = openTestDb();
    await db.items.bulkPut([item('a', 'g', 1), item('b', 'g', 2), item('a', 'g', 3)]);
    expect(await db.items.get('a')).toEqual(item('a', 'g', 3));
    await db.items.bulkDelete(['a', 'zz']);
    expect(ids(await db.items.toArray())).toEqual(['b']);
    await db.items.clear();
    expect(await db.items.count()).toBe(0);
  });

  it('add of a key that exists rejects with ConstraintError and changes nothing', async () => {
    db = openTestDb();
    await db.items.add(item('a', 'g', 1));
    const err = await db.items.add(item('a', 'other', 9)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DOMException);
    expect((err as DOMException).name).toBe('ConstraintError');
    expect(await db.items.get('a')).toEqual(item('a', 'g', 1));
  });

  it('a value a unique index already holds is refused with ConstraintError, by add and by put', async () => {
    db = openTestDb();
    await db.people.add({ id: 'p1', email: 'a@x' });
    await expect(db.people.add({ id: 'p2', email: 'a@x' })).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    await expect(db.people.put({ id: 'p3', email: 'a@x' })).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    expect(await db.people.count()).toBe(1);
    await db.people.put({ id: 'p1', email: 'b@x' }); // the row itself may change its value
    await db.people.add({ id: 'p2', email: 'a@x' });
    expect(await db.people.count()).toBe(2);
  });

  it('a bulk write outside a transaction is all or nothing', async () => {
    db = openTestDb();
    await db.people.add({ id: 'p1', email: 'a@x' });
    await expect(
      db.people.bulkPut([
        { id: 'p2', email: 'b@x' },
        { id: 'p3', email: 'a@x' },
      ]),
    ).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await db.people.toCollection().primaryKeys()).toEqual(['p1']);
  });

  it('++ keys are generated in sequence and set on the row added', async () => {
    db = openTestDb();
    const first = { text: 'one' };
    expect(await db.log.add(first)).toBe(1);
    expect(first).toEqual({ seq: 1, text: 'one' });
    expect(await db.log.add({ text: 'two' })).toBe(2);
    expect(await db.log.put({ seq: undefined, text: 'three' })).toBe(3);
    await db.log.put({ seq: 10, text: 'ten' });
    expect(await db.log.add({ text: 'eleven' })).toBe(11);
    expect((await db.log.toArray()).map((e) => e.text)).toEqual(['one', 'two', 'three', 'ten', 'eleven']);
  });
});
