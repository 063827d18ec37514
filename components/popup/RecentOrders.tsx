import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { plural, t } from '../../lib/i18n';
import { usePopupEnv } from './env';
import { formatCount } from './format';
import { SearchIcon } from './icons';
import { OrderRow } from './OrderRow';
import { errorMessage, type PopupOrder } from './types';

/** Order numbers are searched by prefix from 4 digits; shorter digit strings would match names only. */
const SHORT_NUMBER = /^\d{1,3}$/;

type SearchState =
  | { kind: 'idle' }
  | { kind: 'hint'; message: string }
  | { kind: 'waiting' }
  | { kind: 'done'; query: string; orders: PopupOrder[] }
  | { kind: 'error'; message: string };

/**
 * The newest orders, and a search over every stored order: order number (digits, prefix) or buyer, receiver or
 * product name. Typing re-renders only this section; the rows themselves re-render only when the list changes.
 */
export function RecentOrders({
  recent,
  now,
  refreshKey,
}: {
  recent: PopupOrder[];
  now: number;
  /** changes when the stored orders may have changed (after a sync), to run the current search again */
  refreshKey: number;
}) {
  const env = usePopupEnv();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<SearchState>({ kind: 'idle' });
  const seq = useRef(0);

  useEffect(() => {
    const q = query.trim();
    const mine = ++seq.current;
    if (!q) {
      setSearch({ kind: 'idle' });
      return;
    }
    if (SHORT_NUMBER.test(q)) {
      setSearch({
        kind: 'hint',
        message: t('주문번호는 4자리 이상 입력해 주세요.', 'Enter at least 4 digits of an order number.'),
      });
      return;
    }
    setSearch((s) => (s.kind === 'done' ? s : { kind: 'waiting' }));
    const timer = setTimeout(() => {
      env.request('orders.search', { query: q }).then(
        (orders) => {
          if (seq.current === mine) setSearch({ kind: 'done', query: q, orders });
        },
        (e: unknown) => {
          if (seq.current === mine)
            setSearch({
              kind: 'error',
              message: errorMessage(e, t('검색하지 못했습니다.', 'Search failed.')),
            });
        },
      );
    }, env.searchDelayMs);
    return () => clearTimeout(timer);
  }, [query, refreshKey, env]);

  const searching = query.trim() !== '';
  const shown = !searching ? recent : search.kind === 'done' ? search.orders : undefined;
  const list = useMemo(
    () =>
      shown && shown.length > 0 ? (
        <ul class="orders">
          {shown.map((o) => (
            <OrderRow key={`${o.accountId}:${o.productOrderId}`} order={o} now={now} />
          ))}
        </ul>
      ) : null,
    [shown, now],
  );

  return (
    <section class="section" aria-labelledby="recent-title">
      <div class="section__head">
        <h2 id="recent-title" class="section__title">
          {searching ? t('주문 검색', 'Order search') : t('최근 주문', 'Recent orders')}
        </h2>
        <p class="section__count" aria-live="polite">
          {search.kind === 'done' &&
            t(
              `검색 결과 ${formatCount(search.orders.length)}건`,
              `${formatCount(search.orders.length)} ${plural(search.orders.length, 'result', 'results')}`,
            )}
          {search.kind === 'waiting' && t('검색 중…', 'Searching…')}
        </p>
      </div>
      <div class="search">
        <SearchIcon />
        <input
          type="search"
          class="search__input"
          aria-label={t(
            '주문 검색: 주문번호, 구매자, 수령자 또는 상품명',
            'Order search: order number, buyer, recipient or product name',
          )}
          placeholder={t(
            '주문번호, 구매자, 상품명으로 검색',
            'Search by order number, buyer or product name',
          )}
          maxLength={50}
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      {search.kind === 'hint' && <p class="section__empty">{search.message}</p>}
      {search.kind === 'error' && (
        <p class="section__empty section__empty--error" role="alert">
          {search.message}
        </p>
      )}
      {list}
      {shown && shown.length === 0 && (
        <p class="section__empty">
          {search.kind === 'done' && searching
            ? t(`‘${search.query}’에 맞는 주문이 없습니다.`, `No orders match ‘${search.query}’.`)
            : t('아직 가져온 주문이 없습니다.', 'No orders fetched yet.')}
        </p>
      )}
    </section>
  );
}
