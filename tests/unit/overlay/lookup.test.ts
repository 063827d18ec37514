import { describe, expect, it, vi } from 'vitest';
import type { OrderBrief } from '../../../lib/orders/queries';
import { LOOKUP_BATCH, type LookupPayload, LookupQueue } from '../../../lib/overlay/lookup';
import { brief } from './fixtures';

const numbers = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `20261127${String(from + i).padStart(6, '0')}01`);

function queue(answer: (p: LookupPayload) => OrderBrief[] = () => [], now = () => 0) {
  const sent: LookupPayload[] = [];
  const answers: Array<{ briefs: OrderBrief[]; asked: readonly string[] }> = [];
  const q = new LookupQueue({
    request: async (p) => {
      sent.push(p);
      return answer(p);
    },
    onAnswer: (briefs, asked) => answers.push({ briefs, asked }),
    delayMs: 1,
    now,
  });
  return { q, sent, answers };
}

describe('asking the background about the page’s numbers', () => {
  it('sends at most 500 numbers per list per message, each number in both lists', async () => {
    const { q, sent } = queue();
    q.want(numbers(1_200));
    await q.flush();
    expect(LOOKUP_BATCH).toBe(500);
    expect(sent.map((p) => p.productOrderIds.length)).toEqual([500, 500, 200]);
    for (const p of sent) expect(p.orderIds).toEqual(p.productOrderIds);
    expect(new Set(sent.flatMap((p) => p.productOrderIds)).size).toBe(1_200);
  });

  it('asks once per batch and never twice for a number with a fresh answer', async () => {
    const { q, sent } = queue();
    q.want(numbers(3));
    q.want(numbers(3));
    q.want(numbers(2, 2));
    await q.flush();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.productOrderIds).toHaveLength(4);
    q.want(numbers(4));
    await q.flush();
    expect(sent).toHaveLength(1);
  });

  it('asks again after the answer went stale, or when told to refresh', async () => {
    let t = 0;
    const { q, sent } = queue(undefined, () => t);
    q.want(numbers(2));
    await q.flush();
    t = 61_000;
    q.want(numbers(1));
    await q.flush();
    expect(sent).toHaveLength(2);
    q.refresh(numbers(1, 1));
    await q.flush();
    expect(sent).toHaveLength(3);
    expect(sent[2]!.productOrderIds).toEqual(numbers(1, 1));
  });

  it('hands over the answers with what was asked; unknown numbers simply get nothing', async () => {
    const [known, unknown] = numbers(2);
    const { q, answers } = queue(() => [brief({ productOrderId: known! })]);
    q.want([known!, unknown!]);
    await q.flush();
    expect(answers).toEqual([{ briefs: [brief({ productOrderId: known! })], asked: [known, unknown] }]);
  });

  it('backs off after a failed message instead of asking in a loop', async () => {
    let t = 0;
    const onError = vi.fn();
    let calls = 0;
    const q = new LookupQueue({
      request: async () => {
        calls++;
        throw new Error('extension reloaded');
      },
      onAnswer: () => undefined,
      onError,
      delayMs: 1,
      now: () => t,
    });
    q.want(numbers(1));
    await q.flush();
    q.want(numbers(1));
    await q.flush();
    expect(calls).toBe(1);
    expect(onError).toHaveBeenCalledTimes(1);
    t = 11_000;
    q.want(numbers(1));
    await q.flush();
    expect(calls).toBe(2);
  });
});
