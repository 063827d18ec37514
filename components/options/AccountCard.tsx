import { useState } from 'preact/hooks';
import type { AccountRow } from '../../lib/db/schema';
import { request } from '../../lib/ui/messenger';
import { Notice } from '../ui/Notice';
import { useFormError } from '../ui/use-form-error';

const MODE_LABEL = { AGENCY: 'API 대행사 연동', OWN_APP: '내 애플리케이션 연동' } as const;
const FIXED_NOTE = '계정 등록 후 변경 불가능 (바꾸려면 연동 해제 후 다시 연동)';

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
              계정 별칭
            </label>
            <input
              id={`alias-${account.id}`}
              value={alias}
              maxLength={30}
              onInput={(e) => setAlias((e.target as HTMLInputElement).value)}
            />
            <button type="submit" class="primary" disabled={busy}>
              저장
            </button>
            <button
              type="button"
              onClick={() => {
                setEditing(false);
                setAlias(account.alias);
                form.clear();
              }}
            >
              취소
            </button>
          </form>
        ) : (
          <>
            <h3 class="account__alias">{account.alias}</h3>
            <button type="button" class="link" onClick={() => setEditing(true)}>
              별칭 수정
            </button>
          </>
        )}
      </div>
      {form.error && <Notice tone="error">{form.error.fields.alias ?? form.error.message}</Notice>}
      <dl class="account__facts">
        <dt>스마트스토어 계정 ID</dt>
        <dd title={FIXED_NOTE}>
          <span data-field="storeSlug">{account.storeSlug}</span> <span class="lock">{FIXED_NOTE}</span>
        </dd>
        <dt>API 연동용 판매자 ID</dt>
        <dd title={FIXED_NOTE}>
          <span data-field="apiSellerId">{account.apiSellerId}</span> <span class="lock">{FIXED_NOTE}</span>
        </dd>
        <dt>연동 방식</dt>
        <dd>{MODE_LABEL[account.linkMode]}</dd>
        {account.storeName && (
          <>
            <dt>스토어 이름</dt>
            <dd>{account.storeName}</dd>
          </>
        )}
        <dt>연동일</dt>
        <dd>{new Date(account.createdAt).toLocaleString('ko-KR')}</dd>
      </dl>
      <div class="account__actions">
        <button type="button" class="danger-outline" onClick={onUnlink}>
          연동 해제하기
        </button>
      </div>
    </li>
  );
}
