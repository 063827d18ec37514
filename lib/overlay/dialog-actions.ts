import { plural, t } from '../i18n';
import type { ActionRecord } from '../orders/outbox-types';
import type { OrderBrief } from '../orders/queries';
import { chunk } from '../smartstore/limits';
import type { ActionFailure, ActionPart } from './actions';
import type { DispatchCheck } from './controller';
import type { DispatchDraftState, DispatchRowInput, ItemProgress, LayerView, SelectionView } from './model';
import { notReady } from './not-ready';
import { cancelProblems, type DispatchProblems } from './validation';

/** The dialog open in the page-wide layer. */
export type DialogState = { kind: 'cancel'; id: string } | { kind: 'dispatch'; ids: string[]; sent: boolean };

/**
 * What the dialogs' actions use of the overlay controller (controller.ts implements it). These actions are
 * asked for only from the selection bar and the dialogs, so they come with the dialogs' script (ui-contract.ts)
 * and the order script that runs on every seller page does without them.
 */
export interface DialogHost {
  readonly briefs: ReadonlyMap<string, OrderBrief>;
  readonly byOrder: ReadonlyMap<string, ReadonlySet<string>>;
  readonly runner: { isBusy(key: string): boolean; readonly failures: ReadonlyMap<string, ActionFailure> };
  readonly dialog: DialogState | undefined;
  readonly selection: SelectionView;
  notice: LayerView['notice'];
  lastCourierCode: string | undefined;
  readonly dispatchCheck: DispatchCheck | undefined;
  progressOf(brief: OrderBrief): ItemProgress | undefined;
  itemBusy(id: string): boolean;
  /** one click's messages: its items busy until the answer is in; nothing while the key is busy */
  run(key: string, ids: readonly string[], parts: ActionPart[]): Promise<ActionRecord[] | undefined>;
  setDraft(productOrderId: string, draft: Partial<DispatchDraftState>): void;
  closeDialog(): void;
  renderLayer(): void;
}

export interface DialogActions {
  /** sends the open cancel dialog's 취소 처리; its problems when the seller's input will not do */
  submitCancel(
    c: DialogHost,
    input: { reason: string; detail: string },
  ): { reason?: string; detail?: string } | undefined;
  /** sends the open dispatch dialog's 배송 처리 (after a first send: again, only what failed) */
  submitBatchDispatch(
    c: DialogHost,
    rows: readonly DispatchRowInput[],
  ): Record<string, DispatchProblems> | undefined;
  /** 발주 확인 of every order selected in the page */
  confirmSelected(c: DialogHost): void;
}

const failedNow = (c: DialogHost, id: string) => {
  const b = c.briefs.get(id);
  return !!b && c.progressOf(b)?.state === 'failed';
};

function submitCancel(
  c: DialogHost,
  input: { reason: string; detail: string },
): { reason?: string; detail?: string } | undefined {
  const dialog = c.dialog;
  if (dialog?.kind !== 'cancel') return undefined;
  const brief = c.briefs.get(dialog.id);
  if (!brief || c.itemBusy(dialog.id)) return undefined;
  const problems = cancelProblems(input);
  if (problems.reason || problems.detail) return problems;
  const detail = input.detail.trim();
  void c
    .run(
      `cancel:${dialog.id}`,
      [dialog.id],
      [
        {
          type: 'orders.cancel',
          payload: {
            accountId: brief.accountId,
            productOrderId: dialog.id,
            reason: input.reason,
            ...(detail ? { detail } : {}),
          },
        },
      ],
    )
    .then((records) => {
      if (records && records.length > 0 && c.dialog === dialog) c.closeDialog();
    });
  return undefined;
}

