import type { OrderBrief } from '../../../lib/orders/queries';
import { shippingDeadline } from '../../../lib/overlay/deadline';
import { statusDisplay } from '../../../lib/overlay/labels';
import { h } from './dom';

/** The item's status in the guide's words, a claim's state and reason, and how near its dispatch deadline is. */
export function statusBadge(brief: OrderBrief, now: number): HTMLElement[] {
  const s = statusDisplay(brief);
  const deadline = shippingDeadline(brief, now);
  const out = [h('span', { class: `badge badge--${s.tone}`, 'data-role': 'status' }, s.label)];
  if (s.claim) out.push(h('span', { class: 'claim', 'data-role': 'claim' }, s.claim));
  if (deadline) {
    out.push(h('span', { class: `badge badge--${deadline.tone}`, 'data-role': 'deadline' }, deadline.label));
  }
  return out;
}
