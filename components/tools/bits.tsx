import { kstDateTime } from '../../lib/export/format';
import { t } from '../../lib/i18n';
import { statusLabel } from '../../lib/orders/status';
import type { MarketOrderStatus } from '../../lib/sixshop/schemas/market-order';
import { deadlineOf } from '../../lib/tools/deadline';
import { formatNumber } from '../ui/count';

/** Small pieces shared by the tabs of the 주문 도구 page. Text only, never HTML. */

const TONES: Record<MarketOrderStatus, string> = {
  PAYMENT_CONFIRMING: 'new',
  PREPARING: 'prep',
  SHIPPING: 'ship',
  DELIVERED: 'done',
  PURCHASE_DECIDED: 'done',
  CANCEL_REQUESTED: 'claim',
  RETURN_REQUESTED: 'claim',
  EXCHANGE_REQUESTED: 'claim',
  CANCELED: 'closed',
  RETURNED: 'closed',
  EXCHANGED: 'closed',
};

export function StatusBadge({ status }: { status: MarketOrderStatus }) {
  return <span class={`badge badge--${TONES[status] ?? 'done'}`}>{statusLabel(status)}</span>;
}

/** The deadline of an item still to ship, in words; nothing when it is far. */
export function DeadlineBadge({
  item,
  now,
}: {
  item: { status: MarketOrderStatus; shippingDueAt?: number | undefined };
  now: number;
}) {
  const d = deadlineOf(item, now);
  if (!d) return null;
  return (
    <span
      class={`badge badge--${d.tone}`}
      data-deadline={d.tone}
      title={t(
        `발송 기한 ${kstDateTime(item.shippingDueAt)}`,
        `Dispatch deadline ${kstDateTime(item.shippingDueAt)}`,
      )}
    >
      {d.label} · {d.detail}
    </span>
  );
}

/** "린넨 쿠션 커버 (그레이) × 2" */
export function ItemText({
  productName,
  optionText,
  quantity,
}: {
  productName: string;
  optionText?: string | undefined;
  quantity?: number | undefined;
}) {
  return (
    <span class="item-text">
      <span class="item-text__name">{productName}</span>
      {optionText && <span class="item-text__option"> ({optionText})</span>}
      {quantity !== undefined && <span class="item-text__qty"> × {formatNumber(quantity)}</span>}
    </span>
  );
}

export function When({ at }: { at: number | undefined }) {
  if (!at) return <span class="muted">—</span>;
  return <time dateTime={new Date(at).toISOString()}>{kstDateTime(at)}</time>;
}

export function rowTone(
  item: { status: MarketOrderStatus; shippingDueAt?: number | undefined },
  now: number,
) {
  const d = deadlineOf(item, now);
  return d ? ` row--${d.tone}` : '';
}
