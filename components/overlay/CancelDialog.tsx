import { useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { itemLine } from '../../lib/overlay/labels';
import type { DialogView, OverlayActions } from '../../lib/overlay/model';
import { CANCEL_DETAIL_MAX, DEFAULT_CANCEL_REASON } from '../../lib/overlay/validation';
import { claimReasonLabel, SELLER_CANCEL_REASONS, type SellerCancelReason } from '../../lib/smartstore/codes';
import { Modal } from './Modal';

/** 취소 처리창: the reason (SmartStore's seller cancel reasons, 상품 품절 first) and an optional detail. */
export function CancelDialog({
  view,
  actions,
}: {
  view: Extract<DialogView, { kind: 'cancel' }>;
  actions: OverlayActions;
}) {
  const [reason, setReason] = useState<SellerCancelReason>(DEFAULT_CANCEL_REASON);
  const [detail, setDetail] = useState('');
  const [problems, setProblems] = useState<{ reason?: string; detail?: string }>({});
  // what was chosen and typed, also before the next render (a click right after typing reads it)
  const current = useRef({ reason, detail });
  const item = view.item;
  const failure = view.failure
    ? (view.failure.fields[item.productOrderId] ?? view.failure.message)
    : undefined;
  const reasons = [
    DEFAULT_CANCEL_REASON,
    ...SELLER_CANCEL_REASONS.filter((r) => r !== DEFAULT_CANCEL_REASON),
  ];
  return (
    <Modal labelledBy="ssl-cancel-title" onClose={() => actions.closeDialog()}>
      <div class="dialog__body" data-role="cancel-dialog">
        <h2 id="ssl-cancel-title">{t('취소 처리', 'Cancel order')}</h2>
        <p class="dialog__item">
          <span class="dialog__name">{itemLine(item)}</span>
          <span class="muted">
            {t('상품주문번호', 'Product order number')} {item.productOrderId}
          </span>
        </p>
        <label class="field" for="ssl-cancel-reason">
          <span class="field__label">{t('취소 사유', 'Cancel reason')}</span>
          <select
            id="ssl-cancel-reason"
            value={reason}
            disabled={view.busy}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value as SellerCancelReason;
              current.current = { ...current.current, reason: v };
              setReason(v);
            }}
          >
            {reasons.map((r) => (
              <option key={r} value={r}>
                {claimReasonLabel(r)}
              </option>
            ))}
          </select>
        </label>
        {problems.reason && <p class="problem">{problems.reason}</p>}
        <label class="field" for="ssl-cancel-detail">
          <span class="field__label">
            {t('상세 사유', 'Details')} <span class="muted">{t('(선택)', '(optional)')}</span>
          </span>
          <textarea
            id="ssl-cancel-detail"
            rows={3}
            maxLength={CANCEL_DETAIL_MAX}
            disabled={view.busy}
            value={detail}
            aria-describedby="ssl-cancel-count"
            onInput={(e) => {
              const v = (e.currentTarget as HTMLTextAreaElement).value;
              current.current = { ...current.current, detail: v };
              setDetail(v);
            }}
          />
          <span class="counter" id="ssl-cancel-count" data-role="counter">
            {detail.length}/{CANCEL_DETAIL_MAX}
          </span>
        </label>
        {problems.detail && <p class="problem">{problems.detail}</p>}
        <p class="hint">
          {t(
            '취소 처리는 주문 확인 중 상태의 품목만 할 수 있고, 되돌릴 수 없습니다.',
            'Only items Awaiting confirmation can be canceled, and a cancel cannot be undone.',
          )}
        </p>
        {failure && (
          <p class="problem" role="alert">
            {failure}
          </p>
        )}
        <div class="dialog__actions">
          <button type="button" class="btn" onClick={() => actions.closeDialog()}>
            {t('닫기', 'Close')}
          </button>
          <button
            type="button"
            class="btn btn--danger"
            disabled={view.busy}
            onClick={(e) => setProblems(actions.submitCancel(e, current.current) ?? {})}
          >
            {view.busy ? t('보내는 중…', 'Sending…') : t('취소 처리 승인', 'Confirm cancellation')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
