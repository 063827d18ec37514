import { t } from '../../lib/i18n';
import { MARKET_ORDER_STATUS_LABELS } from '../../lib/sixshop/schemas/market-order';
import { claimReasonLabel, courierName } from '../../lib/smartstore/enums';
import { actionKindLabel, formatCount, fullTime, STATUS_TONES, shortTime } from './format';
import type { PopupOrder } from './types';

/** One product order: status, what was bought, by whom, in which account, when. Text only, never HTML. */
export function OrderRow({ order: o, now }: { order: PopupOrder; now: number }) {
  const failed = o.action?.state === 'failed';
  const inFlight = o.action && ['pending', 'sending', 'unknown'].includes(o.action.state);
  return (
    <li
      class={`order${failed ? ' order--failed' : ''}`}
      data-product-order-id={o.productOrderId}
      data-order-id={o.orderId}
    >
      <div class="order__line">
        <span class={`badge badge--${STATUS_TONES[o.status] ?? 'done'}`}>
          {MARKET_ORDER_STATUS_LABELS[o.status] ?? o.status}
        </span>
        <span class="order__product" title={o.productName}>
          {o.productName}
        </span>
        {o.paidAt !== undefined && o.paidAt > 0 && (
          <time
            class="order__time"
            dateTime={new Date(o.paidAt).toISOString()}
            title={t(`결제 ${fullTime(o.paidAt)}`, `Paid ${fullTime(o.paidAt)}`)}
          >
            {shortTime(o.paidAt, now)}
          </time>
        )}
      </div>
      <p class="order__detail">
        {o.optionText && (
          <span class="order__option" title={o.optionText}>
            {o.optionText}
          </span>
        )}
        <span class="order__qty">{t(`${formatCount(o.quantity)}개`, `Qty ${formatCount(o.quantity)}`)}</span>
      </p>
      <p class="order__meta">
        {o.buyerName && <span class="order__buyer">{o.buyerName}</span>}
        <span
          class="order__no"
          title={t(`상품주문번호 ${o.productOrderId}`, `Product order number ${o.productOrderId}`)}
        >
          {t(`주문번호 ${o.orderId}`, `Order number ${o.orderId}`)}
        </span>
        <span class="order__account">{o.accountAlias}</span>
      </p>
      {o.status === 'SHIPPING' && o.courierCode && (
        <p class="order__note">
          {courierName(o.courierCode)} {o.trackingNumber}
        </p>
      )}
      {o.claimReason && /_REQUESTED$/.test(o.status) && (
        <p class="order__note order__note--claim">
          {t('사유', 'Reason')}: {claimReasonLabel(o.claimReason)}
        </p>
      )}
      {failed && o.action && (
        <p class="order__note order__note--error" role="note">
          {t(`${actionKindLabel(o.action.kind)} 실패`, `${actionKindLabel(o.action.kind)} failed`)}:{' '}
          {o.action.message ?? t('스마트스토어에서 처리하지 못했습니다.', 'SmartStore could not process it.')}
        </p>
      )}
      {inFlight && o.action && (
        <p class="order__note">
          {t(`${actionKindLabel(o.action.kind)} 보내는 중`, `Sending ${actionKindLabel(o.action.kind)}`)}
        </p>
      )}
    </li>
  );
}
