// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OverlayController } from '../../../lib/overlay/controller';
import { dialogActions } from '../../../lib/overlay/dialog-actions';
import { isRequestId } from '../../../lib/overlay/request-id';
import { validateDispatch } from '../../../lib/overlay/validation';
import { FakeBackground, fakeUi } from './fake-background';
import { brief, fakeNear, rowsFrom, sixshopRow, table, trustedEvent, untrustedEvent } from './fixtures';

const O1 = '2026112712345600';
const O1_A = '2026112712345601';
const O1_B = '2026112712345602';
const O2 = '2026112712345700';
const O2_A = '2026112712345701';
const UNKNOWN = '2026112799999901';

let controller: OverlayController | undefined;
afterEach(() => {
  controller?.stop();
  controller = undefined;
  document.body.innerHTML = '';
});

/** `near`: rows are read only when the test brings them near the viewport (fakeNear) */
function start(
  briefs = defaultBriefs(),
  rows = defaultRows(),
  pollMs = 5,
  check = true,
  near?: ReturnType<typeof fakeNear>,
) {
  document.body.innerHTML = table(rows);
  const bg = new FakeBackground(briefs);
  const ui = fakeUi();
  controller = new OverlayController({
    root: document.body,
    request: bg.request as never,
    ...(check ? { dispatchCheck: validateDispatch, dialogs: dialogActions } : {}),
    ...(near ? { whenNear: near.whenNear } : {}),
    ...ui.env,
    lookupDelayMs: 1,
    debounceMs: 5,
    pollMs: () => pollMs,
  });
  controller.start();
  return { bg, ui, c: controller };
}

function defaultBriefs() {
  return [
    brief({ productOrderId: O1_A }),
    brief({ productOrderId: O1_B, productName: '규조토 코스터 4P', optionText: undefined, quantity: 2 }),
    brief({ productOrderId: O2_A, status: 'PREPARING' }),
  ];
}

function defaultRows() {
  return [
    sixshopRow(O1, O1_A),
    sixshopRow(O1, O1_B),
    sixshopRow(O2, O2_A),
    sixshopRow('2026112799999900', UNKNOWN),
  ];
}

describe('the overlay on a page of orders', () => {
  it('asks once for the numbers of the page and places controls beside the known rows only', async () => {
    const { bg, ui, c } = start();
    await c.settle();
    expect(bg.of('orders.lookup')).toHaveLength(1);
    const asked = bg.of('orders.lookup')[0]!.payload as { productOrderIds: string[]; orderIds: string[] };
    expect(asked.productOrderIds.sort()).toEqual(
      [O1, O1_A, O1_B, O2, O2_A, '2026112799999900', UNKNOWN].sort(),
    );
    expect(asked.orderIds).toEqual(asked.productOrderIds);
    expect(ui.live()).toHaveLength(3);
    expect(ui.live().map((r) => r.view?.mode)).toEqual(['item', 'item', 'item']);
    expect(ui.live().map((r) => r.view?.items.map((i) => i.brief.productOrderId))).toEqual([
      [O1_A],
      [O1_B],
      [O2_A],
    ]);
    // anchored in the row's last cell
    expect(ui.live()[0]!.anchor.className).toBe('col-status');
    expect(ui.viewOf(UNKNOWN)).toBeUndefined();
  });

  it('shows every item of an order on a row that holds only the order number', async () => {
    const { ui, c } = start(defaultBriefs(), [`<tr><td><a href="#">${O1}</a></td><td>2건</td></tr>`]);
    await c.settle();
    expect(ui.live()).toHaveLength(1);
    expect(ui.live()[0]!.view).toMatchObject({ mode: 'order' });
    expect(
      ui
        .live()[0]!
        .view!.items.map((i) => i.brief.productOrderId)
        .sort(),
    ).toEqual([O1_A, O1_B]);
  });

  it('gives re-rendered rows their controls again without asking again', async () => {
    const { bg, ui, c } = start();
    await c.settle();
    const tbody = document.getElementById('rows')!;
    tbody.replaceChildren(...rowsFrom(defaultRows().join('')));
    await c.settle();
    expect(ui.rows.filter((r) => r.removed)).toHaveLength(3);
    expect(ui.live()).toHaveLength(3);
    expect(ui.live().every((r) => r.host.isConnected)).toBe(true);
    expect(bg.of('orders.lookup')).toHaveLength(1);
  });

  it('puts the controls back when the page empties the cell that held them', async () => {
    const { ui, c } = start();
    await c.settle();
    const first = ui.live()[0]!;
    first.anchor.textContent = '주문 확인 중';
    await c.settle();
    expect(first.removed).toBe(true);
    expect(ui.live()).toHaveLength(3);
    expect(ui.live().every((r) => r.host.isConnected)).toBe(true);
  });

  it('brings the selection bar back when the page threw its host away', async () => {
    const { ui, c } = start();
    await c.settle();
    expect(ui.layer.mounts).toBe(1);
    ui.layer.connected = false; // e.g. a single-page app replaced the whole body
    document.getElementById('rows')!.append(...rowsFrom(sixshopRow(O2, O2_A)));
    await c.settle();
    expect(ui.layer.mounts).toBe(2);
    expect(ui.layer.view).toBeDefined();
  });

  it('cleans up when stopped: controls removed, the page no longer watched', async () => {
    const { ui, c } = start();
    await c.settle();
    c.stop();
    expect(ui.live()).toHaveLength(0);
    expect(ui.layer.removed).toBe(true);
    document.getElementById('rows')!.append(...rowsFrom(sixshopRow(O2, O2_A)));
    await new Promise((r) => setTimeout(r, 30));
    expect(ui.live()).toHaveLength(0);
  });
});

