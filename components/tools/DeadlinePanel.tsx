import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { smartStoreOrderUrl } from '../../lib/overlay/labels';
import type { DeadlineList } from '../../lib/tools/requests';
import { countOf } from '../ui/count';
import { DeadlineBadge, ItemText, StatusBadge, When } from './bits';
import { useToolsEnv } from './env';

const SHOWN = 10;

/** 발송 기한: items still to ship that are past their dispatch deadline or within 24 hours of it. */
export function DeadlinePanel({ accountId, refreshKey }: { accountId: string; refreshKey: number }) {
  const env = useToolsEnv();
  const [list, setList] = useState<DeadlineList>();

  // refreshKey: a change elsewhere on the page asks for a fresh read
  useEffect(() => {
    let live = true;
    env
      .tools('tools.deadlines', accountId ? { accountId } : {})
      .then((l) => live && setList(l))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [env, accountId, refreshKey]);

  if (!list) return null;
  const urgent = list.rows.length > 0;
  return (
    <aside
      class={`due${list.overdue > 0 ? ' due--overdue' : urgent ? ' due--soon' : ''}`}
      aria-labelledby="due-title"
      data-testid="deadline-panel"
    >
      <details open={list.overdue > 0}>
        <summary>
          <strong id="due-title">{t('발송 기한', 'Dispatch deadline')}</strong>{' '}
          {urgent ? (
            <>
              <span data-count="overdue">
                {t(`지남 ${list.overdue}건`, `${countOf(list.overdue, 'item', 'items')} late`)}
              </span>{' '}
              ·{' '}
              <span data-count="soon">
                {t(`24시간 이내 ${list.soon}건`, `${countOf(list.soon, 'item', 'items')} within 24 hours`)}
              </span>
            </>
          ) : (
            <span class="muted">
              {t(
                '기한이 지났거나 24시간 안에 끝나는 주문이 없습니다.',
                'No orders are past their deadline or due within 24 hours.',
              )}
            </span>
          )}
        </summary>
        {urgent && (
          <ul class="due__list">
            {list.rows.slice(0, SHOWN).map((o) => (
              <li key={`${o.accountId}:${o.productOrderId}`} data-product-order-id={o.productOrderId}>
                <DeadlineBadge item={o} now={list.now} /> <StatusBadge status={o.status} />{' '}
                <ItemText productName={o.productName} optionText={o.optionText} quantity={o.quantity} />{' '}
                <span class="muted small">
                  · {t('기한', 'Due')} <When at={o.shippingDueAt} /> · {o.accountAlias} ·{' '}
                  <a href={smartStoreOrderUrl(o.productOrderId)} target="_blank" rel="noopener noreferrer">
                    {o.productOrderId}
                  </a>
                </span>
              </li>
            ))}
            {list.rows.length > SHOWN && (
              <li class="muted">
                {t(
                  `외 ${list.rows.length - SHOWN}건`,
                  `and ${countOf(list.rows.length - SHOWN, 'more', 'more')}`,
                )}
              </li>
            )}
          </ul>
        )}
      </details>
    </aside>
  );
}
