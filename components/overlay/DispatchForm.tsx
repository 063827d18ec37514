import { useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { ItemView, OverlayActions } from '../../lib/overlay/model';
import type { DispatchProblems } from '../../lib/overlay/validation';
import { CourierPicker } from './CourierPicker';

/**
 * 배송 처리 in the row: courier and tracking number, both required and checked before anything is sent.
 * After a failure the same form sends the fix with "다시 시도".
 */
export function DispatchForm({
  item,
  actions,
  retry,
}: {
  item: ItemView;
  actions: OverlayActions;
  /** the last dispatch of this item failed: send the fix through actions.retry */
  retry?: boolean;
}) {
  const id = item.brief.productOrderId;
  const [courierCode, setCourierCode] = useState(
    item.draft.courierCode ?? (retry ? item.progress?.courierCode : undefined),
  );
  const [tracking, setTracking] = useState(
    item.draft.trackingNumber || (retry ? (item.progress?.trackingNumber ?? '') : ''),
  );
  const [problems, setProblems] = useState<DispatchProblems>({});
  // what was typed, also before the next render (a click right after typing reads it)
  const current = useRef({ courierCode, tracking });

  const submit = (e: Event) => {
    const { courierCode, tracking } = current.current;
    const input = { courierCode, trackingNumber: tracking };
    const found = retry
      ? actions.retry(e, id, { ...(courierCode ? { courierCode } : {}), trackingNumber: tracking })
      : actions.dispatchItem(e, { productOrderId: id, ...input });
    setProblems(found ?? {});
  };

  const disabled = item.busy;
  return (
    <div class="dispatch" data-role="dispatch-form">
      <span class="dispatch__fields">
        <CourierPicker
          id={`courier-${id}`}
          value={courierCode}
          error={problems.courier}
          disabled={disabled}
          onChange={(code) => {
            current.current = { ...current.current, courierCode: code };
            setCourierCode(code);
            actions.setDraft(id, { courierCode: code });
            if (problems.courier) setProblems({ ...problems, courier: undefined });
          }}
        />
        <input
          class={`tracking${problems.tracking ? ' has-error' : ''}`}
          type="text"
          inputMode="numeric"
          aria-label={t('운송장 번호', 'Tracking number')}
          aria-invalid={problems.tracking ? true : undefined}
          placeholder={t('운송장 번호', 'Tracking number')}
          autocomplete="off"
          maxLength={40}
          disabled={disabled}
          value={tracking}
          onInput={(e) => {
            const v = (e.currentTarget as HTMLInputElement).value;
            current.current = { ...current.current, tracking: v };
            setTracking(v);
            actions.setDraft(id, { trackingNumber: v });
            if (problems.tracking) setProblems({ ...problems, tracking: undefined });
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.isComposing) {
              e.preventDefault();
              submit(e);
            }
          }}
        />
        <button type="button" class="btn btn--primary" disabled={disabled} onClick={submit}>
          {disabled
            ? t('보내는 중…', 'Sending…')
            : retry
              ? t('다시 시도', 'Retry')
              : t('배송 처리', 'Dispatch')}
        </button>
      </span>
      {(problems.courier || problems.tracking) && (
        <span class="problem" role="alert">
          {[problems.courier, problems.tracking].filter(Boolean).join(' ')}
        </span>
      )}
    </div>
  );
}