describe('발주 확인', () => {
  it('does nothing for an event the page made', async () => {
    const { bg, c } = start();
    await c.settle();
    c.confirmOrder(untrustedEvent(), 'acc-1', O1);
    await new Promise((r) => setTimeout(r, 20));
    expect(bg.of('orders.confirm')).toHaveLength(0);
  });

  it('sends one request per click for every 주문 확인 중 item of the order; a double click sends once', async () => {
    const { bg, ui, c } = start();
    await c.settle();
    c.confirmOrder(trustedEvent(), 'acc-1', O1);
    expect(ui.viewOf(O1_A)?.busy).toBe(true);
    expect(ui.viewOf(O1_B)?.busy).toBe(true);
    expect(ui.viewOf(O1_A)?.confirmBusy).toBe(true);
    c.confirmOrder(trustedEvent(), 'acc-1', O1);
    await vi.waitFor(() => expect(ui.viewOf(O1_A)?.brief.status).toBe('PREPARING'));
    const sent = bg.of('orders.confirm');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.payload).toMatchObject({ accountId: 'acc-1', orderIds: [O1] });
    expect(isRequestId(sent[0]!.payload.requestId as string)).toBe(true);
    expect(ui.viewOf(O1_B)?.brief.status).toBe('PREPARING');
    expect(ui.viewOf(O1_A)?.progress).toMatchObject({ kind: 'confirm', state: 'done' });
    // the rows were looked up again after the action settled
    expect(bg.of('orders.lookup').length).toBeGreaterThanOrEqual(2);
  });

  it('shows 대기 중 while the background still works, and reads the action until it is settled', async () => {
    const { bg, ui, c } = start(defaultBriefs(), defaultRows(), 300);
    await c.settle();
    bg.outcome = 'pending';
    c.confirmOrder(trustedEvent(), 'acc-1', O1);
    await vi.waitFor(() => expect(ui.viewOf(O1_A)?.progress?.state).toBe('pending'));
    await vi.waitFor(() => expect(ui.viewOf(O1_A)?.brief.status).toBe('PREPARING'));
    expect(bg.of('actions.get').length).toBeGreaterThanOrEqual(1);
    expect(ui.viewOf(O1_A)?.progress?.state).toBe('done');
  });
});

