import { useEffect, useRef, useState } from 'preact/hooks';
import type { AccountRow } from '../../lib/db/schema';
import { t } from '../../lib/i18n';
import { Notice } from '../ui/Notice';
import { BulkTab } from './BulkTab';
import { ClaimsTab } from './ClaimsTab';
import { DeadlinePanel } from './DeadlinePanel';
import { ExportTab } from './ExportTab';
import { errorText, type ToolsEnv, ToolsEnvContext, useToolsEnv } from './env';
import { SyncTab } from './SyncTab';

export const TOOL_TABS = [{ id: 'bulk' }, { id: 'export' }, { id: 'claims' }, { id: 'sync' }] as const;
export type ToolTab = (typeof TOOL_TABS)[number]['id'];

export function toolTabLabel(tab: ToolTab): string {
  switch (tab) {
    case 'bulk':
      return t('대량 배송 처리', 'Bulk dispatch');
    case 'export':
      return t('주문 내보내기', 'Export orders');
    case 'claims':
      return t('클레임', 'Claims');
    case 'sync':
      return t('동기화 기록', 'Sync log');
  }
}

function tabFromHash(hash: string): ToolTab {
  const id = hash.replace(/^#/, '');
  return TOOL_TABS.find((x) => x.id === id)?.id ?? 'bulk';
}

/** 주문 도구 (tools.html): bulk dispatch from a file, order export, claims, sync history, deadlines. */
export function ToolsApp({ env, initialTab }: { env: ToolsEnv; initialTab?: string }) {
  return (
    <ToolsEnvContext.Provider value={env}>
      <Tools initialTab={initialTab ?? ''} />
    </ToolsEnvContext.Provider>
  );
}

function Tools({ initialTab }: { initialTab: string }) {
  const env = useToolsEnv();
  const [tab, setTab] = useState<ToolTab>(() => tabFromHash(initialTab));
  const [accounts, setAccounts] = useState<AccountRow[]>();
  const [accountId, setAccountId] = useState('');
  const [loadError, setLoadError] = useState<string>();
  const [refreshKey, setRefreshKey] = useState(0);
  const tabRefs = useRef<Array<HTMLButtonElement | null>>([]);

  useEffect(() => {
    env
      .request('accounts.list', {})
      .then((a) => setAccounts([...a].sort((x, y) => x.createdAt - y.createdAt)))
      .catch((e: unknown) => {
        setAccounts([]);
        setLoadError(errorText(e));
      });
  }, [env]);

  useEffect(() => {
    const onHash = () => setTab(tabFromHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  function select(id: ToolTab, focus = false) {
    setTab(id);
    if (location.hash !== `#${id}`) history.replaceState(null, '', `#${id}`);
    if (focus) tabRefs.current[TOOL_TABS.findIndex((x) => x.id === id)]?.focus();
  }

  function onTabKey(e: KeyboardEvent, index: number) {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      select(TOOL_TABS[e.key === 'Home' ? 0 : TOOL_TABS.length - 1]!.id, true);
    } else if (step) {
      e.preventDefault();
      select(TOOL_TABS[(index + step + TOOL_TABS.length) % TOOL_TABS.length]!.id, true);
    }
  }

  const refresh = () => setRefreshKey((k) => k + 1);

  return (
    <main class="options tools" data-ready={accounts ? 'true' : 'false'}>
      <header class="page-head tools__head">
        <div>
          <h1>{t('주문 도구', 'Order tools')}</h1>
          <p>
            {t(
              '스마트스토어 주문을 파일로 한꺼번에 배송 처리하고, 엑셀로 내보내고, 클레임과 동기화 기록을 확인합니다.',
              'Dispatch SmartStore orders in bulk from a file, export them to Excel, and check claims and the sync log.',
            )}
          </p>
        </div>
        {accounts && accounts.length > 1 && (
          <div class="account-filter">
            <label for="tools-account">{t('계정', 'Account')}</label>
            <select
              id="tools-account"
              value={accountId}
              onChange={(e) => setAccountId((e.target as HTMLSelectElement).value)}
            >
              <option value="">{t('전체 계정', 'All accounts')}</option>
              {accounts.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.alias}
                </option>
              ))}
            </select>
          </div>
        )}
      </header>
      {loadError && <Notice tone="error">{loadError}</Notice>}
      {accounts?.length === 0 && !loadError && (
        <Notice tone="info">
          <p>
            {t(
              '연동된 스마트스토어 계정이 없습니다. 설정에서 계정을 연동하면 주문이 들어옵니다.',
              'No SmartStore account is linked. Link an account in Settings and orders will come in.',
            )}
          </p>
          <button type="button" onClick={env.openOptions}>
            {t('설정 열기', 'Open settings')}
          </button>
        </Notice>
      )}
      {accounts && accounts.length > 0 && <DeadlinePanel accountId={accountId} refreshKey={refreshKey} />}
      <div class="tabs" role="tablist" aria-label={t('주문 도구', 'Order tools')}>
        {TOOL_TABS.map((item, i) => (
          <button
            key={item.id}
            ref={(el) => {
              tabRefs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${item.id}`}
            aria-selected={tab === item.id}
            aria-controls={`panel-${item.id}`}
            tabIndex={tab === item.id ? 0 : -1}
            class={`tab${tab === item.id ? ' tab--on' : ''}`}
            onClick={() => select(item.id)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {toolTabLabel(item.id)}
          </button>
        ))}
      </div>
      <div class="tab-panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'bulk' && <BulkTab onSent={refresh} />}
        {tab === 'export' && <ExportTab accountId={accountId} />}
        {tab === 'claims' && <ClaimsTab accountId={accountId} />}
        {tab === 'sync' && <SyncTab accountId={accountId} onSynced={refresh} />}
      </div>
    </main>
  );
}
