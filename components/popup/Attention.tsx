import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { ActionRecord } from '../../lib/orders/outbox-types';
import { countOf } from '../ui/count';
import { usePopupEnv } from './env';
import { actionKindLabel, formatCount, fullTime, timeUntil } from './format';
import { AlertIcon, ClockIcon, RefreshIcon } from './icons';
import { errorMessage } from './types';

interface RetryState {
  busy: boolean;
  error?: string | undefined;
}

/**
 * 처리 필요: actions waiting in the outbox (with why and when they go out again), and recent actions with
 * failed items, each item with its Korean message and 다시 시도 for the failed ones.
 */
export function Attention({
  records,
  aliases,
  productNames,
  now,
  onRetried,
}: {
  records: ActionRecord[];
  aliases: ReadonlyMap<string, string>;
  /** product names known from the order list, to make failed items recognisable */
  productNames: ReadonlyMap<string, string>;
  now: number;
  onRetried: (old: ActionRecord, next: ActionRecord) => void;
}) {
  const env = usePopupEnv();
  const [retry, setRetry] = useState<Record<string, RetryState>>({});

  async function retryFailed(record: ActionRecord) {
    const productOrderIds = record.items.filter((i) => i.state === 'failed').map((i) => i.productOrderId);
    if (productOrderIds.length === 0 || retry[record.id]?.busy) return;
    setRetry((r) => ({ ...r, [record.id]: { busy: true } }));
    try {
      const next = await env.request('actions.retry', {
        id: record.id,
        requestId: env.newRequestId(),
        productOrderIds,
      });
      setRetry((r) => ({ ...r, [record.id]: { busy: false } }));
      onRetried(record, next);
    } catch (e) {
      setRetry((r) => ({
        ...r,
        [record.id]: {
          busy: false,
          error: errorMessage(e, t('다시 보내지 못했습니다.', 'Could not send again.')),
        },
      }));
    }
  }

  if (records.length === 0) return null;
  return (
    <section class="section section--attention" aria-labelledby="attention-title">
      <div class="section__head">
        <h2 id="attention-title" class="section__title">
          {t('처리 필요', 'Needs attention')}{' '}
          <span class="section__badge">{formatCount(records.length)}</span>
        </h2>
      </div>
      <ul class="tasks">
        {records.map((r) => {
          const failed = r.items.filter((i) => i.state === 'failed');
          const waiting = r.items.filter((i) => i.state === 'pending' || i.state === 'sending');
          const unknown = r.items.filter((i) => i.state === 'unknown');
          const state = retry[r.id];
          const kind = actionKindLabel(r.kind);
          return (
            <li key={r.id} class="task" data-action-id={r.id}>
              <div class="task__head">
                {r.status === 'queued' ? (
                  <span class="badge badge--wait">
                    <ClockIcon />
                    {t('대기 중', 'Waiting')}
                  </span>
                ) : (
                  <span class="badge badge--fail">
                    <AlertIcon />
                    {t('실패', 'Failed')}
                  </span>
                )}
                <span class="task__title">
                  {kind} {countOf(r.items.length, 'item', 'items')}
                </span>
                <span class="task__account">{aliases.get(r.accountId) ?? ''}</span>
              </div>
              {r.status === 'queued' && (waiting.length > 0 || unknown.length > 0) && (
                <p class="task__reason">
                  {r.lastError?.message ??
                    (unknown.length > 0
                      ? t(
                          '보낸 결과를 스마트스토어에서 확인하고 있습니다.',
                          'Checking the result with SmartStore.',
                        )
                      : t('스마트스토어로 보내는 중입니다.', 'Sending to SmartStore.'))}
                  {r.nextAttemptAt !== undefined && (
                    <span class="task__when" title={fullTime(r.nextAttemptAt)}>
                      {' '}
                      ·{' '}
                      {t(
                        `${timeUntil(r.nextAttemptAt, now)} 다시 시도`,
                        `retrying ${timeUntil(r.nextAttemptAt, now)}`,
                      )}
                    </span>
                  )}
                </p>
              )}
              {failed.length > 0 && (
                <>
                  <ul class="task__items">
                    {failed.map((i) => (
                      <li key={i.productOrderId} class="task__item" data-product-order-id={i.productOrderId}>
                        <span class="task__item-name">
                          {productNames.get(i.productOrderId) ??
                            t(`상품주문번호 ${i.productOrderId}`, `Product order number ${i.productOrderId}`)}
                        </span>
                        <span class="task__item-msg">
                          {i.message ??
                            t('스마트스토어에서 처리하지 못했습니다.', 'SmartStore could not process it.')}
                        </span>
                      </li>
                    ))}
                  </ul>
                  <div class="task__actions">
                    {state?.error && (
                      <p class="task__error" role="alert">
                        {state.error}
                      </p>
                    )}
                    <button
                      type="button"
                      class="retry-btn"
                      aria-label={t(
                        `${kind} 실패 ${failed.length}건 다시 시도`,
                        `Retry ${kind}: ${failed.length} failed`,
                      )}
                      disabled={!!state?.busy}
                      aria-busy={state?.busy ? 'true' : 'false'}
                      onClick={() => void retryFailed(r)}
                    >
                      <RefreshIcon spinning={!!state?.busy} />
                      {t('다시 시도', 'Retry')}
                    </button>
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
