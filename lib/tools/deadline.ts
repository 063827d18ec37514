import type { MarketOrderStatus } from '../sixshop/schemas/market-order';

export const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** Items that still have to leave: the dispatch deadline (발송 기한) runs for them. */
export const TO_SHIP: ReadonlySet<MarketOrderStatus> = new Set(['PAYMENT_CONFIRMING', 'PREPARING']);

export type DeadlineTone = 'overdue' | 'soon';

export interface DeadlineInfo {
  tone: DeadlineTone;
  /** "발송 기한 지남" / "발송 기한 임박" */
  label: string;
  /** "3시간 지남" / "5시간 남음" */
  detail: string;
}

/** Past the deadline (red) or within 24 hours of it (amber); nothing for items not to ship or far from it. */
export function deadlineOf(
  item: { status: MarketOrderStatus; shippingDueAt?: number | undefined },
  now: number,
): DeadlineInfo | undefined {
  if (!TO_SHIP.has(item.status) || item.shippingDueAt === undefined) return undefined;
  const left = item.shippingDueAt - now;
  if (left < 0) return { tone: 'overdue', label: '발송 기한 지남', detail: `${span(-left)} 지남` };
  if (left < DAY_MS) return { tone: 'soon', label: '발송 기한 임박', detail: `${span(left)} 남음` };
  return undefined;
}

function span(ms: number): string {
  if (ms < HOUR_MS) return `${Math.max(1, Math.floor(ms / 60_000))}분`;
  if (ms < 2 * DAY_MS) return `${Math.floor(ms / HOUR_MS)}시간`;
  return `${Math.floor(ms / DAY_MS)}일`;
}
