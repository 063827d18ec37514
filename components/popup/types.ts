/** An order row as the popup shows it: the brief plus buyer and payment time (see lib/orders/queries.ts). */
export type { PopupOrder } from '../../lib/orders/queries';

import { t } from '../../lib/i18n';

export function errorMessage(e: unknown, fallback?: string): string {
  if (e instanceof Error && e.message) return e.message;
  return (
    fallback ??
    t('불러오지 못했습니다. 잠시 후 다시 시도해 주세요.', 'Could not load. Please try again shortly.')
  );
}
