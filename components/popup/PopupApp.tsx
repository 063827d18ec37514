import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { plural, t } from '../../lib/i18n';
import type { PopupSummary } from '../../lib/messaging/protocol';
import type { ActionRecord } from '../../lib/orders/outbox-types';
import { Notice } from '../ui/Notice';
import { AccountCard, type SyncState } from './AccountCard';
import { Attention } from './Attention';
import { type PopupEnv, PopupEnvContext, usePopupEnv } from './env';
import { actionKindLabel, formatCount } from './format';
import { GearIcon, ToolsIcon } from './icons';
import { RecentOrders } from './RecentOrders';
import { errorMessage, type PopupOrder } from './types';

/** Marks of the first load (the e2e measures navigation → first render with data). */
export const MARKS = {
  sent: 'popup:summary-sent',
  received: 'popup:summary-received',
  firstData: 'popup:first-data',
} as const;

/** The toolbar popup: linked accounts at a glance, 처리 필요, recent orders with search. */
export function PopupApp({ env }: { env: PopupEnv }) {
  return (
    <PopupEnvContext.Provider value={env}>
      <Popup />
    </PopupEnvContext.Provider>
  );
}

function Popup() {
  const env = usePopupEnv();
  const [summary, setSummary] = useState<PopupSummary>();
  const [now, setNow] = useState(env.now);
  const [loadError, setLoadError] = useState<string>();
  const [sync, setSync] = useState<Record<string, SyncState>>({});
  const [refreshKey, setRefreshKey] = useState(0);
  const [retried, setRetried] = useState<ReadonlySet<string>>(new Set());
  const [retryNote, setRetryNote] = useState<{ tone: 'success' | 'warning'; text: string }>();
  const alive = useRef(true);
  const marked = useRef(false);

  const load = useCallback(async (): Promise<PopupSummary | undefined> => {
    try {
      const first = !marked.current;
      if (first) performance.mark(MARKS.sent);
      const s = await env.request('popup.summary', {});
      if (first) performance.mark(MARKS.received);
      if (!alive.current) return s;
      setSummary(s);
      setNow(env.now());
      setLoadError(undefined);
      return s;
    } catch (e) {
      if (alive.current) setLoadError(errorMessage(e));
      return undefined;
    }
  }, [env]);

  useEffect(() => {
    alive.current = true;
    void load();
    return () => {
      alive.current = false;
    };
  }, [load]);

  useLayoutEffect(() => {
    if (summary && !marked.current) {
      marked.current = true;
      performance.mark(MARKS.firstData);
    }
  }, [summary]);

  const syncNow = useCallback(
    async (accountId: string) => {
      const before = summary?.accounts.find((a) => a.accountId === accountId)?.lastSync?.at;
      setSync((s) => ({ ...s, [accountId]: { running: true } }));
      let note: string | undefined;
      try {
        await env.request('sync.now', { accountId });
        const deadline = env.now() + env.syncTimeoutMs;
        let delay = env.syncPollMs;
        let done = false;
        while (!done && alive.current && env.now() < deadline) {
          await new Promise((r) => setTimeout(r, Math.min(delay, Math.max(0, deadline - env.now()))));
          delay = Math.min(delay * 1.5, env.syncPollMs * 3);
          const s = await load();
          const at = s?.accounts.find((a) => a.accountId === accountId)?.lastSync?.at;
          done = at !== undefined && at !== before;
        }
        if (!done) {
          note = t(
            '동기화가 아직 끝나지 않았습니다. 잠시 후 팝업을 다시 열어 확인해 주세요.',
            'The sync has not finished yet. Open the popup again in a moment to check.',
          );
        }
      } catch (e) {
        note = errorMessage(e, t('동기화를 시작하지 못했습니다.', 'Could not start the sync.'));
      }
      if (!alive.current) return;
      setSync((s) => ({ ...s, [accountId]: { running: false, note } }));
      setRefreshKey((k) => k + 1);
    },
    [env, load, summary],
  );

  const onRetried = useCallback(
    (old: ActionRecord, next: ActionRecord) => {
      setRetried((s) => new Set(s).add(old.id));
      const failed = next.items.filter((i) => i.state === 'failed').length;
      const done = next.items.filter((i) => i.state === 'done').length;
      const kind = actionKindLabel(next.kind);
      setRetryNote(
        failed > 0
          ? {
              tone: 'warning',
              text: t(
                `${kind}: 다시 보냈지만 ${formatCount(failed)}건이 또 실패했습니다.`,
                `${kind}: sent again, but ${formatCount(failed)} ${plural(failed, 'item', 'items')} failed again.`,
              ),
            }
          : next.status === 'queued'
            ? {
                tone: 'success',
                text: t(
                  `${kind}: 다시 보냈습니다. 곧 처리됩니다.`,
                  `${kind}: sent again. It will be processed shortly.`,
                ),
              }
            : {
                tone: 'success',
                text: t(
                  `${kind}: ${formatCount(done)}건을 다시 보내 처리했습니다.`,
                  `${kind}: sent ${formatCount(done)} ${plural(done, 'item', 'items')} again and processed them.`,
                ),
              },
      );
      void load().then(() => setRefreshKey((k) => k + 1));
    },
    [load],
  );

  const aliases = useMemo(
    () => new Map((summary?.accounts ?? []).map((a) => [a.accountId, a.alias])),
    [summary?.accounts],
  );
  const productNames = useMemo(
    () => new Map((summary?.recent ?? []).map((o) => [o.productOrderId, o.productName])),
    [summary?.recent],
  );
  const attention = useMemo(
    () => (summary?.attention ?? []).filter((r) => !retried.has(r.id)),
    [summary?.attention, retried],
  );

  const ready = summary !== undefined;
  const noAccounts = ready && summary.accounts.length === 0;

  return (
    <main class="popup" data-ready={ready ? 'true' : 'false'} aria-busy={ready ? 'false' : 'true'}>
      <header class="pop-head">
        <div class="pop-head__brand">
          <span class="pop-head__logo" aria-hidden="true">
            N
          </span>
          <div>
            <h1 class="pop-head__title">{t('스마트스토어 연동', 'SmartStore link')}</h1>
            <p class="pop-head__sub" data-testid="awaiting">
              {!ready
                ? t('불러오는 중…', 'Loading…')
                : noAccounts
                  ? t('식스샵 프로 마켓 통합 관리', 'Marketplace management for Sixshop Pro')
                  : summary.awaitingConfirm > 0
                    ? t(
                        `발주 확인 대기 ${formatCount(summary.awaitingConfirm)}건`,
                        `${formatCount(summary.awaitingConfirm)} ${plural(summary.awaitingConfirm, 'order', 'orders')} to confirm`,
                      )
                    : t('발주 확인할 새 주문이 없습니다', 'No new orders to confirm')}
            </p>
          </div>
        </div>
        <div class="pop-head__actions">
          <button
            type="button"
            class="pop-head__settings"
            data-testid="open-tools"
            title={t(
              '대량 배송 처리, 주문 내보내기, 클레임, 발송 기한, 동기화 기록',
              'Bulk dispatch, order export, claims, dispatch deadlines, sync log',
            )}
            onClick={env.openTools}
          >
            <ToolsIcon />
            {t('주문 도구', 'Order tools')}
          </button>
          <button type="button" class="pop-head__settings" onClick={env.openOptions}>
            <GearIcon />
            {t('설정', 'Settings')}
          </button>
        </div>
      </header>

      <div class="popup__body">
        {loadError && (
          <Notice tone="error">
            <p>{loadError}</p>
            <button type="button" class="link" onClick={() => void load()}>
              {t('다시 불러오기', 'Reload')}
            </button>
          </Notice>
        )}
        {!ready && !loadError && <Skeleton />}
        {noAccounts && <EmptyState onOpenSettings={env.openOptions} />}
        {ready && !noAccounts && (
          <>
            <ul class="accts" aria-label={t('연동된 스마트스토어 계정', 'Linked SmartStore accounts')}>
              {summary.accounts.map((a) => (
                <AccountCard key={a.accountId} account={a} sync={sync[a.accountId]} onSync={syncNow} />
              ))}
            </ul>
            {retryNote && <Notice tone={retryNote.tone}>{retryNote.text}</Notice>}
            <Attention
              records={attention}
              aliases={aliases}
              productNames={productNames}
              now={now}
              onRetried={onRetried}
            />
            <RecentOrders recent={summary.recent as PopupOrder[]} now={now} refreshKey={refreshKey} />
          </>
        )}
      </div>
    </main>
  );
}

