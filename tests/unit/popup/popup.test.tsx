// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { makeEnv } from '../../../components/popup/env';
import { PopupApp } from '../../../components/popup/PopupApp';
import type { PopupSummary } from '../../../lib/messaging/protocol';
import { account, action, counts, NOW, order, stubEnv, summary } from './fixtures';

afterEach(cleanup);

async function renderPopup(s: PopupSummary, handlers: Parameters<typeof stubEnv>[0] = {}) {
  const stub = stubEnv({ 'popup.summary': () => s, ...handlers });
  const view = render(<PopupApp env={stub.env} />);
  await view.findByText('스마트스토어 연동');
  await waitFor(() => expect(view.container.querySelector('main[data-ready="true"]')).not.toBeNull());
  return { ...stub, view };
}

function stat(card: HTMLElement, key: string) {
  const el = card.querySelector(`[data-stat="${key}"]`) as HTMLElement;
  return { label: el.querySelector('dt')!.textContent, value: el.querySelector('dd')!.textContent, el };
}

describe('popup: accounts at a glance', () => {
  it('shows the counts of each linked account, with open claims summed and 주문 확인 중 first', async () => {
    const { view } = await renderPopup(
      summary({
        accounts: [
          account({
            counts: counts({
              PAYMENT_CONFIRMING: 12,
              PREPARING: 3,
              SHIPPING: 5,
              DELIVERED: 140,
              CANCEL_REQUESTED: 1,
              RETURN_REQUESTED: 2,
              EXCHANGE_REQUESTED: 1,
              CANCELED: 9,
              RETURNED: 4,
            }),
            deliveredToday: 2,
          }),
        ],
        awaitingConfirm: 12,
      }),
    );
    const card = view.container.querySelector('[data-account-id="acc-a"]') as HTMLElement;
    expect(within(card).getByRole('heading', { name: '하늘리빙' })).toBeTruthy();
    expect(card.textContent).toContain('smartstore.naver.com/haneul-living');
    expect(stat(card, 'confirming')).toMatchObject({ label: '주문 확인 중', value: '12' });
    expect(stat(card, 'confirming').el.className).toContain('stat--lead');
    expect(stat(card, 'preparing')).toMatchObject({ label: '배송 준비 중', value: '3' });
    expect(stat(card, 'shipping')).toMatchObject({ label: '배송 중', value: '5' });
    expect(stat(card, 'delivered-today')).toMatchObject({ label: '배송 완료 (오늘)', value: '2' });
    expect(stat(card, 'claims')).toMatchObject({ label: '취소·반품·교환', value: '4' });
    expect(card.querySelector('dt')!.textContent).toBe('주문 확인 중');
    expect(screen.getByTestId('awaiting').textContent).toBe('발주 확인 대기 12건');
  });

  it('warns about shipping deadlines in words, and only when there is something to warn about', async () => {
    const { view } = await renderPopup(
      summary({
        accounts: [
          account({ overdue: 2, dueSoon: 3 }),
          account({ accountId: 'acc-b', alias: '바다커피', storeSlug: 'bada-coffee' }),
        ],
      }),
    );
    const a = view.container.querySelector('[data-account-id="acc-a"]') as HTMLElement;
    const b = view.container.querySelector('[data-account-id="acc-b"]') as HTMLElement;
    expect(within(a).getByText('발송 기한 지남 2건')).toBeTruthy();
    expect(within(a).getByText('24시간 내 발송 3건')).toBeTruthy();
    expect(b.textContent).not.toContain('발송 기한');
    expect(b.textContent).not.toContain('24시간 내 발송');
  });

  it('shows when the last sync ran, or what went wrong', async () => {
    const { view } = await renderPopup(
      summary({
        accounts: [
          account(),
          account({
            accountId: 'acc-b',
            alias: '바다커피',
            lastSync: {
              at: NOW - 2 * 60 * 60_000,
              ok: false,
              message: '스마트스토어 요청 한도에 도달했습니다.',
              created: 0,
              updated: 0,
            },
          }),
          account({ accountId: 'acc-c', alias: '숲속공방', lastSync: undefined }),
        ],
      }),
    );
    const card = (id: string) => view.container.querySelector(`[data-account-id="${id}"]`) as HTMLElement;
    expect(card('acc-a').textContent).toContain('3분 전 동기화');
    expect(card('acc-b').textContent).toContain(
      '동기화 실패 (2시간 전): 스마트스토어 요청 한도에 도달했습니다.',
    );
    expect(card('acc-c').textContent).toContain('아직 동기화하지 않았습니다.');
  });

  it('has a friendly empty state that opens the settings, and 설정 is always there', async () => {
    const { view, openOptions } = await renderPopup(summary({ accounts: [] }));
    expect(view.getByRole('heading', { name: '스마트스토어 계정을 연동해 주세요' })).toBeTruthy();
    fireEvent.click(view.getByRole('button', { name: '설정에서 계정 연동하기' }));
    fireEvent.click(view.getByRole('button', { name: '설정' }));
    expect(openOptions).toHaveBeenCalledTimes(2);
    expect(view.queryByText('최근 주문')).toBeNull();
  });

  it('shows the background’s message when the summary cannot be read, and loads again on request', async () => {
    let fail = true;
    const stub = stubEnv({
      'popup.summary': () => {
        if (fail) throw new Error('확장 프로그램과 연결할 수 없습니다. 페이지를 새로 고침해 주세요.');
        return summary();
      },
    });
    const view = render(<PopupApp env={stub.env} />);
    expect(
      await view.findByText('확장 프로그램과 연결할 수 없습니다. 페이지를 새로 고침해 주세요.'),
    ).toBeTruthy();
    fail = false;
    fireEvent.click(view.getByRole('button', { name: '다시 불러오기' }));
    await view.findByText('3분 전 동기화');
  });
});

