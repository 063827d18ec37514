import { plural, t } from '../../lib/i18n';
import type { MarketOrderStatus } from '../../lib/orders/market-status';
import { statusLabel } from '../../lib/orders/status';
import { handledInSmartStore, shippingText, smartStoreOrderUrl } from '../../lib/overlay/labels';
import type { ItemView, OverlayActions, RowView } from '../../lib/overlay/model';
import { DispatchForm } from './DispatchForm';
import { ItemProgress } from './ItemProgress';
import { StatusBadge } from './StatusBadge';

const OPEN = new Set(['pending', 'sending', 'unknown']);

/** The controls beside one row of the page: a product order (item) or a whole order number. */
export function RowControls({ view, actions }: { view: RowView; actions: OverlayActions }) {
  if (view.mode === 'order') return <OrderControls view={view} actions={actions} />;
  return (
    <div class="row">
      {view.items.map((item) => (
        <ItemControls key={item.brief.productOrderId} item={item} now={view.now} actions={actions} />
      ))}
    </div>
  );
}

function ItemControls({ item, now, actions }: { item: ItemView; now: number; actions: OverlayActions }) {
  const b = item.brief;
  const p = item.progress;
  const open = p !== undefined && OPEN.has(p.state);
  const failed = p?.state === 'failed';
  const shipping = b.status === 'SHIPPING' ? shippingText(b) : undefined;
  return (
    <div
      class="item"
      data-product-order-id={b.productOrderId}
      data-order-id={b.orderId}
      data-status={b.status}
      aria-busy={item.busy || open ? 'true' : 'false'}
    >
      <span class="brand" title={t(`스마트스토어 (${b.accountAlias})`, `SmartStore (${b.accountAlias})`)}>
        N
      </span>
      <StatusBadge brief={b} now={now} />
      {shipping && (
        <span class="shipping" data-role="shipping">
          {shipping}
        </span>
      )}
      {p && <ItemProgress progress={p} />}
      {item.error && !failed && (
        <span class="problem" role="alert" data-role="error">
          {item.error}
        </span>
      )}
      {b.status === 'PAYMENT_CONFIRMING' && !open && (
        <span class="actions">
          {failed && p.kind === 'confirm' ? (
            <button
              type="button"
              class="btn btn--primary"
              disabled={item.busy}
              onClick={(e) => actions.retry(e, b.productOrderId)}
            >
              {t('다시 시도', 'Retry')}
            </button>
          ) : (
            <button
              type="button"
              class="btn btn--primary"
              disabled={item.busy}
              title={t(
                `주문번호 ${b.orderId}의 주문 확인 중 품목 ${item.orderConfirmable}개를 발주 확인합니다.`,
                `Confirm order ${b.orderId}: ${item.orderConfirmable} ${plural(item.orderConfirmable, 'item', 'items')} awaiting confirmation.`,
              )}
              onClick={(e) => actions.confirmOrder(e, b.accountId, b.orderId)}
            >
              {item.confirmBusy ? t('보내는 중…', 'Sending…') : t('발주 확인', 'Confirm order')}
            </button>
          )}
          {failed && p.kind === 'cancel' ? (
            <button
              type="button"
              class="btn btn--danger"
              disabled={item.busy}
              onClick={(e) => actions.retry(e, b.productOrderId)}
            >
              {t('다시 시도', 'Retry')}
            </button>
          ) : (
            <button
              type="button"
              class="btn btn--danger"
              disabled={item.busy}
              onClick={(e) => actions.openCancel(e, b.productOrderId)}
            >
              {t('취소 처리', 'Cancel order')}
            </button>
          )}
        </span>
      )}
      {b.status === 'PREPARING' && !open && (
        <DispatchForm
          key={failed && p.kind === 'dispatch' ? `retry-${p.actionId}` : 'dispatch'}
          item={item}
          actions={actions}
          retry={failed && p.kind === 'dispatch'}
        />
      )}
      {handledInSmartStore(b.status) && (
        <a class="link" href={smartStoreOrderUrl(b.productOrderId)} target="_blank" rel="noopener noreferrer">
          {t('스마트스토어에서 처리', 'Handle in SmartStore')}
        </a>
      )}
    </div>
  );
}

/** A row that shows only an order number: the state of its items, 발주 확인 for the order, 배송 처리 in a dialog. */
function OrderControls({ view, actions }: { view: RowView; actions: OverlayActions }) {
  const counts = new Map<MarketOrderStatus, number>();
  for (const i of view.items) counts.set(i.brief.status, (counts.get(i.brief.status) ?? 0) + 1);
  const first = view.items[0]!.brief;
  const confirmable = view.items.filter((i) => i.brief.status === 'PAYMENT_CONFIRMING');
  const preparing = view.items.filter(
    (i) => i.brief.status === 'PREPARING' && !i.busy && !(i.progress && OPEN.has(i.progress.state)),
  );
  const busy = view.items.some((i) => i.busy || (i.progress && OPEN.has(i.progress.state)));
  const confirmBusy = confirmable.some((i) => i.confirmBusy);
  const error = view.items.find((i) => i.error)?.error;
  return (
    <div class="row row--order" data-order-id={first.orderId}>
      <div class="item" data-order-id={first.orderId} aria-busy={busy ? 'true' : 'false'}>
        <span
          class="brand"
          title={t(`스마트스토어 (${first.accountAlias})`, `SmartStore (${first.accountAlias})`)}
        >
          N
        </span>
        {[...counts].map(([status, n]) => (
          <span key={status} class="badge badge--summary" data-role="status">
            {statusLabel(status)}
            {view.items.length > 1 ? ` ${n}` : ''}
          </span>
        ))}
        {busy && (
          <span class="progress progress--pending" role="status">
            {t('처리 중', 'Processing')}
          </span>
        )}
        {error && (
          <span class="problem" role="alert">
            {error}
          </span>
        )}
        {confirmable.length > 0 && !busy && (
          <button
            type="button"
            class="btn btn--primary"
            disabled={confirmBusy}
            onClick={(e) => actions.confirmOrder(e, first.accountId, first.orderId)}
          >
            {confirmBusy ? t('보내는 중…', 'Sending…') : t('발주 확인', 'Confirm order')}
          </button>
        )}
        {preparing.length > 0 && (
          <button
            type="button"
            class="btn"
            onClick={(e) =>
              actions.openBatchDispatch(
                e,
                preparing.map((i) => i.brief.productOrderId),
              )
            }
          >
            {t('배송 처리', 'Dispatch')} ({preparing.length})
          </button>
        )}
      </div>
    </div>
  );
}
