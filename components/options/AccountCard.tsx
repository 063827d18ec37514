import { useState } from 'preact/hooks';
import type { AccountRow } from '../../lib/db/schema';
import { intlLocale, perLocale, t } from '../../lib/i18n';
import { request } from '../../lib/ui/messenger';
import { Notice } from '../ui/Notice';
import { useFormError } from '../ui/use-form-error';

const modeLabel = perLocale(() => ({
  AGENCY: t('API 대행사 연동', 'Linked through API agency'),
  OWN_APP: t('내 애플리케이션 연동', 'Linked with own application'),
}));
const fixedNote = () =>
  t(
    '계정 등록 후 변경 불가능 (바꾸려면 연동 해제 후 다시 연동)',
    'Cannot be changed after linking (unlink and link again to change it)',
  );

export function AccountCard({
  account,
  onChanged,
  onUnlink,
}: {
  account: AccountRow;
  onChanged: (a: AccountRow) => void;
  onUnlink: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [alias, setAlias] = useState(account.alias);
  const [busy, setBusy] = useState(false);
  const form = useFormError();

  async function save(e: Event) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    form.clear();
    try {
      const next = await request('accounts.rename', { accountId: account.id, alias });
      onChanged(next);
      setEditing(false);
    } catch (e2) {
      form.capture(e2);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li class="account" data-account-id={account.id} data-alias={account.alias}>
      <div class="account__head">
        {editing ? (
          <form class="account__rename" onSubmit={save}>
            <label class="sr-only" for={`alias-${account.id}`}>
              {t('계정 별칭', 'Account alias')}
            </label>
            <input
              id={`alias-${account.id}`}
              value={alias}
              maxLength={30}
              onInput={(e) => setAlias((e.target as HTMLInputElement).value)}
            />
            <button type="submit" class="primary" disabled={busy}>
              {t('저장', 'Save')}
            </button>
            <button
              type="button"
              onClick={() => {
                setEditing(false);
                setAlias(account.alias);
                form.clear();
              }}
            >
              {t('취소', 'Cancel')}
            </button>
          </form>
        ) : (
          <>
            <h3 class="account__alias">{account.alias}</h3>
            <button type="button" class="link" onClick={() => setEditing(true)}>
              {t('별칭 수정', 'Edit alias')}
            </button>
          </>
        )}
      </div>
      {form.error && <Notice tone="error">{form.error.fields.alias ?? form.error.message}</Notice>}
      <dl class="account__facts">
        <dt>{t('스마트스토어 계정 ID', 'SmartStore account ID')}</dt>
        <dd title={fixedNote()}>
          <span data-field="storeSlug">{account.storeSlug}</span> <span class="lock">{fixedNote()}</span>
        </dd>
        <dt>{t('API 연동용 판매자 ID', 'API seller ID')}</dt>
        <dd title={fixedNote()}>
          <span data-field="apiSellerId">{account.apiSellerId}</span> <span class="lock">{fixedNote()}</span>
        </dd>
        <dt>{t('연동 방식', 'Link method')}</dt>
        <dd>{modeLabel()[account.linkMode]}</dd>
        {account.storeName && (
          <>
            <dt>{t('스토어 이름', 'Store name')}</dt>
            <dd>{account.storeName}</dd>
          </>
        )}
        <dt>{t('연동일', 'Linked on')}</dt>
        <dd>{new Date(account.createdAt).toLocaleString(intlLocale())}</dd>
      </dl>
      <div class="account__actions">
        <button type="button" class="danger-outline" onClick={onUnlink}>
          {t('연동 해제하기', 'Unlink')}
        </button>
      </div>
    </li>
  );
}