function EmptyState({ onOpenSettings }: { onOpenSettings: () => void }) {
  return (
    <section class="empty-state" aria-labelledby="empty-title">
      <div class="empty-state__art" aria-hidden="true">
        <span>N</span>
        <span class="empty-state__plus">+</span>
        <span>S</span>
      </div>
      <h2 id="empty-title">{t('스마트스토어 계정을 연동해 주세요', 'Link a SmartStore account')}</h2>
      <p>
        {t(
          '계정을 연동하면 결제 완료된 스마트스토어 주문이 자동으로 들어오고, 여기에서 주문 확인 중·배송 준비 중 주문 수를 한눈에 볼 수 있어요.',
          'Once an account is linked, paid SmartStore orders come in automatically, and you can see here at a glance how many are Awaiting confirmation or Preparing shipment.',
        )}
      </p>
      <ol class="empty-state__steps">
        <li>
          {t(
            '스마트스토어센터 › 스토어 설정 › API 정보에서 상품 API와 주문 API의 대행사를 선택해 주세요.',
            'In SmartStore Center › Store settings › API information, choose the agency for the product API and the order API.',
          )}
        </li>
        <li>
          {t(
            '설정에서 계정 별칭, 스마트스토어 계정 ID, API 연동용 판매자 ID를 입력하고 연동 신청을 눌러 주세요.',
            'In Settings, enter the account alias, SmartStore account ID and API seller ID, then press Link.',
          )}
        </li>
      </ol>
      <button type="button" class="primary" onClick={onOpenSettings}>
        {t('설정에서 계정 연동하기', 'Link an account in Settings')}
      </button>
    </section>
  );
}

function Skeleton() {
  return (
    <div class="skeleton" aria-hidden="true">
      <div class="skeleton__card" />
      <div class="skeleton__row" />
      <div class="skeleton__row" />
      <div class="skeleton__row" />
    </div>
  );
}
