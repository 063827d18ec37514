import type { BulkInputRow, BulkPreview } from '../bulk/types';
import { validateBulkRows } from '../bulk/validate';
import { UserFacingError } from '../messaging/errors';
import type { ActionRecord } from '../orders/outbox-types';
import { type RunnerDeps, submitAction } from '../orders/runner';
import { dbBulkLookup } from './queries';
import type { BulkDispatchReply } from './requests';

/** FNV-1a, 32 bit, hex: a short stable tag of an account id for derived request ids. */
function tag(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The outbox id of one account's part of an upload: the same click always gives the same ids. */
export function accountRequestId(requestId: string, accountId: string): string {
  return `${requestId}-${tag(accountId)}`;
}

function recount(preview: BulkPreview): void {
  const accounts = new Map<string, { accountId: string; accountAlias: string; ready: number }>();
  let ready = 0;
  for (const r of preview.rows) {
    if (!r.ready || !r.order) continue;
    ready++;
    const a = accounts.get(r.order.accountId) ?? {
      accountId: r.order.accountId,
      accountAlias: r.order.accountAlias,
      ready: 0,
    };
    a.ready++;
    accounts.set(a.accountId, a);
  }
  preview.readyCount = ready;
  preview.problemCount = preview.rows.length - ready;
  preview.accounts = [...accounts.values()];
}

/**
 * 대량 배송 처리: the rows are checked again against the orders as they are now (a sync may have moved some
 * since the preview), then the ready ones of each account go out as one 배송 처리 action through the outbox
 * (which sends them 30 at a time). Sending the same `requestId` again returns the same actions and sends
 * nothing twice.
 */
export async function bulkDispatch(
  deps: RunnerDeps,
  q: { requestId: string; rows: readonly BulkInputRow[] },
): Promise<BulkDispatchReply> {
  const preview = await validateBulkRows(q.rows, dbBulkLookup(deps.db));
  const accountIds = [...new Set(preview.rows.flatMap((r) => (r.order ? [r.order.accountId] : [])))].sort();
  const actions: ActionRecord[] = [];
  for (const accountId of accountIds) {
    const id = accountRequestId(q.requestId, accountId);
    const existing = await deps.db.outbox.get(id);
    if (existing) {
      actions.push(existing);
      continue;
    }
    for (let attempt = 0; attempt < 2; attempt++) {
      const items = preview.rows
        .filter((r) => r.ready && r.order?.accountId === accountId)
        .map((r) => ({
          productOrderId: r.productOrderId,
          courierCode: r.courierCode!,
          trackingNumber: r.trackingNumber,
        }));
      if (items.length === 0) break;
      try {
        actions.push(await submitAction(deps, 'dispatch', { requestId: id, accountId, items }));
        break;
      } catch (e) {
        // An item changed between this check and the outbox's own (a sync in between): keep its reason, send the rest.
        if (!(e instanceof UserFacingError) || e.kind !== 'invalid-items' || !e.fields || attempt > 0)
          throw e;
        for (const r of preview.rows) {
          const message = e.fields[r.productOrderId];
          if (!r.ready || !message) continue;
          r.ready = false;
          r.problems.push({ code: 'not-preparing', message });
        }
      }
    }
  }
  recount(preview);
  return { preview, actions };
}
