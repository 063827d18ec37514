import { useEffect, useState } from 'preact/hooks';
import type { AccountSummary } from '../../lib/orders/queries';
import { MARKET_ORDER_STATUS_LABELS } from '../../lib/sixshop/schemas/market-order';
import { usePopupEnv } from './env';
import { formatCount, fullTime, openClaims, timeAgo } from './format';
import { AlertIcon, CheckIcon, ClockIcon, RefreshIcon } from './icons';

export interface SyncState {
  running: boolean;
  /** Korean: why the last 지금 동기화 did not end as expected */
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
    { key: 'delivered-today', label: '배송 완료 (오늘)', value: account.deliveredToday },
    { key: 'claims', label: '취소·반품·교환', value: openClaims(c) },
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
          aria-label={`${account.alias} 지금 동기화`}
          aria-busy={running ? 'true' : 'false'}
          disabled={running}
          onClick={() => onSync(account.accountId)}
        >
          <RefreshIcon spinning={running} />
          <span>{running ? '동기화 중' : '지금 동기화'}</span>
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
        <ul class="deadlines" aria-label="발송 기한">
          {account.overdue > 0 && (
            <li class="chip chip--danger" data-deadline="overdue">
              <AlertIcon />
              발송 기한 지남 {formatCount(account.overdue)}건
            </li>
          )}
          {account.dueSoon > 0 && (
            <li class="chip chip--warn" data-deadline="due-soon">
              <ClockIcon />
              24시간 내 발송 {formatCount(account.dueSoon)}건
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
        <p class="sync-line__text">스마트스토어에서 주문을 가져오는 중…</p>
      ) : !last ? (
        <p class="sync-line__text">아직 동기화하지 않았습니다.</p>
      ) : last.ok ? (
        <p class="sync-line__text sync-line__text--ok" title={fullTime(last.at)}>
          <CheckIcon />
          <span>
            {timeAgo(last.at, now)} 동기화
            {last.created > 0 && ` · 새 주문 ${formatCount(last.created)}건`}
          </span>
        </p>
      ) : (
        <p class="sync-line__text sync-line__text--error" title={fullTime(last.at)}>
          <AlertIcon />
          <span>
            동기화 실패 ({timeAgo(last.at, now)}): {last.message ?? '알 수 없는 오류가 발생했습니다.'}
          </span>
        </p>
      )}
      {note && !running && <p class="sync-line__note">{note}</p>}
    </div>
  );
}
