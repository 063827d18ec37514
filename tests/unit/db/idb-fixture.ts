import { type Database, openDatabase } from '../../../lib/db/idb/database';
import type { Table } from '../../../lib/db/idb/table';

export interface Item {
  id: string;
  group: string;
  rank: number;
  code: string;
  note?: string | undefined;
}

export interface Pair {
  a: string;
  b: number;
  value: string;
}

export interface Entry {
  seq?: number;
  text: string;
}

export interface Person {
  id: string;
  email: string;
}

export interface TestTables {
  items: Table<Item, string>;
  pairs: Table<Pair, [string, number]>;
  log: Table<Entry, number>;
  people: Table<Person, string>;
}

export type TestDb = Database<TestTables> & TestTables;

export const TEST_STORES = {
  items: 'id, group, [group+rank], code',
  pairs: '[a+b], a',
  log: '++seq',
  people: 'id, &email',
};

export function openTestDb(name = `idb-${Math.random()}`): TestDb {
  return openDatabase<TestTables>(name, 10, TEST_STORES);
}

export const item = (id: string, group: string, rank: number, code = id): Item => ({ id, group, rank, code });
