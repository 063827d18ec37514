import type { OrderBrief } from '../../lib/orders/queries';
import { shippingDeadline } from '../../lib/overlay/deadline';
import { statusDisplay } from '../../lib/overlay/labels';

export function StatusBadge({ brief, now }: { brief: OrderBrief; now: number }) {
  const s = statusDisplay(brief);
  const deadline = shippingDeadline(brief, now);
  return (
    <>
      <span class={`badge badge--${s.tone}`} data-role="status">
        {s.label}
      </span>
      {s.claim && (
        <span class="claim" data-role="claim">
          {s.claim}
        </span>
      )}
      {deadline && (
        <span class={`badge badge--${deadline.tone}`} data-role="deadline">
          {deadline.label}
        </span>
      )}
    </>
  );
}
