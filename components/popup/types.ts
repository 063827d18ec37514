import type { OrderBrief } from '../../lib/orders/queries';

/**
 * An order row as the popup shows it. `buyerName` and `paidAt` are not (yet) part of `OrderBrief`; the popup
 * shows them when the background sends them and leaves them out otherwise.
 */
export type PopupOrder = OrderBrief & {
  buyerName?: string | undefined;
  receiverName?: string | undefined;
  paidAt?: number | undefined;
};

export function errorMessage(
  e: unknown,
  fallback = '불러오지 못했습니다. 잠시 후 다시 시도해 주세요.',
): string {
  return e instanceof Error && e.message ? e.message : fallback;
}
