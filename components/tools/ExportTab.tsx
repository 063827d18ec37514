import { useEffect, useState } from 'preact/hooks';
import { kstDate, kstDayRange } from '../../lib/export/format';
import { exportFileName, ordersToCsv } from '../../lib/export/orders-csv';
import { perLocale, plural, t } from '../../lib/i18n';
import {
  MARKET_ORDER_STATUS_LABELS,
  MARKET_ORDER_STATUSES,
  type MarketOrderStatus,
} from '../../lib/sixshop/schemas/market-order';
import type { ToolOrderList } from '../../lib/tools/requests';
import { formatNumber } from '../ui/count';
import { Notice } from '../ui/Notice';
import { DeadlineBadge, ItemText, rowTone, StatusBadge, When } from './bits';
import { errorText, useToolsEnv } from './env';

const PREVIEW_ROWS = 100;
const DAY = 24 * 60 * 60 * 1000;

const presets = perLocale(
  (): Array<{ label: string; statuses: MarketOrderStatus[] }> => [
    { label: t('배송할 주문', 'Orders to ship'), statuses: ['PAYMENT_CONFIRMING', 'PREPARING'] },
    { label: t('배송 준비 중', 'Preparing shipment'), statuses: ['PREPARING'] },
    { label: t('전체', 'All'), statuses: [] },
  ],
);

/**
 * 주문 내보내기: orders by status, paid date and account, as a CSV Excel opens cleanly (lib/export): numbers
 * stay numbers, Korean stays Korean; the columns a courier booking needs.
 */
