import { useEffect, useState } from 'preact/hooks';
import { plural, t } from '../../lib/i18n';
import type { AccountSummary } from '../../lib/orders/queries';
import { MARKET_ORDER_STATUS_LABELS } from '../../lib/sixshop/schemas/market-order';
import { usePopupEnv } from './env';
import { formatCount, fullTime, openClaims, timeAgo } from './format';
import { AlertIcon, CheckIcon, ClockIcon, RefreshIcon } from './icons';

export interface SyncState {
  running: boolean;
  /** why the last 지금 동기화 did not end as expected, in the seller's language */
  note?: string | undefined;
}

/** One linked account: its counts at a glance, deadlines, and 지금 동기화. */
export function AccountCard({
  account,
  sync,
  onSync,
}: {
  account: AccountSummary;
  sync: SyncState | undefined;
  onSync: (accountId: string) => void;
}) {
  const c = account.counts;
  const running = !!sync?.running || account.syncing;
  const stats: Array<{ key: string; label: string; value: number; lead?: boolean }> = [
    {
      key: 'confirming',
      label: MARKET_ORDER_STATUS_LABELS.PAYMENT_CONFIRMING,
      value: c.PAYMENT_CONFIRMING,
      lead: true,
    },
    { key: 'preparing', label: MARKET_ORDER_STATUS_LABELS.PREPARING, value: c.PREPARING },
    { key: 'shipping', label: MARKET_ORDER_STATUS_LABELS.SHIPPING, value: c.SHIPPING },
    {
      key: 'delivered-today',
      label: t('배송 완료 (오늘)', 'Delivered today'),
      value: account.deliveredToday,
    },
    { key: 'claims', label: t('취소·반품·교환', 'Claims'), value: openClaims(c) },
  ];
  const headingId = `acct-${account.accountId}`;
  return (
    <li class="acct" data-account-id={account.accountId} aria-labelledby={headingId}>
      <div class="acct__head">
        <div class="acct__title">
          <h2 id={headingId}>{account.alias}</h2>
          <a
            class="acct__slug"
            href={`https://smartstore.naver.com/${encodeURIComponent(account.storeSlug)}`}
            target="_blank"
            rel="noopener noreferrer"
          >
            smartstore.naver.com/{account.storeSlug}
          </a>
        </div>
        <button
          type="button"
          class="sync-btn"
          aria-label={t(`${account.alias} 지금 동기화`, `Sync ${account.alias} now`)}
          aria-busy={running ? 'true' : 'false'}
          disabled={running}
          onClick={() => onSync(account.accountId)}
        >
          <RefreshIcon spinning={running} />
          <span>{running ? t('동기화 중', 'Syncing') : t('지금 동기화', 'Sync now')}</span>
        </button>
      </div>
      <dl class="stats">
        {stats.map((s) => (
          <div
            key={s.key}
            class={`stat${s.lead ? ' stat--lead' : ''}${s.value === 0 ? ' stat--zero' : ''}`}
            data-stat={s.key}
          >
            <dt>{s.label}</dt>
            <dd>{formatCount(s.value)}</dd>
          </div>
        ))}
      </dl>
      {(account.overdue > 0 || account.dueSoon > 0) && (
        <ul class="deadlines" aria-label={t('발송 기한', 'Dispatch deadline')}>
          {account.overdue > 0 && (
            <li class="chip chip--danger" data-deadline="overdue">
              <AlertIcon />
              {t(
                `발송 기한 지남 ${formatCount(account.overdue)}건`,
                `${formatCount(account.overdue)} past dispatch deadline`,
              )}
            </li>
          )}
          {account.dueSoon > 0 && (
            <li class="chip chip--warn" data-deadline="due-soon">
              <ClockIcon />
              {t(
                `24시간 내 발송 ${formatCount(account.dueSoon)}건`,
                `${formatCount(account.dueSoon)} to dispatch within 24 hours`,
              )}
            </li>
          )}
        </ul>
      )}
      <SyncLine account={account} running={running} note={sync?.note} />
    </li>
  );
}

/** "3분 전 동기화" (kept fresh by its own slow clock, so nothing else re-renders) or the last error. */
function SyncLine({
  account,
  running,
  note,
}: {
  account: AccountSummary;
  running: boolean;
  note: string | undefined;
}) {
  const env = usePopupEnv();
  const [now, setNow] = useState(env.now);
  const last = account.lastSync;
  useEffect(() => {
    setNow(env.now());
    const t = setInterval(() => setNow(env.now()), 30_000);
    return () => clearInterval(t);
  }, [env, last?.at]);

  return (
    <div class="sync-line" role="status" data-sync-at={last?.at}>
      {running ? (
        <p class="sync-line__text">
          {t('스마트스토어에서 주문을 가져오는 중…', 'Fetching orders from SmartStore…')}
        </p>
      ) : !last ? (
        <p class="sync-line__text">{t('아직 동기화하지 않았습니다.', 'Not synced yet.')}</p>
      ) : last.ok ? (
        <p class="sync-line__text sync-line__text--ok" title={fullTime(last.at)}>
          <CheckIcon />
          <span>
            {t(`${timeAgo(last.at, now)} 동기화`, `Synced ${timeAgo(last.at, now)}`)}
            {last.created > 0 &&
              t(
                ` · 새 주문 ${formatCount(last.created)}건`,
                ` · ${formatCount(last.created)} new ${plural(last.created, 'order', 'orders')}`,
              )}
          </span>
        </p>
      ) : (
        <p class="sync-line__text sync-line__text--error" title={fullTime(last.at)}>
          <AlertIcon />
          <span>
            {t(`동기화 실패 (${timeAgo(last.at, now)})`, `Sync failed (${timeAgo(last.at, now)})`)}:{' '}
            {last.message ?? t('알 수 없는 오류가 발생했습니다.', 'An unknown error occurred.')}
          </span>
        </p>
      )}
      {note && !running && <p class="sync-line__note">{note}</p>}
    </div>
  );
}