describe('popup: 지금 동기화', () => {
  it('asks for a sync of that account and reads the summary again until the sync time changes', async () => {
    let reads = 0;
    const before = summary();
    const after = summary({
      accounts: [
        account({
          counts: counts({ PAYMENT_CONFIRMING: 1 }),
          lastSync: { at: NOW, ok: true, created: 1, updated: 0 },
        }),
      ],
      recent: [order({ orderId: '2025031499990001', productOrderId: '2025031499990101' })],
      awaitingConfirm: 1,
    });
    const { view, callsOf } = await renderPopup(before, {
      'popup.summary': () => (++reads <= 3 ? before : after),
      'sync.now': () => ({ started: true }),
    });
    const button = view.getByRole('button', { name: '하늘리빙 지금 동기화' });
    fireEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-busy')).toBe('true'));
    expect(callsOf('sync.now')).toEqual([{ type: 'sync.now', payload: { accountId: 'acc-a' } }]);
    await view.findByText('주문번호 2025031499990001');
    await waitFor(() => expect(button.getAttribute('aria-busy')).toBe('false'));
    expect(view.container.textContent).toContain('방금 동기화 · 새 주문 1건');
    expect(callsOf('popup.summary').length).toBe(4);
  });

  it('stops after the time limit and says the sync has not finished yet', async () => {
    const stub = stubEnv(
      { 'popup.summary': () => summary(), 'sync.now': () => ({ started: true }) },
      { syncPollMs: 5, syncTimeoutMs: 60, now: Date.now },
    );
    const view = render(<PopupApp env={stub.env} />);
    const button = await view.findByRole('button', { name: '하늘리빙 지금 동기화' });
    fireEvent.click(button);
    expect(await view.findByText(/동기화가 아직 끝나지 않았습니다/)).toBeTruthy();
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(stub.callsOf('popup.summary').length).toBeGreaterThan(2);
  });
});

