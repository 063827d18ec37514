import { useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { DialogView, DispatchRowInput, OverlayActions } from '../../lib/overlay/model';
import type { DispatchProblems } from '../../lib/overlay/validation';
import { CourierPicker } from './CourierPicker';
import { ItemProgress } from './ItemProgress';
import { Modal } from './Modal';

type Rows = Record<string, { courierCode?: string | undefined; trackingNumber: string }>;

/**
 * 선택 배송 처리창: every selected item with its own courier and tracking number, "택배사 일괄 적용" for one
 * courier everywhere; all rows are checked before one 배송 처리 goes out with every item.
 */
export function DispatchDialog({
  view,
  actions,
}: {
  view: Extract<DialogView, { kind: 'dispatch' }>;
  actions: OverlayActions;
}) {
  const [rows, setRows] = useState<Rows>(() =>
    Object.fromEntries(
      view.items.map((i) => [
        i.brief.productOrderId,
        { courierCode: i.draft.courierCode, trackingNumber: i.draft.trackingNumber },
      ]),
    ),
  );
  // what was typed, also before the next render (a click right after typing reads it)
  const current = useRef(rows);
  const update = (next: Rows) => {
    current.current = next;
    setRows(next);
  };
  const [bulk, setBulk] = useState<string | undefined>(actions.lastCourier());
  const bulkNow = useRef(bulk);
  const [problems, setProblems] = useState<Record<string, DispatchProblems>>({});

  const editable = (id: string) => {
    const item = view.items.find((i) => i.brief.productOrderId === id);
    return !view.sent || item?.progress?.state === 'failed';
  };
  const set = (id: string, patch: Partial<Rows[string]>) => {
    const r = current.current;
    update({ ...r, [id]: { ...(r[id] ?? { trackingNumber: '' }), ...patch } });
    if (problems[id]) setProblems((p) => ({ ...p, [id]: {} }));
  };
  const failedCount = view.items.filter((i) => i.progress?.state === 'failed').length;
  const submit = (e: Event) => {
    const input: DispatchRowInput[] = view.items.map((i) => ({
      productOrderId: i.brief.productOrderId,
      ...(current.current[i.brief.productOrderId] ?? { trackingNumber: '' }),
    }));
    setProblems(actions.submitBatchDispatch(e, input) ?? {});
  };
  const general = view.failure?.message;

  return (
    <Modal labelledBy="ssl-dispatch-title" onClose={() => actions.closeDialog()} wide>
      <div class="dialog__body" data-role="dispatch-dialog">
        <h2 id="ssl-dispatch-title">
          {t('선택 배송 처리', 'Dispatch selected')} ({view.items.length})
        </h2>
        <p class="hint">
          {t(
            '운송장 정보(택배사, 운송장 번호)를 입력한 뒤 배송 처리하기를 누르면 배송 중 상태로 바뀝니다.',
            'Enter the carrier and tracking number, then press Dispatch: the items become In transit.',
          )}
        </p>
        <div class="bulk">
          <CourierPicker
            id="ssl-bulk-courier"
            label={t('일괄 적용할 택배사', 'Carrier for all items')}
            value={bulk}
            onChange={(code) => {
              bulkNow.current = code;
              setBulk(code);
            }}
          />
          <button
            type="button"
            class="btn"
            disabled={!bulk}
            onClick={() => {
              const code = bulkNow.current;
              if (!code) return;
              const next = { ...current.current };
              for (const id of Object.keys(next))
                if (editable(id)) next[id] = { ...next[id]!, courierCode: code };
              update(next);
              setProblems((p) =>
                Object.fromEntries(Object.entries(p).map(([id, x]) => [id, { ...x, courier: undefined }])),
              );
            }}
          >
            {t('택배사 일괄 적용', 'Apply carrier to all')}
          </button>
        </div>
        <div class="table-scroll">
          <table class="items">
            <thead>
              <tr>
                <th scope="col">{t('상품', 'Product')}</th>
                <th scope="col">{t('택배사', 'Carrier')}</th>
                <th scope="col">{t('운송장 번호', 'Tracking number')}</th>
                <th scope="col">{t('결과', 'Result')}</th>
              </tr>
            </thead>
            <tbody>
              {view.items.map((i) => {
                const id = i.brief.productOrderId;
                const row = rows[id] ?? { trackingNumber: '' };
                const p = problems[id] ?? {};
                const fieldError = view.failure?.fields[id];
                const canEdit = editable(id) && !view.busy;
                return (
                  <tr key={id} data-product-order-id={id}>
                    <td>
                      <div class="items__product">
                        <span class="dialog__name">{i.brief.productName}</span>
                        {i.brief.optionText && <span class="muted">{i.brief.optionText}</span>}
                        <span class="muted">
                          {t(`수량 ${i.brief.quantity}개`, `Quantity ${i.brief.quantity}`)} · {id}
                        </span>
                      </div>
                    </td>
                    <td>
                      <CourierPicker
                        id={`ssl-courier-${id}`}
                        value={row.courierCode}
                        error={p.courier}
                        disabled={!canEdit}
                        onChange={(code) => set(id, { courierCode: code })}
                      />
                    </td>
                    <td>
                      <input
                        class={`tracking${p.tracking ? ' has-error' : ''}`}
                        type="text"
                        inputMode="numeric"
                        aria-label={t(
                          `운송장 번호 (${i.brief.productName})`,
                          `Tracking number (${i.brief.productName})`,
                        )}
                        aria-invalid={p.tracking ? true : undefined}
                        placeholder={t('운송장 번호', 'Tracking number')}
                        autocomplete="off"
                        maxLength={40}
                        disabled={!canEdit}
                        value={row.trackingNumber}
                        onInput={(e) =>
                          set(id, { trackingNumber: (e.currentTarget as HTMLInputElement).value })
                        }
                      />
                    </td>
                    <td class="items__result">
                      {(p.courier || p.tracking) && (
                        <span class="problem" role="alert">
                          {[p.courier, p.tracking].filter(Boolean).join(' ')}
                        </span>
                      )}
                      {fieldError && (
                        <span class="problem" role="alert">
                          {fieldError}
                        </span>
                      )}
                      {view.sent && i.progress && <ItemProgress progress={i.progress} />}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {general && (
          <p class="problem" role="alert">
            {general}
          </p>
        )}
        <div class="dialog__actions">
          <button type="button" class="btn" onClick={() => actions.closeDialog()}>
            {t('닫기', 'Close')}
          </button>
          <button
            type="button"
            class="btn btn--primary"
            disabled={view.busy || (view.sent && failedCount === 0)}
            onClick={submit}
          >
            {view.busy
              ? t('보내는 중…', 'Sending…')
              : view.sent
                ? t(`실패 품목 다시 시도 (${failedCount})`, `Retry failed items (${failedCount})`)
                : t('배송 처리하기', 'Dispatch')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
