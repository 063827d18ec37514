import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { AccountRow } from '../../../lib/db/schema';
import type { Messenger as ProductRequest } from '../../../lib/messaging/client';
import type { JobView } from '../../../lib/products/types';
import { AccountPicker } from './AccountPicker';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { JobList } from './JobList';
import { productRequest } from './request';
import './products.css';
import { perLocale, t } from '../../../lib/i18n';

type Tab = 'import' | 'export' | 'jobs';
const tabs = perLocale(
  (): Array<{ id: Tab; label: string }> => [
    { id: 'import', label: t('가져오기', 'Import') },
    { id: 'export', label: t('내보내기', 'Export') },
    { id: 'jobs', label: t('작업 내역', 'Jobs') },
  ],
);
const POLL_MS = 1000;

/** 상품 연동: import SmartStore products, export shop products, and follow the jobs that do it. */
export function ProductsSection({
  accounts,
  request = productRequest,
}: {
  accounts: AccountRow[];
  request?: ProductRequest;
}) {
  const [accountId, setAccountId] = useState<string | undefined>(accounts[0]?.id);
  const [tab, setTab] = useState<Tab>('import');
  const [jobs, setJobs] = useState<JobView[]>([]);
  const [loadError, setLoadError] = useState<string>();
  const timer = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => {
    if (!accounts.some((a) => a.id === accountId)) setAccountId(accounts[0]?.id);
  }, [accounts, accountId]);

  const refresh = useCallback(async () => {
    if (!accountId) return;
    clearTimeout(timer.current);
    try {
      const list = await request('products.jobs', { accountId, withItems: false });
      setJobs(list);
      setLoadError(undefined);
      if (list.some((j) => j.status === 'running' || j.status === 'queued'))
        timer.current = setTimeout(() => void refresh(), POLL_MS);
    } catch (e) {
      setLoadError(
        e instanceof Error ? e.message : t('작업 목록을 불러오지 못했습니다.', 'Could not load the jobs.'),
      );
    }
  }, [accountId, request]);

  useEffect(() => {
    void refresh();
    return () => clearTimeout(timer.current);
  }, [refresh]);

  const started = (job: JobView) => {
    setJobs((list) => [job, ...list.filter((j) => j.id !== job.id)]);
    setTab('jobs');
    void refresh();
  };
  const changed = (job: JobView) => {
    setJobs((list) => list.map((j) => (j.id === job.id ? job : j)));
    void refresh();
  };

  if (accounts.length === 0 || !accountId) {
    return (
      <section class="card" aria-labelledby="products-title">
        <h2 id="products-title">{t('상품 연동', 'Product link')}</h2>
        <p class="empty">
          {t(
            '스마트스토어 계정을 연동하면 상품을 가져오거나 내보낼 수 있습니다.',
            'Link a SmartStore account to import or export products.',
          )}
        </p>
      </section>
    );
  }
  const active = jobs.filter((j) => j.status === 'running' || j.status === 'queued').length;
  return (
    <section class="card products" aria-labelledby="products-title" data-testid="products">
      <div class="section-head">
        <h2 id="products-title">{t('상품 연동', 'Product link')}</h2>
        <AccountPicker accounts={accounts} value={accountId} onChange={setAccountId} idPrefix="products" />
      </div>
      <p class="section-lead">
        {t(
          '스마트스토어 상품을 식스샵 프로로 가져오거나, 식스샵 프로 상품을 스마트스토어로 내보냅니다. 재고를 포함한 상품 정보는 실시간으로 맞춰지지 않으니, 바꾼 뒤에는 다시 가져오거나 내보내 주세요.',
          'Import SmartStore products into Sixshop Pro, or export Sixshop Pro products to SmartStore. Product details, stock included, are not kept in step in real time: import or export again after changing them.',
        )}
      </p>
      <div class="tabs" role="tablist" aria-label={t('상품 연동', 'Product link')}>
        {tabs().map((it) => (
          <button
            key={it.id}
            type="button"
            role="tab"
            id={`products-tab-${it.id}`}
            aria-selected={tab === it.id}
            aria-controls={`products-panel-${it.id}`}
            class={`tab${tab === it.id ? ' tab--active' : ''}`}
            onClick={() => setTab(it.id)}
          >
            {it.label}
            {it.id === 'jobs' && active > 0 && <span class="tab__count">{active}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`products-panel-${tab}`} aria-labelledby={`products-tab-${tab}`}>
        {tab === 'import' && (
          <ImportPanel key={accountId} accountId={accountId} request={request} onStarted={started} />
        )}
        {tab === 'export' && (
          <ExportPanel key={accountId} accountId={accountId} request={request} onStarted={started} />
        )}
        {tab === 'jobs' && (
          <div class="panel-body">
            {loadError && <p class="field__error">{loadError}</p>}
            <JobList jobs={jobs} request={request} onChanged={changed} />
          </div>
        )}
      </div>
    </section>
  );
}