export function ExportTab({ accountId }: { accountId: string }) {
  const env = useToolsEnv();
  const [statuses, setStatuses] = useState<MarketOrderStatus[]>(['PREPARING']);
  const [from, setFrom] = useState(() => kstDate(env.now() - 30 * DAY));
  const [to, setTo] = useState(() => kstDate(env.now()));
  const [list, setList] = useState<ToolOrderList>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();
  const [now, setNow] = useState(env.now());

  async function load(next = statuses) {
    setLoading(true);
    setError(undefined);
    try {
      const res = await env.tools('tools.orders', {
        ...(accountId ? { accountId } : {}),
        statuses: next,
        ...kstDayRange(from, to),
      });
      setList(res);
      setNow(env.now());
    } catch (e) {
      setError(errorText(e));
    } finally {
      setLoading(false);
    }
  }

  // reload when the account filter changes (the other filters wait for 조회)
  useEffect(() => {
    void load();
  }, [accountId]);

  function toggle(s: MarketOrderStatus, on: boolean) {
    setStatuses((cur) => (on ? [...cur, s] : cur.filter((x) => x !== s)));
  }

  const label =
    statuses.length === 0 || statuses.length === MARKET_ORDER_STATUSES.length
      ? t('전체', 'All')
      : statuses.map((s) => MARKET_ORDER_STATUS_LABELS[s]).join('·');

  return (
    <div class="export">
      <section class="card" aria-labelledby="export-title">
        <h2 id="export-title">{t('주문 내보내기', 'Export orders')}</h2>
        <p class="muted">
          {t(
            '고른 주문을 엑셀에서 바로 열리는 CSV로 받습니다. 주문번호·송장번호·우편번호는 엑셀에서도 숫자가 바뀌지 않고, 택배 예약에 필요한 수취인·연락처·주소·상품·배송메모가 들어 있습니다. 택배사와 송장번호를 채워 대량 배송 처리에 그대로 올릴 수도 있습니다.',
            'Download the chosen orders as a CSV that opens straight in Excel. Order, tracking and zip code numbers stay exactly as they are, and the file holds what a courier booking needs: recipient, phone, address, product and delivery note. Fill in the carrier and tracking number and you can upload the same file to Bulk dispatch.',
          )}
        </p>
        <form
          class="filters"
          onSubmit={(e) => {
            e.preventDefault();
            void load();
          }}
        >
          <fieldset class="filters__statuses">
            <legend>{t('상태', 'Status')}</legend>
            <div class="chips">
              {presets().map((p) => (
                <button
                  key={p.label}
                  type="button"
                  class="chip-button"
                  onClick={() => {
                    setStatuses(p.statuses);
                    void load(p.statuses);
                  }}
                >
                  {p.label}
                </button>
              ))}
            </div>
            <div class="chips">
              {MARKET_ORDER_STATUSES.map((s) => (
                <label key={s} class={`chip${statuses.includes(s) ? ' chip--on' : ''}`}>
                  <input
                    type="checkbox"
                    name="status"
                    value={s}
                    checked={statuses.includes(s)}
                    onChange={(e) => toggle(s, (e.target as HTMLInputElement).checked)}
                  />
                  {MARKET_ORDER_STATUS_LABELS[s]}
                </label>
              ))}
            </div>
          </fieldset>
          <div class="filters__dates">
            <label for="export-from">{t('결제일', 'Paid date')}</label>
            <input
              id="export-from"
              type="date"
              value={from}
              onInput={(e) => setFrom((e.target as HTMLInputElement).value)}
            />
            <span aria-hidden="true">~</span>
            <label class="sr-only" for="export-to">
              {t('결제일 끝', 'Paid date to')}
            </label>
            <input
              id="export-to"
              type="date"
              value={to}
              onInput={(e) => setTo((e.target as HTMLInputElement).value)}
            />
            <button type="submit" disabled={loading}>
              {t('조회', 'Search')}
            </button>
          </div>
        </form>
      </section>
      {error && <Notice tone="error">{error}</Notice>}
      {list && (
        <section class="card" aria-labelledby="export-list-title" data-testid="export-list">
          <div class="section-head">
            <h2 id="export-list-title">
              {label} <span data-testid="export-count">{formatNumber(list.total)}</span>
              {t('건', ` ${plural(list.total, 'order', 'orders')}`)}
            </h2>
            <button
              type="button"
              class="primary"
              data-testid="export-download"
              disabled={list.rows.length === 0}
              onClick={() =>
                env.download(exportFileName(t('주문', 'orders'), env.now()), ordersToCsv(list.rows))
              }
            >
              {t(
                `CSV 다운로드 (${formatNumber(list.rows.length)}건)`,
                `Download CSV (${formatNumber(list.rows.length)} ${plural(list.rows.length, 'order', 'orders')})`,
              )}
            </button>
          </div>
          {list.truncated && (
            <Notice tone="warning">
              {t(
                `한 번에 ${formatNumber(list.rows.length)}건까지 내보냅니다. 기간을 나눠 받아 주세요.`,
                `Up to ${formatNumber(list.rows.length)} orders are exported at once. Split the date range.`,
              )}
            </Notice>
          )}
          {list.rows.length === 0 ? (
            <p class="empty">
              {t(
                '조건에 맞는 주문이 없습니다. 상태나 결제일을 바꿔 보세요.',
                'No orders match. Try another status or paid date.',
              )}
            </p>
          ) : (
            <div class="table-wrap">
              <table class="grid">
                <thead>
                  <tr>
                    <th scope="col">{t('상태', 'Status')}</th>
                    <th scope="col">{t('결제일', 'Paid at')}</th>
                    <th scope="col">{t('상품주문번호', 'Product order number')}</th>
                    <th scope="col">{t('상품', 'Product')}</th>
                    <th scope="col">{t('수취인', 'Recipient')}</th>
                    <th scope="col">{t('주소', 'Address')}</th>
                    <th scope="col">{t('발송 기한', 'Dispatch deadline')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.rows.slice(0, PREVIEW_ROWS).map((o) => (
                    <tr
                      key={`${o.accountId}:${o.productOrderId}`}
                      class={`order-row${rowTone(o, now)}`}
                      data-product-order-id={o.productOrderId}
                    >
                      <td>
                        <StatusBadge status={o.status} />
                      </td>
                      <td>
                        <When at={o.paidAt} />
                      </td>
                      <td class="mono">{o.productOrderId}</td>
                      <td>
                        <ItemText
                          productName={o.productName}
                          optionText={o.optionText}
                          quantity={o.quantity}
                        />
                      </td>
                      <td>{o.receiverName}</td>
                      <td class="small">
                        {o.zipCode && <span class="muted">({o.zipCode}) </span>}
                        {[o.address, o.addressDetail].filter(Boolean).join(' ')}
                      </td>
                      <td>
                        <DeadlineBadge item={o} now={now} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {list.rows.length > PREVIEW_ROWS && (
                <p class="muted">
                  {t(
                    `미리 보기는 ${PREVIEW_ROWS}건까지입니다. 파일에는 ${formatNumber(list.rows.length)}건이 모두 들어갑니다.`,
                    `The preview shows up to ${PREVIEW_ROWS} orders. The file holds all ${formatNumber(list.rows.length)}.`,
                  )}
                </p>
              )}
            </div>
          )}
        </section>
      )}
    </div>
  );
}