describe('배송 처리', () => {
  it('checks courier and tracking number before anything is sent', async () => {
    const { bg, c } = start();
    await c.settle();
    expect(c.dispatchItem(trustedEvent(), { productOrderId: O2_A, trackingNumber: '' })).toEqual({
      courier: '택배사를 선택해 주세요.',
      tracking: '운송장 번호를 입력해 주세요.',
    });
    expect(
      c.dispatchItem(trustedEvent(), { productOrderId: O2_A, courierCode: 'CJGLS', trackingNumber: '12' }),
    ).toMatchObject({ tracking: expect.stringContaining('9~15자리') });
    expect(bg.of('orders.dispatch')).toHaveLength(0);
  });

  it('sends nothing until the dispatch check has come (with the form script or the dialogs), and says so', async () => {
    const { bg, c } = start(defaultBriefs(), defaultRows(), 5, false);
    await c.settle();
    const input = { productOrderId: O2_A, courierCode: 'CJGLS', trackingNumber: '123456789012' };
    expect(c.dispatchItem(trustedEvent(), input)).toEqual({ courier: '잠시 후 다시 시도해 주세요.' });
    expect(bg.of('orders.dispatch')).toHaveLength(0);
    c.useDispatchCheck(validateDispatch);
    expect(c.dispatchItem(trustedEvent(), { ...input, trackingNumber: '12' })).toMatchObject({
      tracking: expect.stringContaining('9~15자리'),
    });
    c.dispatchItem(trustedEvent(), input);
    await vi.waitFor(() => expect(bg.of('orders.dispatch')).toHaveLength(1));
  });

  it('sends the item with the courier code and the cleaned tracking number', async () => {
    const { bg, ui, c } = start();
    await c.settle();
    expect(
      c.dispatchItem(untrustedEvent(), {
        productOrderId: O2_A,
        courierCode: 'CJGLS',
        trackingNumber: '1234 5678 9012',
      }),
    ).toBeUndefined();
    expect(bg.of('orders.dispatch')).toHaveLength(0);
    c.dispatchItem(trustedEvent(), {
      productOrderId: O2_A,
      courierCode: 'CJGLS',
      trackingNumber: '1234 5678 9012',
    });
    c.dispatchItem(trustedEvent(), {
      productOrderId: O2_A,
      courierCode: 'CJGLS',
      trackingNumber: '1234 5678 9012',
    });
    await vi.waitFor(() => expect(ui.viewOf(O2_A)?.brief.status).toBe('SHIPPING'));
    expect(bg.of('orders.dispatch')).toHaveLength(1);
    expect(bg.of('orders.dispatch')[0]!.payload).toMatchObject({
      accountId: 'acc-1',
      items: [{ productOrderId: O2_A, courierCode: 'CJGLS', trackingNumber: '123456789012' }],
    });
    expect(c.lastCourier()).toBe('CJGLS');
  });

  it('shows a failure beside the item and sends the fix with 다시 시도', async () => {
    const { bg, ui, c } = start();
    await c.settle();
    bg.outcome = 'failed';
    c.dispatchItem(trustedEvent(), {
      productOrderId: O2_A,
      courierCode: 'CJGLS',
      trackingNumber: '123456789012',
    });
    await vi.waitFor(() => expect(ui.viewOf(O2_A)?.progress?.state).toBe('failed'));
    expect(ui.viewOf(O2_A)?.progress?.message).toBe('이미 사용된 운송장 번호입니다.');
    bg.outcome = 'done';
    const first = bg.of('orders.dispatch')[0]!.payload.requestId as string;
    c.retry(trustedEvent(), O2_A, { courierCode: 'HANJIN', trackingNumber: '987654321098' });
    await vi.waitFor(() => expect(ui.viewOf(O2_A)?.brief.status).toBe('SHIPPING'));
    const retry = bg.of('actions.retry')[0]!.payload;
    expect(retry).toMatchObject({
      id: first,
      productOrderIds: [O2_A],
      fixes: { [O2_A]: { courierCode: 'HANJIN', trackingNumber: '987654321098' } },
    });
    expect(retry.requestId).not.toBe(first);
  });
});