describe('popup: recent orders and search', () => {
  it('lists recent orders with status, product, option, quantity, buyer, account and time', async () => {
    const { view } = await renderPopup(
      summary({
        recent: [
          order({ quantity: 2 }),
          order({
            productOrderId: '2025031410000002',
            orderId: '2025031300000002',
            status: 'SHIPPING',
            productName: '원두 1kg',
            optionText: undefined,
            courierCode: 'CJGLS',
            trackingNumber: '612345678901',
            buyerName: '이바다',
            paidAt: NOW - 26 * 60 * 60_000,
          }),
        ],
      }),
    );
    const rows = view.container.querySelectorAll('li.order');
    expect(rows).toHaveLength(2);
    const first = rows[0] as HTMLElement;
    expect(within(first).getByText('주문 확인 중').className).toContain('badge--new');
    expect(first.textContent).toContain('린넨 침구 세트');
    expect(first.textContent).toContain('색상: 아이보리 / 사이즈: Q');
    expect(first.textContent).toContain('2개');
    expect(first.textContent).toContain('김하늘');
    expect(first.textContent).toContain('하늘리빙');
    expect(first.textContent).toContain('13:30');
    const second = rows[1] as HTMLElement;
    expect(second.textContent).toContain('배송 중');
    expect(second.textContent).toContain('CJ대한통운 612345678901');
    expect(second.textContent).toContain('3월 13일 12:30');
  });

  it('shows the failure of the last action on an item', async () => {
    const { view } = await renderPopup(
      summary({
        recent: [
          order({
            action: {
              id: 'a1',
              kind: 'confirm',
              state: 'failed',
              message: '이미 처리되었거나 현재 상태에서는 할 수 없는 작업입니다.',
            },
          }),
        ],
      }),
    );
    expect(
      view.getByText('발주 확인 실패: 이미 처리되었거나 현재 상태에서는 할 수 없는 작업입니다.'),
    ).toBeTruthy();
  });

  it('searches once, after typing stops (debounced)', async () => {
    const found = [order({ orderId: '2025031477770001', productOrderId: '2025031477770101' })];
    const { view, callsOf } = await renderPopup(summary({ recent: [order()] }), {
      'orders.search': () => found,
    });
    const box = view.getByRole('searchbox');
    // typed one key at a time, faster than the debounce: each keystroke renders, only the last one searches
    for (const v of ['2', '20', '202', '2025', '20250', '202503']) {
      fireEvent.input(box, { target: { value: v } });
      await new Promise((r) => setTimeout(r, 40));
    }
    await view.findByText('주문번호 2025031477770001');
    expect(callsOf('orders.search')).toEqual([{ type: 'orders.search', payload: { query: '202503' } }]);
    expect(view.getByText('검색 결과 1건')).toBeTruthy();
    expect(view.queryByText('주문번호 2025031400000001')).toBeNull();

    fireEvent.input(box, { target: { value: '' } });
    await view.findByText('주문번호 2025031400000001');
    expect(callsOf('orders.search')).toHaveLength(1);
  });

  it('searches names too, asks for 4 digits of an order number, and says when nothing matches', async () => {
    const { view, callsOf } = await renderPopup(summary(), { 'orders.search': () => [] });
    const box = view.getByRole('searchbox');
    fireEvent.input(box, { target: { value: '12' } });
    expect(await view.findByText('주문번호는 4자리 이상 입력해 주세요.')).toBeTruthy();
    fireEvent.input(box, { target: { value: '김하늘' } });
    expect(await view.findByText('‘김하늘’에 맞는 주문이 없습니다.')).toBeTruthy();
    expect(callsOf('orders.search')).toEqual([{ type: 'orders.search', payload: { query: '김하늘' } }]);
  });
});

