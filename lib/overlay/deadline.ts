import type { OrderBrief } from '../orders/queries';

export const DAY_MS = 24 * 60 * 60 * 1000;

export type Deadline = { tone: 'overdue'; label: '발송 기한 지남' } | { tone: 'today'; label: '오늘 발송' };

/** Items still to ship: past their dispatch deadline (red) or within a day of it (amber). */
export function shippingDeadline(brief: OrderBrief, now: number): Deadline | undefined {
  if (brief.status !== 'PAYMENT_CONFIRMING' && brief.status !== 'PREPARING') return undefined;
  const due = brief.shippingDueAt;
  if (due === undefined) return undefined;
  if (due < now) return { tone: 'overdue', label: '발송 기한 지남' };
  if (due - now < DAY_MS) return { tone: 'today', label: '오늘 발송' };
  return undefined;
}
