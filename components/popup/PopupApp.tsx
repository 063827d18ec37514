import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AccountRow } from '../../lib/db/schema';
import { request } from '../../lib/ui/messenger';
import { Notice } from '../ui/Notice';

/** Quick status: linked accounts, and the way to the settings. */
export function PopupApp() {
  const [accounts, setAccounts] = useState<AccountRow[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    request('accounts.list', {}).then(setAccounts, (e: unknown) =>
      setError(e instanceof Error ? e.message : '불러오지 못했습니다.'),
    );
  }, []);

  return (
    <main class="popup" data-ready={accounts ? 'true' : 'false'}>
      <h1>스마트스토어 연동</h1>
      {error && <Notice tone="error">{error}</Notice>}
      {accounts && accounts.length === 0 && (
        <p class="empty">연동된 계정이 없습니다. 설정에서 스마트스토어 계정을 연동해 주세요.</p>
      )}
      {accounts && accounts.length > 0 && (
        <ul class="popup__accounts">
          {accounts.map((a) => (
            <li key={a.id} data-account-id={a.id}>
              <b>{a.alias}</b> <span class="muted">smartstore.naver.com/{a.storeSlug}</span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="primary" onClick={() => void browser.runtime.openOptionsPage()}>
        설정 열기
      </button>
    </main>
  );
}
