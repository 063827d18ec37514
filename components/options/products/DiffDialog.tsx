import { useEffect, useRef } from 'preact/hooks';
import { plural, t } from '../../../lib/i18n';
import type { ImportPreview } from '../../../lib/products/import-job';

/** What a re-import changes in the shop, product by product and field by field, before it is applied. */
export function DiffDialog({
  previews,
  busy,
  onApply,
  onClose,
}: {
  previews: ImportPreview[];
  busy: boolean;
  onApply: () => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
  }, []);
  const linked = previews.filter((p) => p.changes !== undefined);
  const changed = linked.filter((p) => (p.changes?.length ?? 0) > 0);
  const fresh = previews.filter((p) => p.changes === undefined && !p.error);
  const failed = previews.filter((p) => p.error);
  return (
    <dialog ref={ref} class="dialog dialog--wide diff-dialog" aria-labelledby="diff-title" onCancel={onClose}>
      <h2 id="diff-title">
        {t('가져오기 전에 바뀌는 내용을 확인해 주세요', 'Review what changes before importing')}
      </h2>
      <p class="section-lead">
        {t(
          `이미 연동된 상품 ${linked.length}개 중 ${changed.length}개는 식스샵 프로 상품이 아래처럼 바뀝니다.`,
          `Of ${linked.length} already linked ${plural(linked.length, 'product', 'products')}, ${changed.length} will change in Sixshop Pro as shown below.`,
        )}
        {fresh.length > 0 &&
          t(
            ` 새 상품 ${fresh.length}개는 식스샵 프로에 새로 만들어집니다.`,
            ` ${fresh.length} new ${plural(fresh.length, 'product', 'products')} will be created in Sixshop Pro.`,
          )}
      </p>
      {changed.map((p) => (
        <section key={p.originProductNo} class="diff" data-origin-no={p.originProductNo}>
          <h3>
            {p.name}{' '}
            <span class="muted">
              {t('스마트스토어', 'SmartStore')} {p.originProductNo} → {t('식스샵', 'Sixshop')}{' '}
              {p.shopProductId}
            </span>
          </h3>
          <table class="diff__table">
            <thead>
              <tr>
                <th scope="col">{t('항목', 'Field')}</th>
                <th scope="col">{t('지금 (식스샵 프로)', 'Now (Sixshop Pro)')}</th>
                <th scope="col">{t('가져온 뒤', 'After import')}</th>
              </tr>
            </thead>
            <tbody>
              {p.changes!.map((c) => (
                <tr key={c.field} data-field={c.field}>
                  <th scope="row">{c.label}</th>
                  <td class="diff__before">{c.before}</td>
                  <td class="diff__after">{c.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {linked.length > changed.length && (
        <p class="muted">
          {t(
            `나머지 ${linked.length - changed.length}개는 바뀌는 내용이 없습니다.`,
            `The other ${linked.length - changed.length} have no changes.`,
          )}
        </p>
      )}
      {failed.length > 0 && (
        <ul class="diff__errors">
          {failed.map((p) => (
            <li key={p.originProductNo}>
              {p.originProductNo}: {p.error}
            </li>
          ))}
        </ul>
      )}
      <div class="dialog__actions">
        <button type="button" onClick={onClose} disabled={busy}>
          {t('취소', 'Cancel')}
        </button>
        <button type="button" class="primary" onClick={onApply} disabled={busy}>
          {busy
            ? t('시작하는 중…', 'Starting…')
            : t('변경 내용 적용하고 가져오기', 'Apply changes and import')}
        </button>
      </div>
    </dialog>
  );
}
