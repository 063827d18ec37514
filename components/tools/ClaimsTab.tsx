import { useEffect, useState } from 'preact/hooks';
import { perLocale, t } from '../../lib/i18n';
import { statusLabel } from '../../lib/orders/status';
import { smartStoreOrderUrl } from '../../lib/overlay/labels';
import { CLAIM_STATUS_LABELS, type ClaimStatus, claimReasonLabel } from '../../lib/smartstore/enums';
import type { ClaimList, ToolOrder } from '../../lib/tools/requests';
import { Notice } from '../ui/Notice';
import { DeadlineBadge, ItemText, rowTone, StatusBadge, When } from './bits';
import { errorText, useToolsEnv } from './env';

const kindLabels = perLocale(
  (): Record<string, string> => ({
    CANCEL: t('취소', 'Cancel'),
    ADMIN_CANCEL: t('직권 취소', 'Cancelled by seller'),
    RETURN: t('반품', 'Return'),
    EXCHANGE: t('교환', 'Exchange'),
    PURCHASE_DECISION_HOLDBACK: t('구매 확정 보류', 'Purchase confirmation on hold'),
  }),
);

function kindOf(o: ToolOrder): string {
  const labels = kindLabels();
  if (o.claimType) return labels[o.claimType] ?? o.claimType;
  if (o.status.startsWith('CANCEL')) return labels.CANCEL!;
  if (o.status.startsWith('RETURN')) return labels.RETURN!;
  return labels.EXCHANGE!;
}

/**
 * 클레임: the buyers' cancel requests, returns and exchanges, open and recent, each with a link that opens the
 * very product order in the SmartStore seller center, where they are handled (the guide: view-only here).
 */
export function ClaimsTab({ accountId }: { accountId: string }) {
  const env = useToolsEnv();
  const [days, setDays] = useState(30);
  const [openOnly, setOpenOnly] = useState(false);
  const [list, setList] = useState<ClaimList>();
  const [error, setError] = useState<string>();
  const [now, setNow] = useState(env.now());

  useEffect(() => {
    let live = true;
    env
      .tools('tools.claims', { ...(accountId ? { accountId } : {}), days })
      .then((l) => {
        if (!live) return;
        setList(l);
        setNow(env.now());
        setError(undefined);
      })
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [env, accountId, days]);

  const rows = (list?.rows ?? []).filter((o) => !openOnly || o.status.endsWith('_REQUESTED'));

  return (
    <section class="card" aria-labelledby="claims-title">
      <div class="section-head">
        <h2 id="claims-title">
          {t('클레임', 'Claims')}{' '}
          <span class="muted">{t(`진행 중 ${list?.open ?? 0}건`, `${list?.open ?? 0} open`)}</span>
        </h2>
        <div class="inline-controls">
          <label class="check">
            <input
              type="checkbox"
              checked={openOnly}
              onChange={(e) => setOpenOnly((e.target as HTMLInputElement).checked)}
            />{' '}
            {t('진행 중만', 'Open only')}
          </label>
          <label for="claims-days">{t('완료된 클레임', 'Closed claims')}</label>
          <select
            id="claims-days"
            value={days}
            onChange={(e) => setDays(Number((e.target as HTMLSelectElement).value))}
          >
            <option value={7}>{t('최근 7일', 'Last 7 days')}</option>
            <option value={30}>{t('최근 30일', 'Last 30 days')}</option>
            <option value={90}>{t('최근 90일', 'Last 90 days')}</option>
          </select>
        </div>
      </div>
      <p class="muted">
        {t(
          '반품·교환과 구매자의 취소 요청은 스마트스토어 판매자센터에서 처리합니다. 각 줄의 링크로 그 주문을 바로 엽니다.',
          "Returns/Exchanges and buyers' cancel requests are handled in the SmartStore Seller Center. The link on each row opens that order there.",
        )}
      </p>
      {error && <Notice tone="error">{error}</Notice>}
      {list && rows.length === 0 && (
        <p class="empty">{t('표시할 클레임이 없습니다.', 'No claims to show.')}</p>
      )}
      {rows.length > 0 && (
        <div class="table-wrap">
          <table class="grid" data-testid="claims-table">
            <thead>
              <tr>
                <th scope="col">{t('구분', 'Type')}</th>
                <th scope="col">{t('상태', 'Status')}</th>
                <th scope="col">{t('사유', 'Reason')}</th>
                <th scope="col">{t('요청일', 'Requested')}</th>
                <th scope="col">{t('완료일', 'Completed')}</th>
                <th scope="col">{t('상품', 'Product')}</th>
                <th scope="col">{t('주문번호', 'Order number')}</th>
                <th scope="col">{t('판매자센터', 'Seller Center')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((o) => {
                // SmartStore's own claim state, when it says more than the status (수거 중, 교환 재배송 중 …)
                const claimState = o.claimStatus
                  ? (CLAIM_STATUS_LABELS[o.claimStatus as ClaimStatus] ?? o.claimStatus)
                  : '';
                const extra = claimState && !statusLabel(o.status).startsWith(claimState) ? claimState : '';
                return (
                  <tr
                    key={`${o.accountId}:${o.productOrderId}`}
                    class={`claim-row${o.status.endsWith('_REQUESTED') ? ' claim-row--open' : ''}${rowTone(o, now)}`}
                    data-product-order-id={o.productOrderId}
                  >
                    <td>
                      <strong>{kindOf(o)}</strong>
                    </td>
                    <td>
                      <StatusBadge status={o.status} />
                      {extra && <span class="muted small"> {extra}</span>}
                      <DeadlineBadge item={o} now={now} />
                    </td>
                    <td>
                      {o.claimReason ? claimReasonLabel(o.claimReason) : <span class="muted">—</span>}
                      {o.claimDetail && <p class="reason">{o.claimDetail}</p>}
                    </td>
                    <td>
                      <When at={o.claimRequestedAt} />
                    </td>
                    <td>
                      <When at={o.claimCompletedAt} />
                    </td>
                    <td>
                      <ItemText productName={o.productName} optionText={o.optionText} quantity={o.quantity} />
                      <span class="muted small"> · {o.buyerName || o.receiverName}</span>
                    </td>
                    <td class="mono small">
                      {o.orderId}
                      <br />
                      <span class="muted">{o.productOrderId}</span>
                    </td>
                    <td>
                      <a
                        href={smartStoreOrderUrl(o.productOrderId)}
                        target="_blank"
                        rel="noopener noreferrer"
                        data-role="seller-center"
                      >
                        {t('스마트스토어에서 열기', 'Open in SmartStore')}
                      </a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
