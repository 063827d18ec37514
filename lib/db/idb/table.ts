import { Collection, type RunOnStore } from './collection';
import { request } from './request';
import type { StoreSpec } from './schema-spec';
import { WhereClause } from './where-clause';

/** Where a table's calls run: each in a short transaction of its own, or in one transaction the caller holds. */
export interface Scope {
  run<T>(store: string, write: boolean, fn: (store: IDBObjectStore) => Promise<T>): Promise<T>;
}

/**
 * One object store, with Dexie's vocabulary. Bound to the database, every call is its own transaction (a write
 * resolves once it is committed); bound to a transaction, every call joins it.
 */
export class Table<Row, Key extends IDBValidKey> {
  private readonly run: RunOnStore;

  constructor(
    readonly name: string,
    readonly schema: StoreSpec,
    scope: Scope,
  ) {
    this.run = (write, fn) => scope.run(name, write, fn);
  }

  /** The row, or `undefined` when there is none. */
  get(key: Key): Promise<Row | undefined> {
    return this.run(false, (s) => request<Row | undefined>(s.get(key)));
  }

  /** One entry per key, in the keys' order (`undefined` where there is no row). */
  bulkGet(keys: readonly Key[]): Promise<Array<Row | undefined>> {
    return this.run(false, (s) => Promise.all(keys.map((k) => request<Row | undefined>(s.get(k)))));
  }

  put(row: Row): Promise<Key> {
    return this.run(true, (s) => request(s.put(this.storable(row))) as Promise<Key>);
  }

  /** Written in order: of two rows with one key, the later wins. */
  bulkPut(rows: readonly Row[]): Promise<void> {
    return this.run(true, async (s) => {
      await Promise.all(rows.map((r) => request(s.put(this.storable(r)))));
    });
  }

  /**
   * Rejects with a `ConstraintError` DOMException when the key, or a unique index's value, is taken. A key the
   * store generates (`++id`) is also set on `row`.
   */
  add(row: Row): Promise<Key> {
    return this.run(true, async (s) => {
      const key = (await request(s.add(this.storable(row)))) as Key;
      const { auto, keyPath } = this.schema.primKey;
      if (auto && typeof keyPath === 'string') (row as Record<string, unknown>)[keyPath] = key;
      return key;
    });
  }

  delete(key: Key): Promise<void> {
    return this.run(true, (s) => request(s.delete(key)));
  }

  bulkDelete(keys: readonly Key[]): Promise<void> {
    return this.run(true, async (s) => {
      await Promise.all(keys.map((k) => request(s.delete(k))));
    });
  }

  clear(): Promise<void> {
    return this.run(true, (s) => request(s.clear()));
  }

  count(): Promise<number> {
    return this.run(false, (s) => request(s.count()));
  }

  /** Changes some fields of one row (`undefined` removes a field); resolves 1, or 0 when there is no such row. */
  update(key: Key, changes: Partial<Row>): Promise<0 | 1> {
    return this.run(true, async (s) => {
      const row = await request<Record<string, unknown> | undefined>(s.get(key));
      if (!row) return 0;
      for (const [field, value] of Object.entries(changes as object)) {
        if (value === undefined) delete row[field];
        else row[field] = value;
      }
      await request(s.put(row));
      return 1;
    });
  }

  toArray(): Promise<Row[]> {
    return this.toCollection().toArray();
  }

  /** Every row, in primary-key order. */
  toCollection(): Collection<Row, Key> {
    return new Collection(this.run, null, () => [undefined]);
  }

  /** Every row that has a value for `index`, in that index's order. */
  orderBy(index: string): Collection<Row, Key> {
    return new Collection(this.run, this.indexName(index), () => [undefined]);
  }

  where(index: string): WhereClause<Row, Key> {
    return new WhereClause(this.run, this.indexName(index));
  }

  filter(fn: (row: Row) => boolean): Collection<Row, Key> {
    return this.toCollection().filter(fn);
  }

  limit(n: number): Collection<Row, Key> {
    return this.toCollection().limit(n);
  }

  /** `null` for the primary key (queried on the store itself); an unknown name is a programming error. */
  private indexName(name: string): string | null {
    if (name === this.schema.primKey.name) return null;
    if (this.schema.indexes.some((i) => i.name === name)) return name;
    throw new Error(`"${name}" is not an index of the "${this.name}" table.`);
  }

  /** IndexedDB refuses an auto-incremented key that is present but `undefined`; such a row is stored without it. */
  private storable(row: Row): Row {
    const { auto, keyPath } = this.schema.primKey;
    if (!auto || typeof keyPath !== 'string') return row;
    const fields = row as Record<string, unknown>;
    if (!(keyPath in fields) || fields[keyPath] !== undefined) return row;
    const { [keyPath]: _, ...rest } = fields;
    return rest as Row;
  }
}
