import { t } from '../../lib/i18n';
import { actionLabel } from '../../lib/overlay/labels';
import type { ItemProgress as Progress } from '../../lib/overlay/model';

/** Where the item's latest action stands: waiting, being checked, done, or what went wrong. */
export function ItemProgress({ progress }: { progress: Progress }) {
  const what = actionLabel(progress.kind);
  switch (progress.state) {
    case 'pending':
    case 'sending':
      return (
        <span class="progress progress--pending" data-role="progress" data-state="pending" role="status">
          {t(`${what} 대기 중`, `${what}: waiting`)}
        </span>
      );
    case 'unknown':
      return (
        <span class="progress progress--pending" data-role="progress" data-state="unknown" role="status">
          {t(`${what} 확인 중`, `${what}: checking`)}
        </span>
      );
    case 'done':
      return (
        <span class="progress progress--done" data-role="progress" data-state="done" role="status">
          ✓{' '}
          {progress.kind === 'confirm'
            ? t('발주 확인 완료', 'Order confirmed')
            : t(`${what} 완료`, `${what}: done`)}
        </span>
      );
    case 'skipped':
      return (
        <span class="progress progress--pending" data-role="progress" data-state="skipped" role="status">
          {progress.message ??
            t('이미 처리 중인 요청이 있습니다.', 'A request for this is already in progress.')}
        </span>
      );
    case 'failed':
      return (
        <span class="progress progress--failed" data-role="progress" data-state="failed" role="alert">
          {t(`${what} 실패`, `${what} failed`)}:{' '}
          {progress.message ?? t('처리하지 못했습니다.', 'Could not be processed.')}
        </span>
      );
  }
}
