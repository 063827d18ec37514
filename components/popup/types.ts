/** An order row as the popup shows it: the brief plus buyer and payment time (see lib/orders/queries.ts). */
export type { PopupOrder } from '../../lib/orders/queries';

export function errorMessage(
  e: unknown,
  fallback = '불러오지 못했습니다. 잠시 후 다시 시도해 주세요.',
): string {
  return e instanceof Error && e.message ? e.message : fallback;
}