describe('popup: 처리 필요', () => {
  it('shows waiting actions with the reason and when they go out again', async () => {
    const { view } = await renderPopup(
      summary({
        attention: [
          action({
            status: 'queued',
            kind: 'dispatch',
            items: [
              { productOrderId: 'p1', orderId: 'o1', state: 'pending', attempts: 1 },
              { productOrderId: 'p2', orderId: 'o1', state: 'pending', attempts: 1 },
            ],
            lastError: {
              kind: 'rate-limited',
              message: '스마트스토어 요청 한도에 도달했습니다. 잠시 후 자동으로 다시 시도합니다.',
            },
            nextAttemptAt: NOW + 3 * 60_000,
          }),
        ],
      }),
    );
    const task = view.container.querySelector('[data-action-id="act-1"]') as HTMLElement;
    expect(task.textContent).toContain('대기 중');
    expect(task.textContent).toContain('배송 처리 2건');
    expect(task.textContent).toContain('스마트스토어 요청 한도에 도달했습니다.');
    expect(task.textContent).toContain('3분 후 다시 시도');
    expect(within(task).queryByRole('button', { name: /다시 시도/ })).toBeNull();
  });

  it('retries only the failed items, with a fresh request id', async () => {
    const record = action({
      items: [
        {
          productOrderId: 'p1',
          orderId: 'o1',
          state: 'failed',
          message: '요청 값이 올바르지 않습니다.',
          attempts: 1,
        },
        { productOrderId: 'p2', orderId: 'o1', state: 'done', attempts: 1 },
        {
          productOrderId: 'p3',
          orderId: 'o2',
          state: 'failed',
          message: '스마트스토어에서 처리하지 못했습니다. 잠시 후 다시 시도해 주세요.',
          attempts: 1,
        },
      ],
    });
    let summaries = 0;
    const { view, callsOf } = await renderPopup(summary(), {
      'popup.summary': () =>
        ++summaries === 1
          ? summary({ attention: [record], recent: [order({ productOrderId: 'p1' })] })
          : summary(),
      'actions.retry': () =>
        action({
          id: 'act-2',
          items: [
            { productOrderId: 'p1', orderId: 'o1', state: 'done', attempts: 1 },
            { productOrderId: 'p3', orderId: 'o2', state: 'done', attempts: 1 },
          ],
        }),
    });
    const task = view.container.querySelector('[data-action-id="act-1"]') as HTMLElement;
    expect(task.textContent).toContain('요청 값이 올바르지 않습니다.');
    expect(task.textContent).toContain('린넨 침구 세트'); // p1's name, known from the order list
    expect(task.textContent).toContain('상품주문번호 p3');
    fireEvent.click(within(task).getByRole('button', { name: '발주 확인 실패 2건 다시 시도' }));
    await view.findByText('발주 확인: 2건을 다시 보내 처리했습니다.');
    expect(callsOf('actions.retry')).toEqual([
      { type: 'actions.retry', payload: { id: 'act-1', requestId: 'req1', productOrderIds: ['p1', 'p3'] } },
    ]);
    await waitFor(() => expect(view.container.querySelector('[data-action-id="act-1"]')).toBeNull());
  });

  it('shows why a retry was refused', async () => {
    const record = action({
      items: [{ productOrderId: 'p1', orderId: 'o1', state: 'failed', message: '실패', attempts: 1 }],
    });
    const { view } = await renderPopup(summary({ attention: [record] }), {
      'actions.retry': () => {
        throw new Error('다시 보낼 실패 품목이 없습니다.');
      },
    });
    fireEvent.click(view.getByRole('button', { name: /다시 시도$/ }));
    expect(await view.findByText('다시 보낼 실패 품목이 없습니다.')).toBeTruthy();
  });
});

describe('popup: safety', () => {
  it('renders hostile names as text, never as HTML', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { view } = await renderPopup(
      summary({
        accounts: [account({ alias: `<b>${hostile}</b>` })],
        recent: [
          order({ productName: hostile, optionText: hostile, buyerName: hostile, accountAlias: hostile }),
        ],
      }),
    );
    expect(view.getAllByText(hostile).length).toBeGreaterThanOrEqual(3);
    expect(view.getByRole('heading', { name: `<b>${hostile}</b>` })).toBeTruthy();
    expect(view.container.querySelector('img')).toBeNull();
    expect(view.container.querySelector('b')).toBeNull();
  });

  it('makes request ids without dashes', () => {
    const env = makeEnv({ request: (() => Promise.reject()) as never, openOptions: () => {} });
    const id = env.newRequestId();
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(env.newRequestId()).not.toBe(id);
  });
});
