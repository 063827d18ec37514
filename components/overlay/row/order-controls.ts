import { t } from '../../../lib/i18n';
import type { MarketOrderStatus } from '../../../lib/orders/market-status';
import { statusLabel } from '../../../lib/orders/status';
import type { ItemView, OverlayActions, RowView } from '../../../lib/overlay/model';
import { h } from './dom';
import { brand, button, OPEN } from './item-controls';

/** The item is being sent or waits for the background: nothing more can be asked of it now. */
export const waits = (i: ItemView) => i.busy || (!!i.progress && OPEN.has(i.progress.state));

/**
 * What a row that shows only an order number holds: the state of its items, 발주 확인 for the order, 배송 처리
 * in a dialog. Nothing in it holds typed text: its children are made anew at each redraw (the caller keeps the
 * unchanged ones).
 */
export function orderControls(view: RowView, actions: OverlayActions): Node[] {
  const items = view.items;
  const b = items[0]!.brief;
  const counts = new Map<MarketOrderStatus, number>();
  for (const i of items) counts.set(i.brief.status, (counts.get(i.brief.status) ?? 0) + 1);
  const confirmable = items.filter((i) => i.brief.status === 'PAYMENT_CONFIRMING');
  const preparing = items.filter((i) => i.brief.status === 'PREPARING' && !waits(i));
  const busy = items.some(waits);
  const confirmBusy = confirmable.some((i) => i.confirmBusy);
  const error = items.find((i) => i.error)?.error;
  const dispatch = t('배송 처리', 'Dispatch');
  const kids: Node[] = [brand(b.accountAlias)];
  for (const [status, n] of counts) {
    const count = items.length > 1 ? ` ${n}` : '';
    kids.push(
      h('span', { class: 'badge badge--summary', 'data-role': 'status' }, statusLabel(status) + count),
    );
  }
  if (busy)
    kids.push(h('span', { class: 'progress progress--pending', role: 'status' }, t('처리 중', 'Processing')));
  if (error) kids.push(h('span', { class: 'problem', role: 'alert' }, error));
  if (confirmable.length > 0 && !busy) {
    kids.push(
      button(
        'btn btn--primary',
        confirmBusy ? t('보내는 중…', 'Sending…') : t('발주 확인', 'Confirm order'),
        (e) => actions.confirmOrder(e, b.accountId, b.orderId),
        confirmBusy,
      ),
    );
  }
  if (preparing.length > 0) {
    const ids = preparing.map((i) => i.brief.productOrderId);
    kids.push(button('btn', `${dispatch} (${ids.length})`, (e) => actions.openBatchDispatch(e, ids)));
  }
  return kids;
}
