import { type CsvColumn, toCsv } from '../export/csv';
import type { ActionItem, ActionRecord } from '../orders/outbox-types';
import type { BulkPreview, BulkRowVerdict } from './types';

/** What happened to one row after 배송 처리. */
export type BulkOutcome = 'done' | 'failed' | 'sending' | 'skipped' | 'not-sent';

export const OUTCOME_LABELS: Record<BulkOutcome, string> = {
  done: '완료',
  failed: '실패',
  sending: '보내는 중',
  skipped: '건너뜀',
  'not-sent': '보내지 않음',
};

export interface BulkRowResult extends BulkRowVerdict {
  outcome: BulkOutcome;
  /** Korean: Naver's reason of a failure, or why the row was not sent */
  outcomeMessage?: string | undefined;
  /** Naver's error code of a failure */
  code?: string | undefined;
  actionId?: string | undefined;
}

function outcomeOf(item: ActionItem): BulkOutcome {
  switch (item.state) {
    case 'done':
      return 'done';
    case 'failed':
      return 'failed';
    case 'skipped':
      return 'skipped';
    default:
      return 'sending';
  }
}

/**
 * Each row of the preview with the result of its item in the 배송 처리 actions: done, failed with Naver's
 * reason, still being sent, skipped (another request already covers it), or not sent (and why).
 */
export function bulkResults(preview: BulkPreview, records: readonly ActionRecord[]): BulkRowResult[] {
  const items = new Map<string, { item: ActionItem; record: ActionRecord }>();
  for (const record of records)
    for (const item of record.items) items.set(item.productOrderId, { item, record });
  const claimed = new Set<string>();
  return preview.rows.map((row) => {
    const hit = items.get(row.productOrderId);
    const repeat = row.problems.some((p) => p.code === 'duplicate-row' || p.code === 'conflicting-rows');
    if (
      hit &&
      !repeat &&
      !claimed.has(row.productOrderId) &&
      hit.item.trackingNumber === row.trackingNumber &&
      hit.item.courierCode === row.courierCode
    ) {
      claimed.add(row.productOrderId);
      const outcome = outcomeOf(hit.item);
      return {
        ...row,
        outcome,
        outcomeMessage:
          outcome === 'done'
            ? undefined
            : (hit.item.message ??
              (outcome === 'sending'
                ? '스마트스토어로 보내는 중입니다.'
                : '스마트스토어에서 처리하지 못했습니다.')),
        code: hit.item.code,
        actionId: hit.record.id,
      };
    }
    return {
      ...row,
      outcome: 'not-sent',
      outcomeMessage: row.problems.map((p) => p.message).join(' ') || '보내지 않았습니다.',
    };
  });
}

export function resultCounts(results: readonly BulkRowResult[]): Record<BulkOutcome, number> {
  const counts: Record<BulkOutcome, number> = { done: 0, failed: 0, sending: 0, skipped: 0, 'not-sent': 0 };
  for (const r of results) counts[r.outcome]++;
  return counts;
}

const RESULT_COLUMNS: readonly CsvColumn<BulkRowResult>[] = [
  { header: '행', kind: 'number', value: (r) => r.line },
  { header: '상품주문번호', kind: 'id', value: (r) => r.productOrderId || r.input.productOrderId },
  { header: '주문번호', kind: 'id', value: (r) => r.order?.orderId },
  { header: '택배사', kind: 'text', value: (r) => r.courierName ?? r.input.carrier },
  { header: '송장번호', kind: 'id', value: (r) => r.trackingNumber || r.input.trackingNumber },
  { header: '상품명', kind: 'text', value: (r) => r.order?.productName },
  { header: '수취인', kind: 'text', value: (r) => r.order?.receiverName },
  { header: '계정', kind: 'text', value: (r) => r.order?.accountAlias },
  { header: '결과', kind: 'text', value: (r) => OUTCOME_LABELS[r.outcome] },
  { header: '사유', kind: 'text', value: (r) => r.outcomeMessage },
  { header: '오류코드', kind: 'id', value: (r) => r.code },
];

/** The result file: every row of the upload with its result, to keep or to fix and upload again. */
export function resultsToCsv(results: readonly BulkRowResult[]): string {
  return toCsv(RESULT_COLUMNS, results);
}

/** An empty sheet with the three headers, for sellers who start from nothing. */
export function bulkTemplateCsv(): string {
  return toCsv<{ a: string; b: string; c: string }>(
    [
      { header: '상품주문번호', kind: 'id', value: (r) => r.a },
      { header: '택배사', kind: 'text', value: (r) => r.b },
      { header: '송장번호', kind: 'id', value: (r) => r.c },
    ],
    [],
  );
}

/** Records still being sent (the page asks again until they settle). */
export function unsettled(records: readonly ActionRecord[]): ActionRecord[] {
  return records.filter((r) => r.status === 'queued');
}
