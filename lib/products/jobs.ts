import type { JobRow, LinkDb, LinkTables } from '../db/schema';
import { t } from '../i18n';
import { UserFacingError } from '../messaging/errors';
import type { ItemStatus, JobItem, JobKind, JobProgress, JobState, JobView, ProductJobRow } from './types';

/**
 * Import and export jobs as rows of the `jobs` table: `{ id, accountId, kind, status, createdAt, updatedAt,
 * state }`, `state.items` holding every product and its result. Every change is a read-modify-write in one
 * transaction, so the runner and the seller's clicks (cancel, retry, 덮어쓰기) never overwrite each other.
 */

export const JOB_KINDS: readonly JobKind[] = ['import', 'export'];
const KEEP_FINISHED = 30;

export function isProductJob(row: JobRow | undefined): row is ProductJobRow {
  return !!row && (JOB_KINDS as readonly string[]).includes(row.kind);
}

const FINISHED: ReadonlySet<ItemStatus> = new Set(['done', 'failed', 'conflict', 'skipped', 'cancelled']);
export const isOpen = (i: JobItem) => i.status === 'pending' || i.status === 'in-flight';

export function progressOf(state: JobState): JobProgress {
  const p: JobProgress = {
    total: state.items.length,
    processed: 0,
    done: 0,
    failed: 0,
    conflicts: 0,
    skipped: 0,
  };
  for (const i of state.items) {
    if (FINISHED.has(i.status)) p.processed++;
    if (i.status === 'done') p.done++;
    else if (i.status === 'failed') p.failed++;
    else if (i.status === 'conflict') p.conflicts++;
    else if (i.status === 'skipped' || i.status === 'cancelled') p.skipped++;
  }
  const current = state.current ? state.items.find((i) => i.key === state.current) : undefined;
  if (current) p.current = current.label;
  return p;
}

export function jobView(row: ProductJobRow, opts: { items?: boolean } = {}): JobView {
  return {
    id: row.id,
    accountId: row.accountId,
    kind: row.kind,
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    progress: progressOf(row.state),
    ...(row.state.presetId ? { presetId: row.state.presetId } : {}),
    ...(row.state.error ? { error: row.state.error } : {}),
    items:
      opts.items === false
        ? []
        : row.state.items.map((i) => ({
            key: i.key,
            label: i.label,
            status: i.status,
            ...(i.originProductNo !== undefined ? { originProductNo: i.originProductNo } : {}),
            ...(i.channelProductNo !== undefined ? { channelProductNo: i.channelProductNo } : {}),
            ...(i.shopProductId !== undefined ? { shopProductId: i.shopProductId } : {}),
            ...(i.outcome ? { outcome: i.outcome } : {}),
            ...(i.error ? { error: i.error } : {}),
            ...(i.conflict ? { conflict: i.conflict } : {}),
          })),
  };
}

export async function getJob(db: LinkTables<'jobs'>, id: string): Promise<ProductJobRow | undefined> {
  const row = await db.jobs.get(id);
  return isProductJob(row) ? row : undefined;
}

export async function requireJob(db: LinkDb, id: string): Promise<ProductJobRow> {
  const row = await getJob(db, id);
  if (!row)
    throw new UserFacingError(
      'not-found',
      t('작업을 찾을 수 없습니다. 목록을 새로 고침해 주세요.', 'Job not found. Refresh the list.'),
    );
  return row;
}

/** Changes one job in one transaction; answers the row as written. */
export async function updateJob(
  db: LinkDb,
  id: string,
  now: number,
  change: (row: ProductJobRow) => void,
): Promise<ProductJobRow | undefined> {
  return db.transaction('rw', ['jobs'], async (tx) => {
    const row = await getJob(tx, id);
    if (!row) return undefined;
    change(row);
    row.updatedAt = now;
    await tx.jobs.put(row);
    return row;
  });
}

/** Changes one product of a job. */
export async function patchItem(
  db: LinkDb,
  id: string,
  key: string,
  now: number,
  patch: Partial<JobItem>,
  opts: { current?: boolean } = {},
): Promise<void> {
  await updateJob(db, id, now, (row) => {
    const item = row.state.items.find((i) => i.key === key);
    if (!item) return;
    if (opts.current) row.state.current = key;
    Object.assign(item, patch);
    for (const k of Object.keys(patch) as (keyof JobItem)[]) if (patch[k] === undefined) delete item[k];
    if (patch.status && FINISHED.has(patch.status)) item.finishedAt = now;
  });
}

export async function accountJobs(db: LinkTables<'jobs'>, accountId: string): Promise<ProductJobRow[]> {
  const rows = await db.jobs.where('accountId').equals(accountId).toArray();
  return rows.filter(isProductJob).sort((a, b) => b.createdAt - a.createdAt);
}

export async function listJobs(db: LinkDb, accountId?: string): Promise<ProductJobRow[]> {
  const rows = accountId
    ? await db.jobs.where('accountId').equals(accountId).toArray()
    : await db.jobs.toArray();
  return rows.filter(isProductJob).sort((a, b) => b.createdAt - a.createdAt);
}

