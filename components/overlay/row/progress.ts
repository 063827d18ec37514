import { t } from '../../../lib/i18n';
import { actionLabel } from '../../../lib/overlay/labels';
import type { ItemProgress } from '../../../lib/overlay/model';
import { h } from './dom';

/** How an item's latest action reads: written once for the row controls and the 선택 배송 처리 dialog. */
export interface ProgressLine {
  tone: 'pending' | 'done' | 'failed';
  /** `data-state`: sending counts as pending */
  state: 'pending' | 'unknown' | 'done' | 'skipped' | 'failed';
  role: 'status' | 'alert';
  text: string;
}

/** Where the item's latest action stands: waiting, being checked, done, or what went wrong. */
export function progressLine(progress: ItemProgress): ProgressLine {
  const what = actionLabel(progress.kind);
  switch (progress.state) {
    case 'pending':
    case 'sending':
      return {
        tone: 'pending',
        state: 'pending',
        role: 'status',
        text: t(`${what} 대기 중`, `${what}: waiting`),
      };
    case 'unknown':
      return {
        tone: 'pending',
        state: 'unknown',
        role: 'status',
        text: t(`${what} 확인 중`, `${what}: checking`),
      };
    case 'done': {
      const done =
        progress.kind === 'confirm'
          ? t('발주 확인 완료', 'Order confirmed')
          : t(`${what} 완료`, `${what}: done`);
      return { tone: 'done', state: 'done', role: 'status', text: `✓ ${done}` };
    }
    case 'skipped':
      return {
        tone: 'pending',
        state: 'skipped',
        role: 'status',
        text:
          progress.message ??
          t('이미 처리 중인 요청이 있습니다.', 'A request for this is already in progress.'),
      };
    case 'failed': {
      const failed = t(`${what} 실패`, `${what} failed`);
      const why = progress.message ?? t('처리하지 못했습니다.', 'Could not be processed.');
      return { tone: 'failed', state: 'failed', role: 'alert', text: `${failed}: ${why}` };
    }
  }
}

/** The progress line as an element (`[data-role="progress"]`). */
export function progressElement(progress: ItemProgress): HTMLElement {
  const p = progressLine(progress);
  return h(
    'span',
    { class: `progress progress--${p.tone}`, 'data-role': 'progress', 'data-state': p.state, role: p.role },
    p.text,
  );
}
