import { ACTION_LABELS } from '../../lib/overlay/labels';
import type { ItemProgress as Progress } from '../../lib/overlay/model';

/** Where the item's latest action stands: 대기 중, 확인 중, 완료, or what went wrong. */
export function ItemProgress({ progress }: { progress: Progress }) {
  const what = ACTION_LABELS[progress.kind];
  switch (progress.state) {
    case 'pending':
    case 'sending':
      return (
        <span class="progress progress--pending" data-role="progress" data-state="pending" role="status">
          {what} 대기 중
        </span>
      );
    case 'unknown':
      return (
        <span class="progress progress--pending" data-role="progress" data-state="unknown" role="status">
          {what} 확인 중
        </span>
      );
    case 'done':
      return (
        <span class="progress progress--done" data-role="progress" data-state="done" role="status">
          ✓ {what} 완료
        </span>
      );
    case 'skipped':
      return (
        <span class="progress progress--pending" data-role="progress" data-state="skipped" role="status">
          {progress.message ?? '이미 처리 중인 요청이 있습니다.'}
        </span>
      );
    case 'failed':
      return (
        <span class="progress progress--failed" data-role="progress" data-state="failed" role="alert">
          {what} 실패: {progress.message ?? '처리하지 못했습니다.'}
        </span>
      );
  }
}
