import type { JobRow, ProductLinkRow } from '../db/schema';
import type { LinkDirection } from '../sixshop/schemas/product-link';

/**
 * A problem with one field, in Korean, and where the seller fixes it: the shop product (식스샵 상품),
 * the sales preset (판매 설정 프리셋) or SmartStore's seller center.
 */
export interface FieldProblem {
  /** `product.price`, `product.options.combinations.2.addPrice`, `preset.delivery.baseFee`, or Naver's own name */
  path: string;
  /** the field as the seller knows it (판매가, A/S 전화번호 …) */
  label: string;
  message: string;
  fixIn: 'shop' | 'preset' | 'smartstore';
}

/** Why a product failed, and what to do about it. */
export interface ItemError {
  kind: string;
  message: string;
  /** per-field problems (validation) */
  fields?: FieldProblem[] | undefined;
  traceId?: string | undefined;
  /** true when "다시 시도" can help without changing anything */
  retryable: boolean;
}

export type JobKind = 'import' | 'export';
/** `queued` waits for the account's running job; `done` may still hold failed or conflicting products. */
export type JobStatus = 'queued' | 'running' | 'done' | 'cancelled';
export type ItemStatus = 'pending' | 'in-flight' | 'done' | 'failed' | 'conflict' | 'skipped' | 'cancelled';

/** One product of a job and its result. */
export interface JobItem {
  /** `o:<originProductNo>` for an import, `s:<shopProductId>` for an export */
  key: string;
  /** the product's name as last seen */
  label: string;
  originProductNo?: number | undefined;
  channelProductNo?: number | undefined;
  shopProductId?: string | undefined;
  /** import: SmartStore's `modifiedDate` when it was listed */
  smartstoreModifiedAt?: string | undefined;
  status: ItemStatus;
  /**
   * When a create (SmartStore product on export, shop product on import) was about to be sent. Set and saved
   * before the call; while it is set and no product number is known, the product is looked for before any
   * new create, so nothing is ever created twice.
   */
  attemptAt?: number | undefined;
  /** what that create sent, to recognise the product when looking for it */
  sentName?: string | undefined;
  sentSellerCode?: string | undefined;
  outcome?: 'created' | 'updated' | undefined;
  error?: ItemError | undefined;
  /** export of a linked product that SmartStore changed since our last sync */
  conflict?: { smartstoreModifiedAt: string; syncedModifiedAt?: string | undefined } | undefined;
  /** the seller chose 덮어쓰기 for a conflict */
  overwrite?: boolean | undefined;
  finishedAt?: number | undefined;
}

export interface JobState {
  /** the preset an export applies (absent: the account's default) */
  presetId?: string | undefined;
  /** re-export also re-applies the preset's SmartStore settings (category, delivery …) */
  reapplyPreset?: boolean | undefined;
  /** import of everything that matches; the items are listed when the job starts */
  selection?: { statuses?: string[] | undefined; name?: string | undefined } | undefined;
  listed: boolean;
  items: JobItem[];
  /** the seller's click, so that a double click starts one job */
  requestId?: string | undefined;
  cancelRequested?: boolean | undefined;
  /** key of the product being worked on */
  current?: string | undefined;
  /** the job could not run at all (e.g. no preset, listing failed) */
  error?: ItemError | undefined;
}

export interface ProductJobRow extends JobRow {
  kind: JobKind;
  status: JobStatus;
  state: JobState;
}

export interface JobProgress {
  total: number;
  /** finished one way or another (done, failed, conflict, skipped, cancelled) */
  processed: number;
  done: number;
  failed: number;
  conflicts: number;
  skipped: number;
  /** name of the product being worked on */
  current?: string | undefined;
}

export interface JobItemView {
  key: string;
  label: string;
  status: ItemStatus;
  originProductNo?: number | undefined;
  channelProductNo?: number | undefined;
  shopProductId?: string | undefined;
  outcome?: 'created' | 'updated' | undefined;
  error?: ItemError | undefined;
  conflict?: JobItem['conflict'];
}

export interface JobView {
  id: string;
  accountId: string;
  kind: JobKind;
  status: JobStatus;
  createdAt: number;
  updatedAt: number;
  progress: JobProgress;
  presetId?: string | undefined;
  error?: ItemError | undefined;
  items: JobItemView[];
}

/** The local copy of a product link (the shop backend holds the original). */
export interface LocalProductLink extends ProductLinkRow {
  channelProductNo: number;
  lastDirection: LinkDirection;
  shopRevision: number;
  smartstoreModifiedAt?: string | undefined;
}
