import { toErrorPayload } from '../messaging/errors';
import { clientsFor, type ProductDeps } from './deps';
import { runExport } from './export-job';
import { runImport } from './import-job';
import { finishCancelled, getJob, isOpen, listJobs, nextRunnable, updateJob } from './jobs';
import { runContext } from './run-context';
import type { ItemError } from './types';

/**
 * Runs product jobs in the background: one job per account at a time (a `LockFn` named `products:<account>`),
 * queued jobs after it. A job left `running` by a worker that stopped is picked up again where its last saved
 * product ended.
 */

const lockName = (accountId: string) => `products:${accountId}`;

/** Works through the account's queued jobs unless that is already going on. */
export async function runAccountJobs(deps: ProductDeps, accountId: string): Promise<void> {
  const ran = await deps.lock(lockName(accountId), async () => {
    for (;;) {
      const next = await nextRunnable(deps.db, accountId);
      if (!next) return true;
      await runJob(deps, next.id);
    }
  });
  // A job queued while the lock was being released is picked up here.
  if (ran !== undefined && (await nextRunnable(deps.db, accountId))) await runAccountJobs(deps, accountId);
}

/** On worker start: every account with work left. */
export async function resumeProductJobs(deps: ProductDeps): Promise<void> {
  const open = (await listJobs(deps.db)).filter((j) => j.status === 'running' || j.status === 'queued');
  const accounts = [...new Set(open.map((j) => j.accountId))];
  await Promise.all(accounts.map((a) => runAccountJobs(deps, a)));
}

function jobError(e: unknown): ItemError {
  const p = toErrorPayload(e);
  return { kind: p.kind, message: p.message, ...(p.traceId ? { traceId: p.traceId } : {}), retryable: true };
}

export async function runJob(deps: ProductDeps, jobId: string): Promise<void> {
  const start = await updateJob(deps.db, jobId, deps.now(), (r) => {
    if (r.state.cancelRequested) finishCancelled(r, deps.now());
    else if (r.status === 'queued' || r.status === 'running') r.status = 'running';
  });
  if (start?.status !== 'running') return;
  try {
    const clients = await clientsFor(deps, start.accountId);
    const ctx = runContext(deps, clients, jobId);
    if (start.kind === 'import') await runImport(ctx);
    else await runExport(ctx);
  } catch (e) {
    // the job could not go on at all (no shop connection, listing failed, preset deleted …)
    const error = jobError(e);
    await updateJob(deps.db, jobId, deps.now(), (r) => {
      r.state.error = error;
      for (const i of r.state.items) {
        if (i.status !== 'pending') continue;
        i.status = 'failed';
        i.error = error;
        i.finishedAt = deps.now();
      }
    });
  }
  await updateJob(deps.db, jobId, deps.now(), (r) => {
    r.state.current = undefined;
    if (r.state.cancelRequested) finishCancelled(r, deps.now());
    else if (!r.state.items.some((i) => i.status === 'pending')) r.status = 'done';
    // products put back while it ran (다시 시도, 덮어쓰기) keep it queued for one more pass
    else r.status = 'queued';
  });
}

/** `true` while the job has work left or is being worked on. */
export async function jobActive(deps: ProductDeps, jobId: string): Promise<boolean> {
  const row = await getJob(deps.db, jobId);
  return !!row && (row.status === 'running' || row.status === 'queued' || row.state.items.some(isOpen));
}
