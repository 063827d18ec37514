import { t } from '../../lib/i18n';
import { type LayerView, type OverlayActions, selectionBarShows } from '../../lib/overlay/model';

/** The floating bar for the rows the seller checked: 선택 발주 확인, 선택 배송 처리. */
export function SelectionBar({ view, actions }: { view: LayerView; actions: OverlayActions }) {
  if (!selectionBarShows(view)) return null;
  const { dispatch, confirmOrders } = view.selection;
  return (
    <section
      class="bar"
      aria-label={t('스마트스토어 선택 처리', 'SmartStore: selected orders')}
      data-role="selection-bar"
    >
      <span class="bar__brand">
        <span class="brand">N</span> {t('스마트스토어', 'SmartStore')}
      </span>
      {view.notice && (
        <span class={`bar__notice bar__notice--${view.notice.tone}`} role="status">
          {view.notice.text}
          <button
            type="button"
            class="bar__close"
            aria-label={t('알림 닫기', 'Close notice')}
            onClick={() => actions.dismissNotice()}
          >
            ×
          </button>
        </span>
      )}
      {confirmOrders.length > 0 && (
        <button
          type="button"
          class="btn"
          disabled={view.batchConfirmBusy}
          onClick={(e) => actions.confirmSelected(e)}
        >
          {view.batchConfirmBusy
            ? t('보내는 중…', 'Sending…')
            : t(
                `선택 발주 확인 (${confirmOrders.length})`,
                `Confirm selected orders (${confirmOrders.length})`,
              )}
        </button>
      )}
      {dispatch.length > 0 && (
        <button
          type="button"
          class="btn btn--primary"
          disabled={view.batchDispatchBusy}
          onClick={(e) => actions.openBatchDispatch(e)}
        >
          {t('선택 배송 처리', 'Dispatch selected')} ({dispatch.length})
        </button>
      )}
    </section>
  );
}