describe('선택 배송 처리 and 선택 발주 확인', () => {
  function briefs() {
    return [
      brief({ productOrderId: O1_A }),
      brief({ productOrderId: O2_A, status: 'PREPARING' }),
      brief({ productOrderId: '2026112712345801', orderId: '2026112712345800', status: 'PREPARING' }),
    ];
  }
  const rows = () => [
    sixshopRow(O1, O1_A),
    sixshopRow(O2, O2_A),
    sixshopRow('2026112712345800', '2026112712345801'),
  ];
  const check = (id: string) => {
    const box = document.querySelector<HTMLInputElement>(`tr[data-row-key="${id}"] input[type="checkbox"]`)!;
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
  };

  it('counts the checked rows that can be shipped or confirmed', async () => {
    const { ui, c } = start(briefs(), rows());
    await c.settle();
    check(O2_A);
    check('2026112712345801');
    check(O1_A);
    await vi.waitFor(() => expect(ui.layer.view?.selection.dispatch).toHaveLength(2));
    expect(ui.layer.view?.selection.confirmOrders).toEqual([{ accountId: 'acc-1', orderId: O1, items: 1 }]);
  });

  it('a row is selected by its own first checkbox, also one in a table laid out inside its cell', async () => {
    const nested = (orderId: string, id: string) =>
      `<tr data-row-key="${id}"><td><table><tbody><tr><td><input type="checkbox"></td><td>선택</td></tr></tbody></table></td>` +
      `<td>${orderId}</td><td>${id}</td><td><input type="checkbox" class="gift"></td><td>상태</td></tr>`;
    const { ui, c } = start(briefs(), [nested(O2, O2_A), nested('2026112712345800', '2026112712345801')]);
    await c.settle();
    const boxes = (id: string) =>
      document.querySelectorAll<HTMLInputElement>(`tr[data-row-key="${id}"] input[type="checkbox"]`);
    boxes(O2_A)[0]!.checked = true;
    // a second checkbox of the row (not its selection box) selects nothing
    boxes('2026112712345801')[1]!.checked = true;
    document.body.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(ui.layer.view?.selection.dispatch).toHaveLength(1));
    expect(ui.layer.view?.selection.dispatch[0]?.productOrderId).toBe(O2_A);
  });

  it('a checked row far from the viewport (not read yet) is read and joins the selection', async () => {
    const { bg, ui } = start(briefs(), rows(), 5, true, fakeNear());
    await controller!.settle();
    expect(bg.of('orders.lookup')).toHaveLength(0);
    expect(ui.rows).toHaveLength(0);
    check(O2_A);
    await vi.waitFor(() => expect(ui.layer.view?.selection.dispatch).toHaveLength(1));
    expect(ui.layer.view?.selection.dispatch[0]?.productOrderId).toBe(O2_A);
    // only the checked row was read and asked about
    expect(bg.of('orders.lookup').flatMap((l) => l.payload.productOrderIds)).toEqual([O2, O2_A]);
  });

  it('rows the page adds already checked (after 전체 선택) join the selection without another click', async () => {
    const { ui } = start(briefs(), rows().slice(0, 1), 5, true, fakeNear());
    const added = rowsFrom(rows().slice(1).join(''));
    for (const tr of added) tr.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked = true;
    document.getElementById('rows')!.append(...added);
    await vi.waitFor(() => expect(ui.layer.view?.selection.dispatch).toHaveLength(2));
  });

  it('sends every item of the dialog in one 배송 처리, once every row is valid', async () => {
    const { bg, ui, c } = start(briefs(), rows());
    await c.settle();
    check(O2_A);
    check('2026112712345801');
    await vi.waitFor(() => expect(ui.layer.view?.selection.dispatch).toHaveLength(2));
    c.openBatchDispatch(untrustedEvent());
    expect(ui.layer.view?.dialog).toBeUndefined();
    c.openBatchDispatch(trustedEvent());
    expect(ui.layer.view?.dialog).toMatchObject({ kind: 'dispatch', sent: false });
    const problems = c.submitBatchDispatch(trustedEvent(), [
      { productOrderId: O2_A, courierCode: 'HYUNDAI', trackingNumber: '600011112222' },
      { productOrderId: '2026112712345801', courierCode: 'HYUNDAI', trackingNumber: '' },
    ]);
    expect(problems).toEqual({ '2026112712345801': { tracking: '운송장 번호를 입력해 주세요.' } });
    expect(bg.of('orders.dispatch')).toHaveLength(0);
    c.submitBatchDispatch(trustedEvent(), [
      { productOrderId: O2_A, courierCode: 'HYUNDAI', trackingNumber: '600011112222' },
      { productOrderId: '2026112712345801', courierCode: 'HYUNDAI', trackingNumber: '600011113333' },
    ]);
    await vi.waitFor(() => expect(ui.layer.view?.dialog).toBeUndefined());
    expect(bg.of('orders.dispatch')).toHaveLength(1);
    expect((bg.of('orders.dispatch')[0]!.payload.items as unknown[]).length).toBe(2);
    await vi.waitFor(() => expect(ui.viewOf('2026112712345801')?.brief.status).toBe('SHIPPING'));
  });

  it('선택 발주 확인 sends the checked orders', async () => {
    const { bg, ui, c } = start(briefs(), rows());
    await c.settle();
    check(O1_A);
    await vi.waitFor(() => expect(ui.layer.view?.selection.confirmOrders).toHaveLength(1));
    c.confirmSelected(untrustedEvent());
    c.confirmSelected(trustedEvent());
    c.confirmSelected(trustedEvent());
    await vi.waitFor(() => expect(ui.layer.view?.notice?.tone).toBe('success'));
    expect(bg.of('orders.confirm')).toHaveLength(1);
    expect(bg.of('orders.confirm')[0]!.payload).toMatchObject({ orderIds: [O1] });
  });

  it("the selection bar's 배송 처리 and 발주 확인 send nothing until the dialogs' script has brought them", async () => {
    const { bg, ui, c } = start(briefs(), rows(), 5, false);
    await c.settle();
    check(O1_A);
    check(O2_A);
    await vi.waitFor(() => expect(ui.layer.view?.selection.dispatch).toHaveLength(1));
    c.confirmSelected(trustedEvent());
    c.openBatchDispatch(trustedEvent());
    const rows1 = [{ productOrderId: O2_A, courierCode: 'HYUNDAI', trackingNumber: '600011112222' }];
    expect(c.submitBatchDispatch(trustedEvent(), rows1)).toEqual({
      _: { courier: '잠시 후 다시 시도해 주세요.' },
    });
    await c.settle();
    expect(bg.of('orders.confirm')).toHaveLength(0);
    expect(bg.of('orders.dispatch')).toHaveLength(0);
    c.useDispatchCheck(validateDispatch);
    c.useDialogs(dialogActions);
    c.confirmSelected(trustedEvent());
    expect(c.submitBatchDispatch(trustedEvent(), rows1)).toBeUndefined();
    await vi.waitFor(() => expect(bg.of('orders.dispatch')).toHaveLength(1));
    await vi.waitFor(() => expect(bg.of('orders.confirm')).toHaveLength(1));
  });
});

