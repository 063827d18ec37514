import { abortQuietly, completion, request } from './request';
import { parseStore, type StoreSpec } from './schema-spec';
import { type Scope, Table } from './table';

export type AnyTable = Table<unknown, IDBValidKey>;

/** The tables a transaction covers, each bound to it; `table(name)` reaches them by name. */
export type TxTables<T, N extends keyof T> = Pick<T, N> & { table<M extends N>(name: M): T[M] };

/** `r`: read only; `rw`: read and write. */
export type TxMode = 'r' | 'rw';

/**
 * One IndexedDB database: its tables as properties (`db.orders`), opened on first use and the connection kept.
 * `T` maps table names to their typed `Table`s; `stores` gives each table's Dexie-style index string.
 */
export class Database<T extends object> {
  private conn: Promise<IDBDatabase> | undefined;
  private readonly specs = new Map<string, StoreSpec>();
  private readonly alone: Scope = { run: (store, write, fn) => this.runAlone(store, write, fn) };

  constructor(
    readonly name: string,
    /** IndexedDB's own version number */
    private readonly version: number,
    stores: { [K in keyof T]: string },
  ) {
    for (const [table, spec] of Object.entries<string>(stores)) {
      if (table in this) throw new Error(`"${table}" cannot be a table name.`);
      const parsed = parseStore(table, spec);
      this.specs.set(table, parsed);
      (this as Record<string, unknown>)[table] = new Table(table, parsed, this.alone);
    }
  }

  get tables(): AnyTable[] {
    return [...this.specs.keys()].map((n) => (this as Record<string, unknown>)[n] as AnyTable);
  }

  table<N extends keyof T & string>(name: N): T[N] {
    if (!this.specs.has(name)) throw new Error(`There is no "${name}" table.`);
    return (this as unknown as T)[name];
  }

  /**
   * Runs `fn` in one transaction over `tables`: `tx` holds those tables, bound to it. Resolves with `fn`'s value
   * once the transaction has committed; if `fn` throws, the transaction is aborted (nothing it wrote stays)
   * and the promise rejects with that error. Inside `fn`, await only calls on `tx`: awaiting anything else
   * (a fetch, a timer) lets IndexedDB commit the transaction early, and the next call on `tx` fails.
   */
  async transaction<N extends keyof T & string, R>(
    mode: TxMode,
    tables: readonly N[],
    fn: (tx: TxTables<T, N>) => Promise<R>,
  ): Promise<R> {
    const idb = await this.connection();
    const tx = idb.transaction([...tables], mode === 'rw' ? 'readwrite' : 'readonly');
    let finished = false;
    const done = completion(tx).finally(() => {
      finished = true;
    });
    done.catch(() => undefined); // observed below; must not count as unhandled meanwhile
    let value: R;
    try {
      value = await fn(this.bind(tx, tables));
      if (finished) throw prematureCommit();
    } catch (e) {
      abortQuietly(tx);
      await done.catch(() => undefined);
      throw e;
    }
    await done;
    return value;
  }

  /** Opens the connection now rather than on first use. */
  async open(): Promise<void> {
    await this.connection();
  }

  /** Closes the connection (after its running transactions); a later call opens it again. */
  close(): void {
    const conn = this.conn;
    this.conn = undefined;
    void conn?.then(
      (idb) => idb.close(),
      () => undefined,
    );
  }

  /** Deletes the whole database. */
  async delete(): Promise<void> {
    this.close();
    await request(indexedDB.deleteDatabase(this.name));
  }

  private bind<N extends keyof T & string>(tx: IDBTransaction, names: readonly N[]): TxTables<T, N> {
    // `async`: a store outside the transaction's scope rejects rather than throws
    const scope: Scope = { run: async (store, _write, fn) => fn(tx.objectStore(store)) };
    const tables = new Map(names.map((n) => [n, new Table(n, this.specs.get(n)!, scope)]));
    const bound = Object.fromEntries(tables) as unknown as Pick<T, N>;
    return Object.assign(bound, {
      table<M extends N>(name: M): T[M] {
        const t = tables.get(name);
        if (!t) throw new Error(`The transaction does not cover the "${name}" table.`);
        return t as unknown as T[M];
      },
    });
  }

  /** One call outside any transaction: a short transaction of its own; a write resolves once committed. */
  private async runAlone<R>(
    store: string,
    write: boolean,
    fn: (store: IDBObjectStore) => Promise<R>,
  ): Promise<R> {
    const idb = await this.connection();
    const tx = idb.transaction(store, write ? 'readwrite' : 'readonly');
    if (!write) return fn(tx.objectStore(store));
    const done = completion(tx);
    done.catch(() => undefined);
    let value: R;
    try {
      value = await fn(tx.objectStore(store));
    } catch (e) {
      abortQuietly(tx); // a bulk call is all or nothing
      throw e;
    }
    try {
      tx.commit(); // every request is answered: no need to wait for the auto-commit
    } catch {
      // already committing
    }
    await done;
    return value;
  }

  private connection(): Promise<IDBDatabase> {
    this.conn ??= this.connect();
    return this.conn;
  }

  private connect(): Promise<IDBDatabase> {
    const opening: Promise<IDBDatabase> = new Promise((resolve, reject) => {
      const req = indexedDB.open(this.name, this.version);
      req.onupgradeneeded = () => createStores(req.result, req.transaction!, [...this.specs.values()]);
      req.onsuccess = () => {
        const idb = req.result;
        const forget = () => {
          if (this.conn === opening) this.conn = undefined;
        };
        // Another connection wants to upgrade or delete the database: step aside; the next call opens again.
        idb.onversionchange = () => {
          idb.close();
          forget();
        };
        // Closed by the browser (the database deleted from outside, storage cleared): open again on next use.
        idb.onclose = forget;
        resolve(idb);
      };
      req.onerror = () => reject(req.error);
      // `blocked`: a connection at an older version is still open. It is sent `versionchange` (ours close on
      // it), and this open goes on as soon as it has closed, so there is nothing to do but wait.
    });
    opening.catch(() => {
      if (this.conn === opening) this.conn = undefined; // a failed open is tried again on the next call
    });
    return opening;
  }
}

/**
 * Creates what is missing: every store on a new database; on an older one, new stores and indexes. Nothing is
 * removed or changed, so rows written by earlier builds stay as they are.
 */
function createStores(idb: IDBDatabase, tx: IDBTransaction, specs: readonly StoreSpec[]): void {
  for (const spec of specs) {
    const store = idb.objectStoreNames.contains(spec.name)
      ? tx.objectStore(spec.name)
      : idb.createObjectStore(spec.name, { keyPath: spec.primKey.keyPath, autoIncrement: spec.primKey.auto });
    for (const index of spec.indexes) {
      if (store.indexNames.contains(index.name)) continue;
      store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
    }
  }
}

function prematureCommit(): Error {
  const e = new Error(
    'The transaction committed before its callback finished: something other than its own calls was awaited.',
  );
  e.name = 'PrematureCommitError';
  return e;
}

/** A database typed with its tables as properties. */
export function openDatabase<T extends object>(
  name: string,
  version: number,
  stores: { [K in keyof T]: string },
): Database<T> & T {
  return new Database<T>(name, version, stores) as Database<T> & T;
}
