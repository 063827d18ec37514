import { intlLocale, perLocale, t } from '../../../lib/i18n';
import type { FieldProblem, ItemStatus, JobStatus } from '../../../lib/products/types';

export const won = (n: number | undefined) =>
  n === undefined ? '-' : t(`${n.toLocaleString('ko-KR')}원`, `₩${n.toLocaleString('en-US')}`);
export const count = (n: number | undefined) => (n === undefined ? '-' : n.toLocaleString(intlLocale()));

export function dateTime(value: string | number | undefined): string {
  if (value === undefined) return '-';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return '-';
  return d.toLocaleString(intlLocale(), { dateStyle: 'short', timeStyle: 'short' });
}

export const jobStatusLabels = perLocale(
  (): Record<JobStatus, string> => ({
    queued: t('대기 중', 'Queued'),
    running: t('진행 중', 'Running'),
    done: t('완료', 'Done'),
    cancelled: t('취소됨', 'Cancelled'),
  }),
);

export const itemStatusLabels = perLocale(
  (): Record<ItemStatus, string> => ({
    pending: t('대기', 'Pending'),
    'in-flight': t('처리 중', 'In progress'),
    done: t('완료', 'Done'),
    failed: t('실패', 'Failed'),
    conflict: t('확인 필요', 'Needs review'),
    skipped: t('건너뜀', 'Skipped'),
    cancelled: t('취소됨', 'Cancelled'),
  }),
);

export const fixInLabels = perLocale(
  (): Record<FieldProblem['fixIn'], string> => ({
    shop: t('식스샵 상품에서 고치기', 'Fix in the Sixshop product'),
    preset: t('판매 설정 프리셋에서 고치기', 'Fix in the sales settings preset'),
    smartstore: t('스마트스토어에서 고치기', 'Fix on SmartStore'),
  }),
);
