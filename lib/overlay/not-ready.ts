import { t } from '../i18n';
import type { DispatchProblems } from './validation';

/**
 * An action asked for before the script that checks it arrived (cannot happen from the form or dialog that brings
 * it): said, not dropped.
 */
export function notReady(): DispatchProblems {
  return { courier: t('잠시 후 다시 시도해 주세요.', 'Try again in a moment.') };
}
