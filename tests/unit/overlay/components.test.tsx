// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Layer } from '../../../components/overlay/Layer';
import { dispatchForm } from '../../../components/overlay/row/dispatch-form';
import { clearRow, drawRow } from '../../../components/overlay/row/draw-row';
import type { OrderBrief } from '../../../lib/orders/queries';
import { type LayerUi, OverlayController, type RowUi } from '../../../lib/overlay/controller';
import { dialogActions } from '../../../lib/overlay/dialog-actions';
import { validateDispatch } from '../../../lib/overlay/validation';
import { FakeBackground } from './fake-background';
import { brief, sixshopRow, table, trustedEvent } from './fixtures';

/**
 * The real row controls (plain DOM) and the real layer (Preact) drawn by the real controller into shadow roots,
 * as the content script does (without WXT's CSS loading): what the seller sees and what a click sends.
 */
let controller: OverlayController | undefined;
afterEach(() => {
  controller?.stop();
  controller = undefined;
  document.body.innerHTML = '';
});

const PREP = '2026112712345701';
const NEW = '2026112712345601';
const RET = '2026112712345501';

async function start(briefs: OrderBrief[], rows?: string[]) {
  document.body.innerHTML = table(rows ?? briefs.map((b) => sixshopRow(b.orderId, b.productOrderId)));
  const bg = new FakeBackground(briefs);
  let layerRoot: HTMLElement | undefined;
  controller = new OverlayController({
    root: document.body,
    request: bg.request as never,
    dispatchCheck: validateDispatch,
    dialogs: dialogActions,
    lookupDelayMs: 1,
    debounceMs: 5,
    mountRow(_row, anchor, actions, markOwnRemoval): RowUi {
      const host = document.createElement('sixshop-link-row');
      anchor.append(host);
      const into = document.createElement('div');
      host.attachShadow({ mode: 'open' }).append(into);
      return {
        update: (view) => void drawRow(into, view(), actions, dispatchForm),
        remove() {
          clearRow(into);
          markOwnRemoval(host);
          host.remove();
        },
        isConnected: () => host.isConnected,
      };
    },
    mountLayer(actions): LayerUi {
      const host = document.createElement('sixshop-link-layer');
      document.body.append(host);
      layerRoot = document.createElement('div');
      host.attachShadow({ mode: 'open' }).append(layerRoot);
      const into = layerRoot;
      return {
        update: (view) => render(<Layer view={view} actions={actions} />, into),
        remove: () => host.remove(),
      };
    },
  });
  controller.start();
  await controller.settle();
  const itemEl = (id: string) => {
    for (const host of document.querySelectorAll('sixshop-link-row')) {
      const el = host.shadowRoot?.querySelector<HTMLElement>(`.item[data-product-order-id="${id}"]`);
      if (el) return el;
    }
    throw new Error(`no controls for ${id}`);
  };
  const button = (root: ParentNode, text: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;
  const orderEl = (orderId: string) => {
    for (const host of document.querySelectorAll('sixshop-link-row')) {
      const el = host.shadowRoot?.querySelector<HTMLElement>(`.row--order[data-order-id="${orderId}"]`);
      if (el) return el;
    }
    throw new Error(`no controls for order ${orderId}`);
  };
  return { bg, itemEl, orderEl, button, layer: () => layerRoot! };
}

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('row controls', () => {
  it('shows the status in the guide’s words and the actions that fit it', async () => {
    const { itemEl, button } = await start([
      brief({ productOrderId: NEW }),
      brief({ productOrderId: PREP, status: 'PREPARING' }),
      brief({
        productOrderId: RET,
        status: 'RETURN_REQUESTED',
        claimType: 'RETURN',
        claimStatus: 'RETURN_REQUEST',
        claimReason: 'BROKEN',
      }),
    ]);
    const n = itemEl(NEW);
    expect(n.querySelector('[data-role="status"]')?.textContent).toBe('주문 확인 중');
    expect(button(n, '발주 확인')).toBeTruthy();
    expect(button(n, '취소 처리')).toBeTruthy();
    const p = itemEl(PREP);
    expect(p.querySelector('[data-role="status"]')?.textContent).toBe('배송 준비 중');
    expect(p.querySelector('input[role="combobox"]')).toBeTruthy();
    expect(p.querySelector('input[aria-label="운송장 번호"]')).toBeTruthy();
    expect(button(p, '배송 처리')).toBeTruthy();
    const r = itemEl(RET);
    expect(r.querySelector('[data-role="claim"]')?.textContent).toBe('반품 요청 · 상품 파손');
    expect(r.querySelectorAll('button')).toHaveLength(0);
    expect(r.querySelector('a')?.textContent).toBe('스마트스토어에서 처리');
    expect(r.querySelector('a')?.getAttribute('href')).toContain(`productOrderNo=${RET}`);
  });

  it('renders every string as text', async () => {
    const { itemEl, layer } = await start([
      brief({
        productOrderId: NEW,
        productName: '<img src=x onerror="alert(1)">',
        optionText: '<b>굵게</b>',
      }),
    ]);
    itemEl(NEW);
    for (const host of document.querySelectorAll('sixshop-link-row')) {
      expect(host.shadowRoot?.querySelector('img, b')).toBeNull();
    }
    expect(layer().querySelector('img')).toBeNull();
  });

  it('a click a page script makes does nothing; the seller’s click sends once', async () => {
    const { bg, itemEl, button } = await start([brief({ productOrderId: NEW })]);
    const confirm = button(itemEl(NEW), '발주 확인');
    confirm.click();
    confirm.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 20));
    expect(bg.of('orders.confirm')).toHaveLength(0);
    confirm.dispatchEvent(trustedEvent());
    confirm.dispatchEvent(trustedEvent());
    await vi.waitFor(() => expect(itemEl(NEW).dataset.status).toBe('PREPARING'));
    expect(bg.of('orders.confirm')).toHaveLength(1);
  });

  it('배송 처리 inline: finds the courier as typed, checks the fields, then sends', async () => {
    const { bg, itemEl, button } = await start([brief({ productOrderId: PREP, status: 'PREPARING' })]);
    const row = itemEl(PREP);
    button(row, '배송 처리').dispatchEvent(trustedEvent());
    await vi.waitFor(() =>
      expect(itemEl(PREP).querySelector('.problem')?.textContent).toContain('택배사를 선택해 주세요.'),
    );
    expect(itemEl(PREP).querySelector('.problem')?.textContent).toContain('운송장 번호를 입력해 주세요.');

    const combo = itemEl(PREP).querySelector<HTMLInputElement>('input[role="combobox"]')!;
    combo.dispatchEvent(new Event('focus'));
    type(combo, 'cj');
    await vi.waitFor(() =>
      expect(itemEl(PREP).querySelector('[role="option"]')?.textContent).toContain('CJ대한통운'),
    );
    type(combo, '로젠');
    await vi.waitFor(() =>
      expect(itemEl(PREP).querySelector('[role="option"]')?.getAttribute('data-code')).toBe('KGB'),
    );
    type(itemEl(PREP).querySelector<HTMLInputElement>('input[aria-label="운송장 번호"]')!, '5000-1111-2222');
    button(itemEl(PREP), '배송 처리').dispatchEvent(trustedEvent());
    await vi.waitFor(() => expect(itemEl(PREP).dataset.status).toBe('SHIPPING'));
    expect(bg.of('orders.dispatch')[0]!.payload).toMatchObject({
      items: [{ productOrderId: PREP, courierCode: 'KGB', trackingNumber: '500011112222' }],
    });
  });

  it('취소 처리 opens a dialog with 상품 품절 chosen and a counter for the detail', async () => {
    const { bg, itemEl, button, layer } = await start([brief({ productOrderId: NEW })]);
    button(itemEl(NEW), '취소 처리').dispatchEvent(trustedEvent());
    await vi.waitFor(() => expect(layer().querySelector('[data-role="cancel-dialog"]')).toBeTruthy());
    const dialog = layer().querySelector<HTMLElement>('[data-role="cancel-dialog"]')!;
    const select = dialog.querySelector('select')!;
    expect(select.value).toBe('SOLD_OUT');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      '상품 품절',
      '배송 지연',
      '상품 정보 상이',
      '서비스 불만족',
      '구매 의사 취소',
      '색상 및 사이즈 변경',
      '다른 상품 잘못 주문',
    ]);
    type(dialog.querySelector('textarea')!, '재고 없음');
    await vi.waitFor(() => expect(dialog.querySelector('[data-role="counter"]')?.textContent).toBe('5/500'));
    button(dialog, '취소 처리 승인').dispatchEvent(trustedEvent());
    await vi.waitFor(() => expect(layer().querySelector('[data-role="cancel-dialog"]')).toBeNull());
    expect(bg.of('orders.cancel')[0]!.payload).toMatchObject({ reason: 'SOLD_OUT', detail: '재고 없음' });
  });

  it('a failed 배송 처리 shows why; 다시 시도 sends the fixed tracking number from the same row', async () => {
    const { bg, itemEl, button } = await start([brief({ productOrderId: PREP, status: 'PREPARING' })]);
    bg.outcome = 'failed';
    type(itemEl(PREP).querySelector<HTMLInputElement>('input[role="combobox"]')!, 'cj');
    type(itemEl(PREP).querySelector<HTMLInputElement>('input.tracking')!, '123456789012');
    button(itemEl(PREP), '배송 처리').dispatchEvent(trustedEvent());
    await vi.waitFor(() =>
      expect(itemEl(PREP).querySelector('[data-role="progress"][data-state="failed"]')?.textContent).toBe(
        '배송 처리 실패: 이미 사용된 운송장 번호입니다.',
      ),
    );
    expect(itemEl(PREP).querySelector('[data-role="error"]')).toBeNull();
    bg.outcome = 'done';
    type(itemEl(PREP).querySelector<HTMLInputElement>('input.tracking')!, '7000-1111-2222');
    button(itemEl(PREP), '다시 시도').dispatchEvent(trustedEvent());
    await vi.waitFor(() => expect(itemEl(PREP).dataset.status).toBe('SHIPPING'));
    expect(bg.of('orders.dispatch')).toHaveLength(1);
    expect(bg.of('actions.retry')[0]!.payload).toMatchObject({
      productOrderIds: [PREP],
      fixes: { [PREP]: { courierCode: 'CJGLS', trackingNumber: '700011112222' } },
    });
  });

  it('a row showing only an order number: its items’ states, 발주 확인 for the order, 배송 처리 in the dialog', async () => {
    const orderId = '2026112712345800';
    const first = `${orderId.slice(0, 14)}01`;
    const second = `${orderId.slice(0, 14)}02`;
    const { bg, orderEl, button, layer } = await start(
      [
        brief({ productOrderId: first, orderId }),
        brief({ productOrderId: second, orderId, status: 'PREPARING' }),
      ],
      [
        `<tr class="order-row"><td class="col-order-no">${orderId}</td><td class="col-status">결제완료</td></tr>`,
      ],
    );
    const row = orderEl(orderId);
    expect([...row.querySelectorAll('[data-role="status"]')].map((b) => b.textContent)).toEqual([
      '주문 확인 중 1',
      '배송 준비 중 1',
    ]);
    expect([...row.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      '발주 확인',
      '배송 처리 (1)',
    ]);
    button(row, '배송 처리 (1)').dispatchEvent(trustedEvent());
    await vi.waitFor(() => expect(layer().querySelector('[data-role="dispatch-dialog"]')).toBeTruthy());
    expect(layer().querySelectorAll('tr[data-product-order-id]')).toHaveLength(1);
    expect(layer().querySelector(`tr[data-product-order-id="${second}"]`)).toBeTruthy();
    button(orderEl(orderId), '발주 확인').dispatchEvent(trustedEvent());
    await vi.waitFor(() => expect(bg.of('orders.confirm')).toHaveLength(1));
    expect(bg.of('orders.confirm')[0]!.payload).toMatchObject({ orderIds: [orderId] });
  });

  it('선택 배송 처리: the dialog’s courier pickers (the same widget as the rows) take 택배사 일괄 적용', async () => {
    const other = '2026112712345702';
    const { bg, itemEl, button, layer } = await start([
      brief({ productOrderId: PREP, status: 'PREPARING' }),
      brief({ productOrderId: other, status: 'PREPARING' }),
    ]);
    for (const id of [PREP, other]) {
      document.querySelector<HTMLInputElement>(`input.row-check[value="${id}"]`)!.checked = true;
    }
    document.querySelector('input.row-check')!.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(button(layer(), '선택 배송 처리 (2)')).toBeTruthy());
    button(layer(), '선택 배송 처리 (2)').dispatchEvent(trustedEvent());
    await vi.waitFor(() => expect(layer().querySelector('[data-role="dispatch-dialog"]')).toBeTruthy());
    const dialog = layer().querySelector<HTMLElement>('[data-role="dispatch-dialog"]')!;
    const bulk = dialog.querySelector<HTMLInputElement>('#ssl-bulk-courier')!;
    expect(bulk.getAttribute('aria-label')).toBe('일괄 적용할 택배사');
    type(bulk, '롯데');
    await vi.waitFor(() => expect(dialog.querySelector('#ssl-bulk-courier-list')).toBeTruthy());
    bulk.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(dialog.querySelector('#ssl-bulk-courier-list')).toBeNull();
    await vi.waitFor(() => expect(button(dialog, '택배사 일괄 적용').disabled).toBe(false));
    button(dialog, '택배사 일괄 적용').click();
    await vi.waitFor(() =>
      expect(
        [...dialog.querySelectorAll<HTMLInputElement>('tbody input[role="combobox"]')].map((i) => i.value),
      ).toEqual(['롯데택배', '롯데택배']),
    );
    for (const [i, input] of [
      ...dialog.querySelectorAll<HTMLInputElement>('tbody input.tracking'),
    ].entries()) {
      type(input, `60001111${2222 + i}`);
    }
    button(dialog, '배송 처리하기').dispatchEvent(trustedEvent());
    await vi.waitFor(() => expect(itemEl(PREP).dataset.status).toBe('SHIPPING'));
    expect(bg.of('orders.dispatch')[0]!.payload).toMatchObject({
      items: [
        { productOrderId: PREP, courierCode: 'HYUNDAI', trackingNumber: '600011112222' },
        { productOrderId: other, courierCode: 'HYUNDAI', trackingNumber: '600011112223' },
      ],
    });
  });
});