function submitBatchDispatch(
  c: DialogHost,
  rows: readonly DispatchRowInput[],
): Record<string, DispatchProblems> | undefined {
  const dialog = c.dialog;
  if (dialog?.kind !== 'dispatch' || c.runner.isBusy('batch-dispatch')) return undefined;
  for (const r of rows)
    c.setDraft(r.productOrderId, { courierCode: r.courierCode, trackingNumber: r.trackingNumber });

  // After a first send, the button sends again only the items that failed, with what the seller fixed.
  if (dialog.sent) {
    const failed = rows.filter((r) => failedNow(c, r.productOrderId));
    if (failed.length === 0) return undefined;
    const checked = c.dispatchCheck?.(failed);
    if (!checked) return { _: notReady() };
    if (!checked.ok) return checked.problems;
    const byAction = new Map<string, typeof checked.items>();
    for (const item of checked.items) {
      const p = c.progressOf(c.briefs.get(item.productOrderId)!)!;
      const list = byAction.get(p.actionId) ?? [];
      list.push(item);
      byAction.set(p.actionId, list);
    }
    const parts: ActionPart[] = [...byAction].map(([id, items]) => ({
      type: 'actions.retry',
      payload: {
        id,
        productOrderIds: items.map((i) => i.productOrderId),
        fixes: Object.fromEntries(
          items.map((i) => [
            i.productOrderId,
            { courierCode: i.courierCode, trackingNumber: i.trackingNumber },
          ]),
        ),
      },
    }));
    void c
      .run(
        'batch-dispatch',
        checked.items.map((i) => i.productOrderId),
        parts,
      )
      .then(() => afterBatchDispatch(c, dialog));
    return undefined;
  }

  const targets = rows.filter((r) => c.briefs.get(r.productOrderId)?.status === 'PREPARING');
  const checked = c.dispatchCheck?.(targets);
  if (!checked) return { _: notReady() };
  if (!checked.ok) return checked.problems;
  const last = checked.items[checked.items.length - 1];
  if (last) c.lastCourierCode = last.courierCode;
  const byAccount = new Map<string, typeof checked.items>();
  for (const item of checked.items) {
    const accountId = c.briefs.get(item.productOrderId)!.accountId;
    const list = byAccount.get(accountId) ?? [];
    list.push(item);
    byAccount.set(accountId, list);
  }
  const parts: ActionPart[] = [];
  for (const [accountId, items] of byAccount) {
    for (const batch of chunk(items, 1000))
      parts.push({ type: 'orders.dispatch', payload: { accountId, items: batch } });
  }
  void c
    .run(
      'batch-dispatch',
      checked.items.map((i) => i.productOrderId),
      parts,
    )
    .then((records) => {
      if (records && records.length > 0) dialog.sent = true;
      afterBatchDispatch(c, dialog);
    });
  return undefined;
}

/** The dialog closes when nothing in it failed; otherwise it stays with each failure beside its item. */
function afterBatchDispatch(c: DialogHost, dialog: DialogState): void {
  if (c.dialog !== dialog || dialog.kind !== 'dispatch') return;
  if (c.runner.failures.has('batch-dispatch')) {
    c.renderLayer();
    return;
  }
  if (!dialog.ids.some((id) => failedNow(c, id)) && dialog.sent) c.closeDialog();
  else c.renderLayer();
}

function confirmSelected(c: DialogHost): void {
  const orders = c.selection.confirmOrders;
  if (orders.length === 0 || c.runner.isBusy('batch-confirm')) return;
  const byAccount = new Map<string, string[]>();
  const ids: string[] = [];
  for (const o of orders) {
    const list = byAccount.get(o.accountId) ?? [];
    list.push(o.orderId);
    byAccount.set(o.accountId, list);
    for (const id of c.byOrder.get(o.orderId) ?? []) {
      if (c.briefs.get(id)?.status === 'PAYMENT_CONFIRMING') ids.push(id);
    }
  }
  const parts: ActionPart[] = [];
  for (const [accountId, orderIds] of byAccount) {
    for (const batch of chunk(orderIds, 500)) {
      parts.push({ type: 'orders.confirm', payload: { accountId, orderIds: batch, productOrderIds: [] } });
    }
  }
  c.notice = undefined;
  void c.run('batch-confirm', ids, parts).then((records) => {
    const failure = c.runner.failures.get('batch-confirm');
    if (failure) c.notice = { tone: 'error', text: failure.message };
    else if (records && records.length > 0) {
      const items = records.reduce((n, r) => n + r.items.length, 0);
      const n = orders.length;
      c.notice = {
        tone: 'success',
        text: t(
          `주문 ${n}건(품목 ${items}개) 발주 확인을 보냈습니다.`,
          `Sent Confirm order for ${n} ${plural(n, 'order', 'orders')} (${items} ${plural(items, 'item', 'items')}).`,
        ),
      };
    }
    c.renderLayer();
  });
}

export const dialogActions: DialogActions = { submitCancel, submitBatchDispatch, confirmSelected };