/** The job the account's runner works on next: a running one left by a stopped worker first, then the oldest queued. */
export async function nextRunnable(db: LinkDb, accountId: string): Promise<ProductJobRow | undefined> {
  const open = (await accountJobs(db, accountId)).filter(
    (j) => j.status === 'running' || j.status === 'queued',
  );
  open.sort((a, b) => (a.status === b.status ? a.createdAt - b.createdAt : a.status === 'running' ? -1 : 1));
  return open[0];
}

/** A new job; the same `requestId` (a double click) answers the job it already started. */
export async function createJob(
  db: LinkDb,
  input: {
    id: string;
    accountId: string;
    kind: JobKind;
    state: Omit<JobState, 'listed'> & { listed?: boolean };
    now: number;
  },
): Promise<ProductJobRow> {
  return db.transaction('rw', ['jobs'], async (tx) => {
    const existing = (await accountJobs(tx, input.accountId)).find(
      (j) => input.state.requestId && j.state.requestId === input.state.requestId,
    );
    if (existing) return existing;
    const row: ProductJobRow = {
      id: input.id,
      accountId: input.accountId,
      kind: input.kind,
      status: 'queued',
      createdAt: input.now,
      updatedAt: input.now,
      state: { listed: false, ...input.state },
    };
    await tx.jobs.add(row);
    const finished = (await accountJobs(tx, input.accountId)).filter(
      (j) => j.status === 'done' || j.status === 'cancelled',
    );
    if (finished.length > KEEP_FINISHED)
      await tx.jobs.bulkDelete(finished.slice(KEEP_FINISHED).map((j) => j.id));
    return row;
  });
}

/** 취소: a queued job stops at once; a running one after the product in hand. */
export async function cancelJob(db: LinkDb, id: string, now: number): Promise<ProductJobRow> {
  const row = await updateJob(db, id, now, (r) => {
    if (r.status === 'done' || r.status === 'cancelled') return;
    r.state.cancelRequested = true;
    if (r.status === 'queued') finishCancelled(r, now);
  });
  if (!row)
    throw new UserFacingError(
      'not-found',
      t('작업을 찾을 수 없습니다. 목록을 새로 고침해 주세요.', 'Job not found. Refresh the list.'),
    );
  return row;
}

export function finishCancelled(row: ProductJobRow, now: number): void {
  row.status = 'cancelled';
  row.state.current = undefined;
  for (const i of row.state.items) {
    // an in-flight create stays as it is: its outcome is checked before anything else on retry
    if (i.status === 'pending') {
      i.status = 'cancelled';
      i.finishedAt = now;
    }
  }
}

/** 다시 시도: failed (or cancelled) products go back to the queue; the job runs again. */
export async function retryJobItems(
  db: LinkDb,
  id: string,
  keys: readonly string[] | undefined,
  now: number,
): Promise<ProductJobRow> {
  const row = await updateJob(db, id, now, (r) => {
    const wanted = keys && keys.length > 0 ? new Set(keys) : undefined;
    let count = 0;
    for (const i of r.state.items) {
      const retryable =
        i.status === 'failed' ||
        i.status === 'cancelled' ||
        (i.status === 'in-flight' && r.status !== 'running');
      if (!retryable || (wanted && !wanted.has(i.key))) continue;
      i.status = 'pending';
      delete i.error;
      delete i.finishedAt;
      count++;
    }
    if (r.state.error && !r.state.listed) {
      delete r.state.error;
      count++;
    }
    if (count === 0) return;
    delete r.state.error;
    r.state.cancelRequested = false;
    if (r.status !== 'running') r.status = 'queued';
  });
  if (!row)
    throw new UserFacingError(
      'not-found',
      t('작업을 찾을 수 없습니다. 목록을 새로 고침해 주세요.', 'Job not found. Refresh the list.'),
    );
  return row;
}

/** A conflict's answer: 덮어쓰기 (export ours over SmartStore's change) or 건너뛰기. */
export async function resolveConflict(
  db: LinkDb,
  id: string,
  keys: readonly string[],
  choice: 'overwrite' | 'skip',
  now: number,
): Promise<ProductJobRow> {
  const wanted = new Set(keys);
  const row = await updateJob(db, id, now, (r) => {
    for (const i of r.state.items) {
      if (i.status !== 'conflict' || !wanted.has(i.key)) continue;
      if (choice === 'overwrite') {
        i.status = 'pending';
        i.overwrite = true;
        delete i.finishedAt;
      } else {
        i.status = 'skipped';
        i.finishedAt = now;
      }
    }
    if (choice === 'overwrite' && r.status !== 'running' && r.state.items.some(isOpen)) r.status = 'queued';
  });
  if (!row)
    throw new UserFacingError(
      'not-found',
      t('작업을 찾을 수 없습니다. 목록을 새로 고침해 주세요.', 'Job not found. Refresh the list.'),
    );
  return row;
}
