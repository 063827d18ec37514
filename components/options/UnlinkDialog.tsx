import { useEffect, useRef, useState } from 'preact/hooks';
import type { UnlinkPreview } from '../../lib/accounts/manage';
import type { AccountRow } from '../../lib/db/schema';
import { t } from '../../lib/i18n';
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
        <h2 id="unlink-title">{t(`"${account.alias}" 연동 해제`, `Unlink "${account.alias}"`)}</h2>
        <Notice tone="warning">
          <p>
            {t(
              '마켓 계정 연동을 해제하기 전, 반드시 확인해 주세요!',
              'Please read this before unlinking the market account.',
            )}
          </p>
          <p>
            {t('해당 스마트스토어에서 연동한 ', 'The ')}
            <b>
              {t(
                '상품 정보, 주문 정보 및 판매 설정 프리셋은 모두 삭제되며 복구가 불가',
                'linked products, orders and sales settings presets of this SmartStore are all deleted and cannot be restored',
              )}
            </b>
            {t('합니다.', '.')}
          </p>
          <p>
            {t(
              '식스샵 프로에서의 정보만 삭제되며, 실제 스마트스토어에 존재하는 상품 및 주문 정보는 삭제되지 않습니다.',
              'Only the data in Sixshop Pro is deleted; the products and orders on SmartStore itself are not.',
            )}
          </p>
        </Notice>
        <h3>{t('삭제되는 정보', 'What will be deleted')}</h3>
        {!preview && !form.error && (
          <p aria-busy="true">{t('삭제될 정보를 세는 중…', 'Counting what will be deleted…')}</p>
        )}
        {preview && (
          <ul class="counts" data-testid="unlink-counts">
            <li>
              {t('연동 상품 ', 'Linked products: ')}
              <b data-count="productLinks">{shop?.productLinks ?? preview.local.productLinks}</b>
              {t('개', '')}
            </li>
            <li>
              {t('주문 ', 'Orders: ')}
              <b data-count="orders">{shop?.marketOrders ?? preview.local.orders}</b>
              {t('건', '')}
            </li>
            <li>
              {t('판매 설정 프리셋 ', 'Sales settings presets: ')}
              <b data-count="presets">{shop?.salesPresets ?? preview.local.presets}</b>
              {t('개', '')}
            </li>
          </ul>
        )}
        {preview?.shopError && <Notice tone="error">{preview.shopError}</Notice>}
        <Field
          id="confirmAlias"
          label={t(
            `확인을 위해 계정 별칭 "${account.alias}"을(를) 입력해 주세요`,
            `To confirm, type the account alias "${account.alias}"`,
          )}
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
            {t('취소', 'Cancel')}
          </button>
          <button type="submit" class="danger" disabled={busy || typed.trim() !== account.alias}>
            {busy ? t('해제 중…', 'Unlinking…') : t('연동 해제', 'Unlink')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
