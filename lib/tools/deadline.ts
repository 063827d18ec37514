import { plural, t } from '../i18n';
import type { MarketOrderStatus } from '../sixshop/schemas/market-order';

export const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** Items that still have to leave: the dispatch deadline (발송 기한) runs for them. */
export const TO_SHIP: ReadonlySet<MarketOrderStatus> = new Set(['PAYMENT_CONFIRMING', 'PREPARING']);

export type DeadlineTone = 'overdue' | 'soon';

export interface DeadlineInfo {
  tone: DeadlineTone;
  /** "발송 기한 지남" / "발송 기한 임박" (Past dispatch deadline / Dispatch deadline soon) */
  label: string;
  /** "3시간 지남" / "5시간 남음" (3 hours late / 5 hours left) */
  detail: string;
}

/** Past the deadline (red) or within 24 hours of it (amber); nothing for items not to ship or far from it. */
export function deadlineOf(
  item: { status: MarketOrderStatus; shippingDueAt?: number | undefined },
  now: number,
): DeadlineInfo | undefined {
  if (!TO_SHIP.has(item.status) || item.shippingDueAt === undefined) return undefined;
  const left = item.shippingDueAt - now;
  if (left < 0) {
    const s = span(-left);
    return {
      tone: 'overdue',
      label: t('발송 기한 지남', 'Past dispatch deadline'),
      detail: t(`${s} 지남`, `${s} late`),
    };
  }
  if (left < DAY_MS) {
    const s = span(left);
    return {
      tone: 'soon',
      label: t('발송 기한 임박', 'Dispatch deadline soon'),
      detail: t(`${s} 남음`, `${s} left`),
    };
  }
  return undefined;
}

function span(ms: number): string {
  if (ms < HOUR_MS) {
    const n = Math.max(1, Math.floor(ms / 60_000));
    return t(`${n}분`, `${n} min`);
  }
  if (ms < 2 * DAY_MS) {
    const n = Math.floor(ms / HOUR_MS);
    return t(`${n}시간`, `${n} ${plural(n, 'hour', 'hours')}`);
  }
  const n = Math.floor(ms / DAY_MS);
  return t(`${n}일`, `${n} days`);
}
