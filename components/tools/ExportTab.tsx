import { useEffect, useState } from 'preact/hooks';
import { kstDate, kstDayRange } from '../../lib/export/format';
import { exportFileName, ordersToCsv } from '../../lib/export/orders-csv';
import {
  MARKET_ORDER_STATUS_LABELS,
  MARKET_ORDER_STATUSES,
  type MarketOrderStatus,
} from '../../lib/sixshop/schemas/market-order';
import type { ToolOrderList } from '../../lib/tools/requests';
import { Notice } from '../ui/Notice';
import { DeadlineBadge, ItemText, rowTone, StatusBadge, When } from './bits';
import { errorText, useToolsEnv } from './env';

const PREVIEW_ROWS = 100;
const DAY = 24 * 60 * 60 * 1000;

const PRESETS: Array<{ label: string; statuses: MarketOrderStatus[] }> = [
  { label: '배송할 주문', statuses: ['PAYMENT_CONFIRMING', 'PREPARING'] },
  { label: '배송 준비 중', statuses: ['PREPARING'] },
  { label: '전체', statuses: [] },
];

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
      ? '전체'
      : statuses.map((s) => MARKET_ORDER_STATUS_LABELS[s]).join('·');

  return (
    <div class="export">
      <section class="card" aria-labelledby="export-title">
        <h2 id="export-title">주문 내보내기</h2>
        <p class="muted">
          고른 주문을 엑셀에서 바로 열리는 CSV로 받습니다. 주문번호·송장번호·우편번호는 엑셀에서도 숫자가
          바뀌지 않고, 택배 예약에 필요한 수취인·연락처·주소·상품·배송메모가 들어 있습니다. 택배사와
          송장번호를 채워 대량 배송 처리에 그대로 올릴 수도 있습니다.
        </p>
        <form
          class="filters"
          onSubmit={(e) => {
            e.preventDefault();
            void load();
          }}
        >
          <fieldset class="filters__statuses">
            <legend>상태</legend>
            <div class="chips">
              {PRESETS.map((p) => (
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
            <label for="export-from">결제일</label>
            <input
              id="export-from"
              type="date"
              value={from}
              onInput={(e) => setFrom((e.target as HTMLInputElement).value)}
            />
            <span aria-hidden="true">~</span>
            <label class="sr-only" for="export-to">
              결제일 끝
            </label>
            <input
              id="export-to"
              type="date"
              value={to}
              onInput={(e) => setTo((e.target as HTMLInputElement).value)}
            />
            <button type="submit" disabled={loading}>
              조회
            </button>
          </div>
        </form>
      </section>
      {error && <Notice tone="error">{error}</Notice>}
      {list && (
        <section class="card" aria-labelledby="export-list-title" data-testid="export-list">
          <div class="section-head">
            <h2 id="export-list-title">
              {label} <span data-testid="export-count">{list.total.toLocaleString('ko-KR')}</span>건
            </h2>
            <button
              type="button"
              class="primary"
              data-testid="export-download"
              disabled={list.rows.length === 0}
              onClick={() => env.download(exportFileName('주문', env.now()), ordersToCsv(list.rows))}
            >
              CSV 다운로드 ({list.rows.length.toLocaleString('ko-KR')}건)
            </button>
          </div>
          {list.truncated && (
            <Notice tone="warning">
              한 번에 {list.rows.length.toLocaleString('ko-KR')}건까지 내보냅니다. 기간을 나눠 받아 주세요.
            </Notice>
          )}
          {list.rows.length === 0 ? (
            <p class="empty">조건에 맞는 주문이 없습니다. 상태나 결제일을 바꿔 보세요.</p>
          ) : (
            <div class="table-wrap">
              <table class="grid">
                <thead>
                  <tr>
                    <th scope="col">상태</th>
                    <th scope="col">결제일</th>
                    <th scope="col">상품주문번호</th>
                    <th scope="col">상품</th>
                    <th scope="col">수취인</th>
                    <th scope="col">주소</th>
                    <th scope="col">발송 기한</th>
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
                  미리 보기는 {PREVIEW_ROWS}건까지입니다. 파일에는 {list.rows.length.toLocaleString('ko-KR')}
                  건이 모두 들어갑니다.
                </p>
              )}
            </div>
          )}
        </section>
      )}
    </div>
  );
}
