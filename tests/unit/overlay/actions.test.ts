import { describe, expect, it, vi } from 'vitest';
import type { ActionRecord } from '../../../lib/orders/outbox-types';
import { type ActionPart, ActionRunner } from '../../../lib/overlay/actions';
import { OverlayRequestError as RequestError } from '../../../lib/overlay/messenger';
import { isRequestId, newRequestId, REQUEST_ID_PATTERN } from '../../../lib/overlay/request-id';
import { tick } from './fixtures';

const record = (id: string, state: ActionRecord['items'][number]['state'] = 'done'): ActionRecord => ({
  id,
  accountId: 'acc-1',
  kind: 'confirm',
  status: state === 'done' || state === 'failed' || state === 'skipped' ? 'settled' : 'queued',
  createdAt: 1,
  updatedAt: 1,
  items: [{ productOrderId: '2026112712345601', orderId: '2026112712345600', state, attempts: 1 }],
});

const confirm: ActionPart = {
  type: 'orders.confirm',
  payload: { accountId: 'acc-1', orderIds: ['2026112712345600'], productOrderIds: [] },
};

function runner(request: (type: string, payload: Record<string, unknown>) => Promise<unknown>) {
  const calls: Array<{ type: string; payload: Record<string, unknown> }> = [];
  const settled: ActionRecord[] = [];
  const seen: ActionRecord[] = [];
  const r = new ActionRunner({
    request: (async (type: string, payload: Record<string, unknown>) => {
      calls.push({ type, payload });
      return request(type, payload);
    }) as never,
    onChange: () => undefined,
    onRecord: (x) => seen.push(x),
    onSettled: (x) => settled.push(x),
    pollMs: () => 5,
  });
  return { r, calls, settled, seen };
}

describe('request ids', () => {
  it('are UUIDs without dashes, as the background accepts them', () => {
    const a = newRequestId();
    const b = newRequestId();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
    expect(isRequestId(a)).toBe(true);
    expect(REQUEST_ID_PATTERN.test('short')).toBe(false);
    expect(isRequestId(`${a}_1`)).toBe(true);
  });
});

describe('sending the seller’s actions', () => {
  it('one click, one request id; a second click while it is in flight does nothing', async () => {
    let release: (() => void) | undefined;
    const { r, calls } = runner((_t, p) =>
      release === undefined
        ? new Promise((res) => {
            release = () => res(record(p.requestId as string));
          })
        : Promise.resolve(record(p.requestId as string)),
    );
    const first = r.run('confirm:acc-1:2026112712345600', [confirm]);
    expect(r.isBusy('confirm:acc-1:2026112712345600')).toBe(true);
    await expect(r.run('confirm:acc-1:2026112712345600', [confirm])).resolves.toBeUndefined();
    release!();
    const records = await first;
    expect(calls).toHaveLength(1);
    expect(isRequestId(calls[0]!.payload.requestId as string)).toBe(true);
    expect(records?.[0]?.id).toBe(calls[0]!.payload.requestId);
    expect(r.isBusy('confirm:acc-1:2026112712345600')).toBe(false);
    await r.run('confirm:acc-1:2026112712345600', [confirm]);
    expect(calls[1]!.payload.requestId).not.toBe(calls[0]!.payload.requestId);
  });

  it('gives each message of one click (one per account) its own id derived from the click’s', async () => {
    const { r, calls } = runner(async (_t, p) => record(p.requestId as string));
    await r.run('batch-confirm', [
      confirm,
      { ...confirm, payload: { ...confirm.payload, accountId: 'acc-2' } },
    ]);
    const [a, b] = calls.map((c) => c.payload.requestId as string);
    expect(b).toBe(`${a}_1`);
    expect(isRequestId(b!)).toBe(true);
  });

  it('reuses the id when the message got lost, so the background does not act twice', async () => {
    let fail = true;
    const { r, calls } = runner(async (_t, p) => {
      if (fail)
        throw new RequestError({ kind: 'unavailable', message: '확장 프로그램과 연결할 수 없습니다.' });
      return record(p.requestId as string);
    });
    await r.run('k', [confirm]);
    expect(r.failures.get('k')?.message).toContain('연결할 수 없습니다');
    fail = false;
    await r.run('k', [confirm]);
    expect(calls[1]!.payload.requestId).toBe(calls[0]!.payload.requestId);
    // a different request on the same button is a new click
    await r.run('k', [{ ...confirm, payload: { ...confirm.payload, orderIds: ['2026112712345700'] } }]);
    expect(calls[2]!.payload.requestId).not.toBe(calls[0]!.payload.requestId);
  });

  it('keeps the background’s refusal with its per-item messages', async () => {
    const { r } = runner(async () => {
      throw new RequestError({
        kind: 'invalid-items',
        message: '처리할 수 없는 품목이 있습니다.',
        fields: { '2026112712345601': '배송 중 상태에서는 할 수 없습니다.' },
      });
    });
    await r.run('k', [confirm]);
    expect(r.failures.get('k')).toEqual({
      message: '처리할 수 없는 품목이 있습니다.',
      fields: { '2026112712345601': '배송 중 상태에서는 할 수 없습니다.' },
    });
  });

  it('reads a pending action again until it is settled', async () => {
    let reads = 0;
    const { r, settled, seen } = runner(async (type, p) => {
      if (type === 'actions.get') {
        reads++;
        return record(p.id as string, reads < 3 ? 'unknown' : 'done');
      }
      return record(p.requestId as string, 'pending');
    });
    await r.run('k', [confirm]);
    expect(seen[0]!.items[0]!.state).toBe('pending');
    await vi.waitFor(() => expect(settled).toHaveLength(1), { timeout: 2_000 });
    expect(reads).toBe(3);
    expect(seen.map((s) => s.items[0]!.state)).toEqual(['pending', 'unknown', 'unknown', 'done']);
    await tick(30);
    expect(reads).toBe(3);
    r.stop();
  });
});
