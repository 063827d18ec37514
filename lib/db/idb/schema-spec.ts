/**
 * Dexie's index syntax, kept so the object stores and index names of databases written by earlier builds
 * stay exactly the same: the first entry is the primary key, then one index per entry.
 *   `id`           key path `id`
 *   `++id`         auto-incremented primary key
 *   `&apiSellerId` unique index
 *   `*tags`        multi-entry index
 *   `[a+b]`        compound: named `[a+b]`, key path `['a', 'b']`
 */

export interface IndexSpec {
  /** the index's name in IndexedDB (for the primary key: the name `where()` knows it by) */
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
  /** primary key only: the store generates it */
  auto: boolean;
}

export interface StoreSpec {
  name: string;
  primKey: IndexSpec;
  indexes: IndexSpec[];
}

export function parseIndex(entry: string): IndexSpec {
  const src = entry.trim();
  const name = src.replace(/[&*]|\+\+/g, '');
  const compound = /^\[(.+)\]$/.exec(name);
  return {
    name,
    keyPath: compound ? compound[1]!.split('+') : name,
    unique: src.includes('&'),
    multiEntry: src.includes('*'),
    auto: src.includes('++'),
  };
}

export function parseStore(name: string, spec: string): StoreSpec {
  const [primKey, ...indexes] = spec.split(',').map(parseIndex);
  if (!primKey?.name) throw new Error(`The "${name}" table needs an inline primary key.`);
  return { name, primKey, indexes };
}
