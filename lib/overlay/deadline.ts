import { t } from '../i18n';
import type { OrderBrief } from '../orders/queries';

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface Deadline {
  tone: 'overdue' | 'today';
  label: string;
}

/** Items still to ship: past their dispatch deadline (red) or within a day of it (amber). */
export function shippingDeadline(brief: OrderBrief, now: number): Deadline | undefined {
  if (brief.status !== 'PAYMENT_CONFIRMING' && brief.status !== 'PREPARING') return undefined;
  const due = brief.shippingDueAt;
  if (due === undefined) return undefined;
  if (due < now) return { tone: 'overdue', label: t('발송 기한 지남', 'Dispatch deadline passed') };
  if (due - now < DAY_MS) return { tone: 'today', label: t('오늘 발송', 'Ship today') };
  return undefined;
}
