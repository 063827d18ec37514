import type { ActionKind } from '../../lib/orders/outbox-types';
import type { AccountSummary } from '../../lib/orders/queries';
import type { MarketOrderStatus } from '../../lib/sixshop/schemas/market-order';

/** Pure formatting for the popup: Korean words, times in Korea's time zone whatever the machine's. */

const KST = 9 * 60 * 60 * 1000;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const ACTION_KIND_LABELS: Record<ActionKind, string> = {
  confirm: '발주 확인',
  dispatch: '배송 처리',
  cancel: '취소 처리',
};

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
  return n.toLocaleString('ko-KR');
}

/** "방금", "3분 전", "2시간 전", "4일 전" */
export function timeAgo(at: number, now: number): string {
  const d = Math.max(0, now - at);
  if (d < MINUTE) return '방금';
  if (d < HOUR) return `${Math.floor(d / MINUTE)}분 전`;
  if (d < DAY) return `${Math.floor(d / HOUR)}시간 전`;
  return `${Math.floor(d / DAY)}일 전`;
}

/** "잠시 후", "3분 후", "2시간 후" */
export function timeUntil(at: number, now: number): string {
  const d = at - now;
  if (d < MINUTE) return '잠시 후';
  if (d < HOUR) return `${Math.ceil(d / MINUTE)}분 후`;
  return `${Math.round(d / HOUR)}시간 후`;
}

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

/** Short time of an order: "14:03" today, "3월 2일 14:03" this year, "2024. 3. 2." before. */
export function shortTime(ms: number, now: number): string {
  const a = kst(ms);
  const b = kst(now);
  if (a.y === b.y && a.m === b.m && a.d === b.d) return `${a.hh}:${a.mm}`;
  if (a.y === b.y) return `${a.m}월 ${a.d}일 ${a.hh}:${a.mm}`;
  return `${a.y}. ${a.m}. ${a.d}.`;
}

/** "2025년 3월 2일 14:03" (tooltips, screen readers) */
export function fullTime(ms: number): string {
  const a = kst(ms);
  return `${a.y}년 ${a.m}월 ${a.d}일 ${a.hh}:${a.mm}`;
}
