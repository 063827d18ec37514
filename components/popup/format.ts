import { plural, t } from '../../lib/i18n';
import type { AccountSummary } from '../../lib/orders/queries';
import type { MarketOrderStatus } from '../../lib/sixshop/schemas/market-order';
import { formatNumber } from '../ui/count';

/** Pure formatting for the popup: the seller's language, times in Korea's time zone whatever the machine's. */

const KST = 9 * 60 * 60 * 1000;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** 발주 확인 / 배송 처리 / 취소 처리, in the words the overlay's buttons use. */
export { actionLabel as actionKindLabel } from '../../lib/overlay/labels';

/** Visual family of a status badge (the label is always written out; colour only repeats it). */
export type StatusTone = 'new' | 'prep' | 'ship' | 'done' | 'claim' | 'closed';

export const STATUS_TONES: Record<MarketOrderStatus, StatusTone> = {
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

/** Open claims: what the seller still has to look at (취소·반품·교환 요청 중). */
export function openClaims(counts: AccountSummary['counts']): number {
  return (counts.CANCEL_REQUESTED ?? 0) + (counts.RETURN_REQUESTED ?? 0) + (counts.EXCHANGE_REQUESTED ?? 0);
}

export function formatCount(n: number): string {
  return formatNumber(n);
}

/** "방금", "3분 전", "2시간 전", "4일 전" (just now, 3 min ago, 2 hours ago, 4 days ago) */
export function timeAgo(at: number, now: number): string {
  const d = Math.max(0, now - at);
  if (d < MINUTE) return t('방금', 'just now');
  if (d < HOUR) {
    const n = Math.floor(d / MINUTE);
    return t(`${n}분 전`, `${n} min ago`);
  }
  if (d < DAY) {
    const n = Math.floor(d / HOUR);
    return t(`${n}시간 전`, `${n} ${plural(n, 'hour', 'hours')} ago`);
  }
  const n = Math.floor(d / DAY);
  return t(`${n}일 전`, `${n} ${plural(n, 'day', 'days')} ago`);
}

/** "잠시 후", "3분 후", "2시간 후" (shortly, in 3 min, in 2 hours) */
export function timeUntil(at: number, now: number): string {
  const d = at - now;
  if (d < MINUTE) return t('잠시 후', 'shortly');
  if (d < HOUR) {
    const n = Math.ceil(d / MINUTE);
    return t(`${n}분 후`, `in ${n} min`);
  }
  const n = Math.round(d / HOUR);
  return t(`${n}시간 후`, `in ${n} ${plural(n, 'hour', 'hours')}`);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

interface KstParts {
  y: number;
  m: number;
  d: number;
  hh: string;
  mm: string;
}

function kst(ms: number): KstParts {
  const t = new Date(ms + KST);
  return {
    y: t.getUTCFullYear(),
    m: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    hh: String(t.getUTCHours()).padStart(2, '0'),
    mm: String(t.getUTCMinutes()).padStart(2, '0'),
  };
}

/**
 * Short time of an order: "14:03" today, "3월 2일 14:03" this year, "2024. 3. 2." before (in English
 * "14:03", "Mar 2 14:03", "Mar 2, 2024").
 */
export function shortTime(ms: number, now: number): string {
  const a = kst(ms);
  const b = kst(now);
  const month = MONTHS[a.m - 1]!;
  if (a.y === b.y && a.m === b.m && a.d === b.d) return `${a.hh}:${a.mm}`;
  if (a.y === b.y) return t(`${a.m}월 ${a.d}일 ${a.hh}:${a.mm}`, `${month} ${a.d} ${a.hh}:${a.mm}`);
  return t(`${a.y}. ${a.m}. ${a.d}.`, `${month} ${a.d}, ${a.y}`);
}

/** "2025년 3월 2일 14:03" / "Mar 2, 2025 14:03" (tooltips, screen readers) */
export function fullTime(ms: number): string {
  const a = kst(ms);
  return t(
    `${a.y}년 ${a.m}월 ${a.d}일 ${a.hh}:${a.mm}`,
    `${MONTHS[a.m - 1]!} ${a.d}, ${a.y} ${a.hh}:${a.mm}`,
  );
}