describe('취소 처리', () => {
  it('opens the dialog for a 주문 확인 중 item and sends the reason and the detail', async () => {
    const { bg, ui, c } = start();
    await c.settle();
    c.openCancel(trustedEvent(), O2_A); // 배송 준비 중: not cancellable here
    expect(ui.layer.view?.dialog).toBeUndefined();
    c.openCancel(trustedEvent(), O1_A);
    expect(ui.layer.view?.dialog).toMatchObject({ kind: 'cancel', item: { productOrderId: O1_A } });
    expect(c.submitCancel(trustedEvent(), { reason: 'SOLD_OUT', detail: 'x'.repeat(501) })).toEqual({
      detail: '취소 상세 사유는 500자 이내로 입력해 주세요.',
    });
    c.submitCancel(untrustedEvent(), { reason: 'SOLD_OUT', detail: '' });
    expect(bg.of('orders.cancel')).toHaveLength(0);
    c.submitCancel(trustedEvent(), { reason: 'DELAYED_DELIVERY', detail: ' 입고 지연 ' });
    await vi.waitFor(() => expect(ui.layer.view?.dialog).toBeUndefined());
    expect(bg.of('orders.cancel')[0]!.payload).toMatchObject({
      accountId: 'acc-1',
      productOrderId: O1_A,
      reason: 'DELAYED_DELIVERY',
      detail: '입고 지연',
    });
    await vi.waitFor(() => expect(ui.viewOf(O1_A)?.brief.status).toBe('CANCELED'));
  });

  it("before the dialogs' script (and its actions) is there, a cancel is not sent: the seller is asked to try again", async () => {
    const { bg, ui, c } = start(undefined, undefined, undefined, false);
    await c.settle();
    c.openCancel(trustedEvent(), O1_A);
    expect(ui.layer.view?.dialog).toMatchObject({ kind: 'cancel' });
    expect(c.submitCancel(trustedEvent(), { reason: 'SOLD_OUT', detail: '' })).toEqual({
      reason: '잠시 후 다시 시도해 주세요.',
    });
    expect(bg.of('orders.cancel')).toHaveLength(0);
    c.useDialogs(dialogActions);
    expect(c.submitCancel(trustedEvent(), { reason: 'SOLD_OUT', detail: '' })).toBeUndefined();
    await vi.waitFor(() => expect(bg.of('orders.cancel')).toHaveLength(1));
  });
});
