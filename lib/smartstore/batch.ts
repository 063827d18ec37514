import { CommerceApiError, orderFailureMessage } from './errors';

/** What happened to one product order of a batch action. Partial success is the normal case. */
export type ItemOutcome =
  | { productOrderId: string; outcome: 'success'; isReceiverAddressChanged?: boolean | undefined }
  | { productOrderId: string; outcome: 'failed'; code: string; naverMessage: string; userMessage: string }
  /** Sent, but no reliable answer: re-read SmartStore before trying again. */
  | { productOrderId: string; outcome: 'unknown'; error: CommerceApiError }
  /** Never sent because an earlier batch stopped the run (the error says why). */
  | { productOrderId: string; outcome: 'not-sent'; error: CommerceApiError };

export interface BatchAnswer {
  success: Array<{ productOrderId: string; isReceiverAddressChanged?: boolean | undefined }>;
  failed: Array<{ productOrderId: string; code: string; message: string }>;
}

/**
 * Runs `send` over `batches` in order and reports every item. The first error stops the run: its batch is
 * `unknown` (outcome-unknown) or `not-sent`, and later batches are `not-sent`.
 */
export async function runBatches<T>(
  batches: T[][],
  idOf: (item: T) => string,
  send: (batch: T[]) => Promise<BatchAnswer>,
): Promise<ItemOutcome[]> {
  const out: ItemOutcome[] = [];
  let stop: CommerceApiError | undefined;
  for (const batch of batches) {
    const ids = batch.map(idOf);
    if (stop) {
      for (const productOrderId of ids) out.push({ productOrderId, outcome: 'not-sent', error: stop });
      continue;
    }
    let answer: BatchAnswer;
    try {
      answer = await send(batch);
    } catch (e) {
      const err =
        e instanceof CommerceApiError ? e : new CommerceApiError({ kind: 'bad-response', cause: e });
      stop = err;
      const outcome = err.kind === 'outcome-unknown' ? 'unknown' : 'not-sent';
      for (const productOrderId of ids) out.push({ productOrderId, outcome, error: err });
      continue;
    }
    const ok = new Map(answer.success.map((s) => [s.productOrderId, s]));
    const bad = new Map(answer.failed.map((f) => [f.productOrderId, f]));
    for (const productOrderId of ids) {
      const s = ok.get(productOrderId);
      const f = bad.get(productOrderId);
      if (s)
        out.push({
          productOrderId,
          outcome: 'success',
          isReceiverAddressChanged: s.isReceiverAddressChanged,
        });
      else if (f) {
        out.push({
          productOrderId,
          outcome: 'failed',
          code: f.code,
          naverMessage: f.message,
          userMessage: orderFailureMessage(f.code, f.message),
        });
      } else {
        // The answer named neither success nor failure for this item: treat it as not known.
        out.push({
          productOrderId,
          outcome: 'unknown',
          error: new CommerceApiError({ kind: 'outcome-unknown' }),
        });
      }
    }
  }
  return out;
}

/** Drops repeated keys, keeping the first occurrence and the order. */
export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
