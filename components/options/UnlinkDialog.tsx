import { useEffect, useRef, useState } from 'preact/hooks';
import type { UnlinkPreview } from '../../lib/accounts/manage';
import type { AccountRow } from '../../lib/db/schema';
import { request } from '../../lib/ui/messenger';
import { describedBy, Field } from '../ui/Field';
import { Notice } from '../ui/Notice';
import { useFormError } from '../ui/use-form-error';

/** 연동 해제하기: what will be deleted, that it cannot be undone, and the alias typed to confirm. */
export function UnlinkDialog({
  account,
  onClose,
  onUnlinked,
}: {
  account: AccountRow;
  onClose: () => void;
  onUnlinked: (alias: string) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [preview, setPreview] = useState<UnlinkPreview>();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useFormError();

  useEffect(() => {
    ref.current?.showModal();
    request('accounts.unlinkPreview', { accountId: account.id }).then(setPreview, form.capture);
  }, [account.id]);

  async function confirm(e: Event) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    form.clear();
    try {
      const res = await request('accounts.unlink', { accountId: account.id, confirmAlias: typed });
      onUnlinked(res.alias);
    } catch (e2) {
      form.capture(e2);
      setBusy(false);
    }
  }

  const shop = preview?.shop;
  return (
    <dialog ref={ref} class="dialog" aria-labelledby="unlink-title" onClose={onClose}>
      <form onSubmit={confirm}>
        <h2 id="unlink-title">"{account.alias}" 연동 해제</h2>
        <Notice tone="warning">
          <p>마켓 계정 연동을 해제하기 전, 반드시 확인해 주세요!</p>
          <p>
            해당 스마트스토어에서 연동한{' '}
            <b>상품 정보, 주문 정보 및 판매 설정 프리셋은 모두 삭제되며 복구가 불가</b>
            합니다.
          </p>
          <p>
            식스샵 프로에서의 정보만 삭제되며, 실제 스마트스토어에 존재하는 상품 및 주문 정보는 삭제되지
            않습니다.
          </p>
        </Notice>
        <h3>삭제되는 정보</h3>
        {!preview && !form.error && <p aria-busy="true">삭제될 정보를 세는 중…</p>}
        {preview && (
          <ul class="counts" data-testid="unlink-counts">
            <li>
              연동 상품 <b data-count="productLinks">{shop?.productLinks ?? preview.local.productLinks}</b>개
            </li>
            <li>
              주문 <b data-count="orders">{shop?.marketOrders ?? preview.local.orders}</b>건
            </li>
            <li>
              판매 설정 프리셋 <b data-count="presets">{shop?.salesPresets ?? preview.local.presets}</b>개
            </li>
          </ul>
        )}
        {preview?.shopError && <Notice tone="error">{preview.shopError}</Notice>}
        <Field
          id="confirmAlias"
          label={`확인을 위해 계정 별칭 "${account.alias}"을(를) 입력해 주세요`}
          error={form.error?.fields.confirmAlias}
        >
          <input
            id="confirmAlias"
            value={typed}
            onInput={(e) => setTyped((e.target as HTMLInputElement).value)}
            autocomplete="off"
            aria-describedby={describedBy('confirmAlias', false, form.error?.fields.confirmAlias)}
          />
        </Field>
        {form.error && !form.error.fields.confirmAlias && <Notice tone="error">{form.error.message}</Notice>}
        <div class="dialog__actions">
          <button type="button" onClick={() => ref.current?.close()} disabled={busy}>
            취소
          </button>
          <button type="submit" class="danger" disabled={busy || typed.trim() !== account.alias}>
            {busy ? '해제 중…' : '연동 해제'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
