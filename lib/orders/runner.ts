import { type ClientFactory, commerceClientFor, shopClientFor } from '../accounts/connections';
import type { AccountRow, LinkDb } from '../db/schema';
import { toErrorPayload } from '../messaging/errors';
import { getSettings } from '../settings/settings';
import { enqueueAction } from './enqueue';
import { processAction, queuedActions } from './outbox';
import type { ActionKind, ActionRecord } from './outbox-types';
import { countAwaitingConfirm } from './queries';
import { pushPendingOrders, type SyncResult, syncAccount } from './sync';

/** Runs `fn` unless a run with the same name is going on (then resolves `undefined`). */
export interface LockFn {
  <T>(name: string, fn: () => Promise<T>): Promise<T | undefined>;
  /** the names held now: `sync:<accountId>` while that account's orders are being collected */
  held(): Promise<ReadonlySet<string>>;
}

/** The lock a collection of one account's orders holds while it runs. */
export const syncLockName = (accountId: string) => `sync:${accountId}`;

/** In-process locks (the service worker uses Web Locks, which also hold across its pages). */
export function memoryLocks(): LockFn {
  const held = new Set<string>();
  const run = async <T>(name: string, fn: () => Promise<T>): Promise<T | undefined> => {
    if (held.has(name)) return undefined;
    held.add(name);
    try {
      return await fn();
    } finally {
      held.delete(name);
    }
  };
  return Object.assign(run, { held: async () => new Set(held) });
}

export interface RunnerDeps {
  db: LinkDb;
  clients: ClientFactory;
  now: () => number;
  lock: LockFn;
  /** told after each change that may change the toolbar badge (orders waiting for 발주 확인) */
  onAwaitingConfirm?: (count: number) => void;
  /** told when a sync finds new paid orders */
  onNewPaid?: (account: AccountRow, count: number) => void;
  /** asked to come back at this time to send actions that had to wait */
  scheduleOutbox?: (at: number) => void;
}

const SYNC_LOG_KEEP = 200;

/** One order collection per account at a time; the result goes to the account's sync log. */
export async function runSync(
  deps: RunnerDeps,
  accountId?: string,
): Promise<Array<SyncResult & { accountId: string }>> {
  const accounts = accountId
    ? [await deps.db.accounts.get(accountId)].filter((a): a is AccountRow => !!a)
    : await deps.db.accounts.toArray();
  const settings = await getSettings(deps.db);
  const results: Array<SyncResult & { accountId: string }> = [];
  for (const account of accounts) {
    const key = syncLockName(account.id);
    let r: SyncResult | undefined;
    for (;;) {
      syncAgain.delete(key);
      const ran = await deps.lock(key, () => syncOnce(account));
      if (ran === undefined) {
        syncAgain.add(key); // the running collection goes round once more
        break;
      }
      r = ran;
      if (!syncAgain.has(key)) break;
    }
    if (r) results.push({ ...r, accountId: account.id });
  }
  deps.onAwaitingConfirm?.(await countAwaitingConfirm(deps.db));
  return results;

  async function syncOnce(account: AccountRow): Promise<SyncResult> {
    let result: SyncResult;
    try {
      const [commerce, shop] = await Promise.all([
        commerceClientFor(deps.db, deps.clients, account),
        shopClientFor(deps.db, deps.clients),
      ]);
      result = await syncAccount({ db: deps.db, commerce, shop, now: deps.now }, account, {
        lookbackDays: settings.lookbackDays,
      });
    } catch (e) {
      const p = toErrorPayload(e);
      result = {
        pages: 0,
        created: 0,
        updated: 0,
        newPaid: 0,
        caughtUp: false,
        pushedToShop: 0,
        shopPending: 0,
        error: { kind: p.kind, message: p.message },
      };
    }
    await writeSyncLog(deps.db, account.id, deps.now(), result);
    if (result.newPaid > 0) deps.onNewPaid?.(account, result.newPaid);
    return result;
  }
}

const syncAgain = new Set<string>();

async function writeSyncLog(db: LinkDb, accountId: string, at: number, r: SyncResult): Promise<void> {
  await db.transaction('rw', ['syncLog'], async (tx) => {
    await tx.syncLog.add({
      accountId,
      at,
      kind: 'sync',
      detail: {
        ok: !r.error,
        message: r.error?.message,
        errorKind: r.error?.kind,
        traceId: r.error?.traceId,
        created: r.created,
        updated: r.updated,
        newPaid: r.newPaid,
        pages: r.pages,
        shopPending: r.shopPending,
      },
    });
    const count = await tx.syncLog.where('accountId').equals(accountId).count();
    if (count > SYNC_LOG_KEEP) {
      const old = await tx.syncLog
        .where('[accountId+at]')
        .between([accountId, 0], [accountId, Number.MAX_SAFE_INTEGER])
        .limit(count - SYNC_LOG_KEEP)
        .primaryKeys();
      await tx.syncLog.bulkDelete(old);
    }
  });
}

/** Sends every queued action that is due; one drain at a time. Orders touched go to the shop afterwards. */
const drainAgain = new WeakMap<object, boolean>();

export async function drainOutbox(deps: RunnerDeps): Promise<void> {
  for (;;) {
    const ran = await drainOnce(deps);
    if (ran === undefined) {
      // Another drain is running: it goes round once more and picks this caller's work up.
      drainAgain.set(deps.db, true);
      return;
    }
    if (!drainAgain.get(deps.db)) return;
  }
}

async function drainOnce(deps: RunnerDeps): Promise<true | undefined> {
  return deps.lock('outbox', async () => {
    drainAgain.set(deps.db, false);
    const queued = await queuedActions(deps.db);
    const touched = new Set<string>();
    let nextAt: number | undefined;
    for (const record of queued) {
      const account = await deps.db.accounts.get(record.accountId);
      if (!account) continue;
      try {
        const commerce = await commerceClientFor(deps.db, deps.clients, account);
        const after = await processAction({ db: deps.db, commerce, now: deps.now }, record.id);
        touched.add(account.id);
        if (after?.status === 'queued' && after.nextAttemptAt)
          nextAt = Math.min(nextAt ?? Infinity, after.nextAttemptAt);
      } catch {
        nextAt = Math.min(nextAt ?? Infinity, deps.now() + 60_000);
      }
    }
    for (const accountId of touched) {
      const account = await deps.db.accounts.get(accountId);
      if (!account) continue;
      try {
        const shop = await shopClientFor(deps.db, deps.clients);
        await pushPendingOrders({ db: deps.db, shop }, account);
      } catch {
        // the next sync pushes them
      }
    }
    if (nextAt !== undefined && Number.isFinite(nextAt)) deps.scheduleOutbox?.(nextAt);
    deps.onAwaitingConfirm?.(await countAwaitingConfirm(deps.db));
    return true as const;
  });
}

/** The seller's click: written to the outbox, then sent; answers with the record as it stands. */
export async function submitAction(
  deps: RunnerDeps,
  kind: ActionKind,
  payload: unknown,
): Promise<ActionRecord> {
  const record = await enqueueAction(deps, kind, payload);
  await drainOutbox(deps);
  return (await deps.db.outbox.get(record.id)) ?? record;
}
