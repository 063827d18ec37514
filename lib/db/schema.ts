import type { ActionRecord } from '../orders/outbox-types';
import { type Database, openDatabase } from './idb/database';
import type { Table } from './idb/table';

/** A linked SmartStore account (no secret here: own-app secrets live in `secrets`). */
export interface AccountRow {
  id: string;
  /** 계정 별칭: editable */
  alias: string;
  /** 스마트스토어 계정 ID: the slug after smartstore.naver.com/; fixed after linking */
  storeSlug: string;
  /** API 연동용 판매자 ID; fixed after linking */
  apiSellerId: string;
  linkMode: 'AGENCY' | 'OWN_APP';
  /** The market account's id on the shop backend */
  shopMarketAccountId: string;
  storeName?: string | undefined;
  channelNo?: number | undefined;
  createdAt: number;
  updatedAt: number;
}

/** Secrets, only ever read by the background: the shop key and own-app credentials. */
export type SecretRow =
  | { key: 'shopKey'; value: string }
  | { key: `ownApp:${string}`; value: { clientId: string; clientSecret: string } };

export interface SettingRow {
  key: string;
  value: unknown;
}

/** A SmartStore product order as the extension keeps it (filled by the order sync). */
export interface OrderRow {
  accountId: string;
  productOrderId: string;
  orderId: string;
  /** the shop's status (주문 확인 중 …), see lib/orders/status.ts */
  status: string;
  /** SmartStore's last change (epoch ms) */
  lastChangedAt: number;
  paidAt: number;
  /** 1 while the shop backend has not yet received this version */
  shopPending: 0 | 1;
  /** SmartStore's dispatch deadline (epoch ms), 0 when there is none: indexed for the deadline counts */
  shipDueAt?: number | undefined;
  updatedAt: number;
  data: unknown;
}

export interface ProductLinkRow {
  accountId: string;
  shopProductId: string;
  originProductNo: number;
  channelProductNo?: number | undefined;
  syncedAt: number;
}

export interface PresetRow {
  id: string;
  accountId: string;
  name: string;
  isDefault: boolean;
  fields: unknown;
  updatedAt: number;
}

export interface JobRow {
  id: string;
  accountId: string;
  kind: string;
  status: string;
  createdAt: number;
  updatedAt: number;
  state: unknown;
}

export interface CursorRow {
  accountId: string;
  value: unknown;
}

export interface SyncLogRow {
  id?: number;
  accountId: string;
  at: number;
  kind: string;
  detail: unknown;
}

/** Every table, typed by its rows and primary key. */
export interface LinkTableMap {
  accounts: Table<AccountRow, string>;
  secrets: Table<SecretRow, string>;
  settings: Table<SettingRow, string>;
  orders: Table<OrderRow, [string, string]>;
  productLinks: Table<ProductLinkRow, [string, string]>;
  presets: Table<PresetRow, string>;
  /** the outbox: every action the seller issued (발주 확인, 배송 처리, 취소 처리) */
  outbox: Table<ActionRecord, string>;
  jobs: Table<JobRow, string>;
  cursors: Table<CursorRow, string>;
  syncLog: Table<SyncLogRow, number>;
}

export type TableName = keyof LinkTableMap;

/**
 * The tables a helper works on. Both the database (each call its own transaction) and a transaction that
 * covers them (`db.transaction('rw', ['orders'], (tx) => …)`: every call joins it) satisfy it, so a helper
 * called inside a transaction stays inside it.
 */
export type LinkTables<N extends TableName = TableName> = Pick<LinkTableMap, N>;

export type LinkDb = Database<LinkTableMap> & LinkTableMap;

/**
 * Every table that holds one account's data, by its `accountId` index. Unlink deletes from exactly these;
 * a test fails if a table is added without being listed here or in GLOBAL_TABLES.
 */
export const ACCOUNT_TABLES = [
  'orders',
  'productLinks',
  'presets',
  'outbox',
  'jobs',
  'cursors',
  'syncLog',
] as const;
export const GLOBAL_TABLES = ['accounts', 'secrets', 'settings'] as const;

/**
 * Dexie's `version(1)` was IndexedDB version 10 (Dexie multiplies by 10): a database written by an earlier
 * build opens at the same version, unchanged, with its data.
 */
const NATIVE_VERSION = 10;

/** Opened on first use. Index strings in Dexie's syntax (see idb/schema-spec.ts), so index names stay the same. */
export function openLinkDb(name = 'smartstore-link'): LinkDb {
  return openDatabase<LinkTableMap>(name, NATIVE_VERSION, {
    accounts: 'id, &apiSellerId, &storeSlug',
    secrets: 'key',
    settings: 'key',
    orders:
      '[accountId+productOrderId], accountId, [accountId+status], [accountId+status+updatedAt], [accountId+status+shipDueAt], [accountId+paidAt], [accountId+shopPending], [accountId+orderId], status, orderId, productOrderId',
    productLinks: '[accountId+shopProductId], accountId, [accountId+originProductNo]',
    presets: 'id, accountId',
    outbox: 'id, accountId, [accountId+status], status, createdAt',
    jobs: 'id, accountId, status',
    cursors: 'accountId',
    syncLog: '++id, accountId, [accountId+at]',
  });
}
