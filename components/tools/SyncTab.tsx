import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { SyncEntry, SyncHistory } from '../../lib/tools/requests';
import { Notice } from '../ui/Notice';
import { When } from './bits';
import { errorText, useToolsEnv } from './env';

/**
 * 동기화 기록: each account's order collections, newest first — when, how many came in or changed, and for a
 * failure Naver's trace ID (to quote to 커머스API 문의), with a 지금 동기화 button.
 */
export function SyncTab({ accountId, onSynced }: { accountId: string; onSynced: () => void }) {
  const env = useToolsEnv();
  const [history, setHistory] = useState<SyncHistory[]>();
  const [error, setError] = useState<string>();
  const [syncing, setSyncing] = useState<Record<string, boolean>>({});
  const [note, setNote] = useState<Record<string, string>>({});
  const alive = useRef(true);

  const load = useCallback(async () => {
    try {
      const h = await env.tools('tools.syncLog', { ...(accountId ? { accountId } : {}), limit: 30 });
      if (alive.current) {
        setHistory(h);
        setError(undefined);
      }
      return h;
    } catch (e) {
      if (alive.current) setError(errorText(e));
      return undefined;
    }
  }, [env, accountId]);

  useEffect(() => {
    alive.current = true;
    void load();
    return () => {
      alive.current = false;
    };
  }, [load]);

  async function syncNow(id: string) {
    const before = history?.find((h) => h.accountId === id)?.entries[0]?.at ?? 0;
    setSyncing((s) => ({ ...s, [id]: true }));
    setNote((n) => ({ ...n, [id]: '' }));
    try {
      await env.request('sync.now', { accountId: id });
      const until = env.now() + env.pollTimeoutMs;
      let done = false;
      while (alive.current && env.now() < until) {
        await new Promise((r) => setTimeout(r, env.pollMs));
        const h = await load();
        const latest = h?.find((x) => x.accountId === id)?.entries[0];
        if (latest && latest.at > before) {
          done = true;
          setNote((n) => ({
            ...n,
            [id]: latest.ok
              ? t(`동기화했습니다: ${summary(latest)}`, `Synced: ${summary(latest)}`)
              : t(
                  `동기화하지 못했습니다: ${latest.message ?? ''}`,
                  `Could not sync: ${latest.message ?? ''}`,
                ),
          }));
          break;
        }
      }
      if (!done)
        setNote((n) => ({
          ...n,
          [id]: t(
            '동기화가 오래 걸리고 있습니다. 잠시 후 기록을 다시 확인해 주세요.',
            'The sync is taking a while. Check the log again in a moment.',
          ),
        }));
      onSynced();
    } catch (e) {
      setNote((n) => ({ ...n, [id]: errorText(e) }));
    } finally {
      if (alive.current) setSyncing((s) => ({ ...s, [id]: false }));
    }
  }

  return (
    <div class="sync">
      {error && <Notice tone="error">{error}</Notice>}
      {history?.length === 0 && <p class="empty">{t('연동된 계정이 없습니다.', 'No linked accounts.')}</p>}
      {history?.map((h) => (
        <section
          key={h.accountId}
          class="card"
          aria-labelledby={`sync-${h.accountId}`}
          data-account-id={h.accountId}
          data-testid="sync-account"
        >
          <div class="section-head">
            <h2 id={`sync-${h.accountId}`}>
              {h.accountAlias} <span class="muted small">smartstore.naver.com/{h.storeSlug}</span>
            </h2>
            <button
              type="button"
              class="primary"
              disabled={syncing[h.accountId]}
              onClick={() => void syncNow(h.accountId)}
            >
              {syncing[h.accountId] ? t('동기화하는 중…', 'Syncing…') : t('지금 동기화', 'Sync now')}
            </button>
          </div>
          {note[h.accountId] && (
            <p class="muted" role="status">
              {note[h.accountId]}
            </p>
          )}
          {h.entries.length === 0 ? (
            <p class="empty">{t('아직 동기화 기록이 없습니다.', 'No syncs yet.')}</p>
          ) : (
            <div class="table-wrap">
              <table class="grid" data-testid="sync-table">
                <thead>
                  <tr>
                    <th scope="col">{t('시각', 'Time')}</th>
                    <th scope="col">{t('결과', 'Result')}</th>
                    <th scope="col" class="num">
                      {t('새 주문', 'New orders')}
                    </th>
                    <th scope="col" class="num">
                      {t('처음 들어옴', 'First seen')}
                    </th>
                    <th scope="col" class="num">
                      {t('바뀜', 'Changed')}
                    </th>
                    <th scope="col" class="num">
                      {t('식스샵 전송 대기', 'Waiting to send to Sixshop')}
                    </th>
                    <th scope="col">{t('오류', 'Error')}</th>
                  </tr>
                </thead>
                <tbody>
                  {h.entries.map((e) => (
                    <SyncRow key={e.id} entry={e} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}

function summary(e: SyncEntry): string {
  if (e.created + e.updated === 0) return t('바뀐 주문이 없습니다.', 'no orders changed.');
  return t(
    `새 주문 ${e.newPaid}건, 처음 들어온 주문 ${e.created}건, 바뀐 주문 ${e.updated}건`,
    `${e.newPaid} new, ${e.created} first seen, ${e.updated} changed.`,
  );
}

function SyncRow({ entry: e }: { entry: SyncEntry }) {
  const env = useToolsEnv();
  const [copied, setCopied] = useState(false);
  return (
    <tr class={e.ok ? 'sync-row' : 'sync-row sync-row--failed'} data-ok={e.ok ? 'true' : 'false'}>
      <td>
        <When at={e.at} />
      </td>
      <td>
        {e.ok ? (
          <span class="badge badge--ready">{t('성공', 'Succeeded')}</span>
        ) : (
          <span class="badge badge--wrong">{t('실패', 'Failed')}</span>
        )}
      </td>
      <td class="num">{e.newPaid}</td>
      <td class="num">{e.created}</td>
      <td class="num">{e.updated}</td>
      <td class="num">{e.shopPending}</td>
      <td>
        {e.message && <p class="reason">{e.message}</p>}
        {e.traceId && (
          <p class="trace">
            {t('추적 ID', 'Trace ID')} <code data-role="trace-id">{e.traceId}</code>{' '}
            <button
              type="button"
              class="link"
              onClick={() =>
                void env.copy(e.traceId!).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {copied ? t('복사했습니다', 'Copied') : t('복사', 'Copy')}
            </button>
          </p>
        )}
        {e.ok && !e.message && <span class="muted">—</span>}
      </td>
    </tr>
  );
}
