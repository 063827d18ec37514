import { type CsvColumn, toCsv } from '../export/csv';
import { t } from '../i18n';
import type { ActionItem, ActionRecord } from '../orders/outbox-types';
import { fieldLabel } from './columns';
import type { BulkPreview, BulkRowVerdict } from './types';

/** What happened to one row after 배송 처리. */
export type BulkOutcome = 'done' | 'failed' | 'sending' | 'skipped' | 'not-sent';

/** The outcome in the seller's language (the page's badges and the result file). */
export function outcomeLabel(outcome: BulkOutcome): string {
  switch (outcome) {
    case 'done':
      return t('완료', 'Done');
    case 'failed':
      return t('실패', 'Failed');
    case 'sending':
      return t('보내는 중', 'Sending');
    case 'skipped':
      return t('건너뜀', 'Skipped');
    case 'not-sent':
      return t('보내지 않음', 'Not sent');
  }
}

export interface BulkRowResult extends BulkRowVerdict {
  outcome: BulkOutcome;
  /** Naver's reason of a failure, or why the row was not sent (in the seller's language) */
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
                ? t('스마트스토어로 보내는 중입니다.', 'Sending to SmartStore.')
                : t('스마트스토어에서 처리하지 못했습니다.', 'SmartStore could not process it.'))),
        code: hit.item.code,
        actionId: hit.record.id,
      };
    }
    return {
      ...row,
      outcome: 'not-sent',
      outcomeMessage: row.problems.map((p) => p.message).join(' ') || t('보내지 않았습니다.', 'Not sent.'),
    };
  });
}

export function resultCounts(results: readonly BulkRowResult[]): Record<BulkOutcome, number> {
  const counts: Record<BulkOutcome, number> = { done: 0, failed: 0, sending: 0, skipped: 0, 'not-sent': 0 };
  for (const r of results) counts[r.outcome]++;
  return counts;
}

/**
 * The result file's columns, headers in the seller's language. 상품주문번호 / 택배사 / 송장번호 keep the names the
 * bulk reader recognises (in either language), so the file can be fixed and uploaded again.
 */
function resultColumns(): readonly CsvColumn<BulkRowResult>[] {
  return [
    { header: t('행', 'Row'), kind: 'number', value: (r) => r.line },
    {
      header: fieldLabel('productOrderId'),
      kind: 'id',
      value: (r) => r.productOrderId || r.input.productOrderId,
    },
    { header: t('주문번호', 'Order number'), kind: 'id', value: (r) => r.order?.orderId },
    { header: fieldLabel('carrier'), kind: 'text', value: (r) => r.courierName ?? r.input.carrier },
    {
      header: fieldLabel('trackingNumber'),
      kind: 'id',
      value: (r) => r.trackingNumber || r.input.trackingNumber,
    },
    { header: t('상품명', 'Product name'), kind: 'text', value: (r) => r.order?.productName },
    { header: t('수취인', 'Recipient'), kind: 'text', value: (r) => r.order?.receiverName },
    { header: t('계정', 'Account'), kind: 'text', value: (r) => r.order?.accountAlias },
    { header: t('결과', 'Result'), kind: 'text', value: (r) => outcomeLabel(r.outcome) },
    { header: t('사유', 'Reason'), kind: 'text', value: (r) => r.outcomeMessage },
    { header: t('오류코드', 'Error code'), kind: 'id', value: (r) => r.code },
  ];
}

/** The result file: every row of the upload with its result, to keep or to fix and upload again. */
export function resultsToCsv(results: readonly BulkRowResult[]): string {
  return toCsv(resultColumns(), results);
}

/** An empty sheet with the three headers, for sellers who start from nothing. */
export function bulkTemplateCsv(): string {
  return toCsv<{ a: string; b: string; c: string }>(
    [
      { header: fieldLabel('productOrderId'), kind: 'id', value: (r) => r.a },
      { header: fieldLabel('carrier'), kind: 'text', value: (r) => r.b },
      { header: fieldLabel('trackingNumber'), kind: 'id', value: (r) => r.c },
    ],
    [],
  );
}

/** Records still being sent (the page asks again until they settle). */
export function unsettled(records: readonly ActionRecord[]): ActionRecord[] {
  return records.filter((r) => r.status === 'queued');
}
