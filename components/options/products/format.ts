import type { FieldProblem, ItemStatus, JobStatus } from '../../../lib/products/types';

export const won = (n: number | undefined) => (n === undefined ? '-' : `${n.toLocaleString('ko-KR')}원`);
export const count = (n: number | undefined) => (n === undefined ? '-' : n.toLocaleString('ko-KR'));

export function dateTime(value: string | number | undefined): string {
  if (value === undefined) return '-';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return '-';
  return d.toLocaleString('ko-KR', { dateStyle: 'short', timeStyle: 'short' });
}

export const JOB_STATUS_LABELS: Record<JobStatus, string> = {
  queued: '대기 중',
  running: '진행 중',
  done: '완료',
  cancelled: '취소됨',
};

export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  pending: '대기',
  'in-flight': '처리 중',
  done: '완료',
  failed: '실패',
  conflict: '확인 필요',
  skipped: '건너뜀',
  cancelled: '취소됨',
};

export const FIX_IN_LABELS: Record<FieldProblem['fixIn'], string> = {
  shop: '식스샵 상품에서 고치기',
  preset: '판매 설정 프리셋에서 고치기',
  smartstore: '스마트스토어에서 고치기',
};
