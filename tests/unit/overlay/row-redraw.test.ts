// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRESS_WAIT_MS } from '../../../components/overlay/row/dispatch-fields';
import { dispatchForm } from '../../../components/overlay/row/dispatch-form';
import { clearRow, drawRow as drawWith } from '../../../components/overlay/row/draw-row';
import type { ItemView, OverlayActions, RowView } from '../../../lib/overlay/model';
import { brief, trustedEvent, untrustedEvent } from './fixtures';

/**
 * The row controls are drawn again whenever anything about the row changes (status, progress, errors, the clock
 * each minute). What the seller is doing in the row must survive that: the focused element, the caret, what was
 * typed, an open courier list, an IME composition.
 */

/** As the content script draws once the form script is there. */
const drawRow = (root: HTMLElement, view: RowView, actions: OverlayActions) =>
  drawWith(root, view, actions, dispatchForm);

const PREP = '2026112712345701';
const NEW = '2026112712345601';

function fakeActions(): OverlayActions & { [K in keyof OverlayActions]: ReturnType<typeof vi.fn> } {
  return {
    confirmOrder: vi.fn(),
    dispatchItem: vi.fn(),
    retry: vi.fn(),
    openCancel: vi.fn(),
    submitCancel: vi.fn(),
    openBatchDispatch: vi.fn(),
    submitBatchDispatch: vi.fn(),
    confirmSelected: vi.fn(),
    closeDialog: vi.fn(),
    dismissNotice: vi.fn(),
    setDraft: vi.fn(),
    lastCourier: vi.fn(),
  } as never;
}

function preparing(over: Partial<ItemView> = {}): ItemView {
  return {
    brief: brief({ productOrderId: PREP, status: 'PREPARING' }),
    busy: false,
    confirmBusy: false,
    draft: { trackingNumber: '' },
    orderConfirmable: 0,
    ...over,
  };
}

const row = (items: ItemView[], now = 1_000): RowView => ({ mode: 'item', now, items });

/** A root inside an open shadow root, as the content script draws them. */
function shadowRoot(): { root: HTMLElement; shadow: ShadowRoot } {
  const host = document.createElement('sixshop-link-row');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const root = document.createElement('div');
  shadow.append(root);
  return { root, shadow };
}

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const tracking = (root: ParentNode) => root.querySelector<HTMLInputElement>('input.tracking')!;
const courier = (root: ParentNode) => root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
const button = (root: ParentNode, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === text);

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('a redraw keeps what the seller is doing', () => {
  it('focus, caret and the typed tracking number survive the clock, an error and a progress line', () => {
    const { root, shadow } = shadowRoot();
    const actions = fakeActions();
    drawRow(root, row([preparing()]), actions);
    const input = tracking(root);
    input.focus();
    type(input, '5000-1111');
    input.setSelectionRange(3, 3);
    expect(actions.setDraft).toHaveBeenLastCalledWith(PREP, { trackingNumber: '5000-1111' });

    drawRow(root, row([preparing()], 61_000), actions);
    drawRow(root, row([preparing({ error: '연결이 끊겼습니다.' })], 61_000), actions);
    drawRow(
      root,
      row([preparing({ progress: { actionId: 'x', kind: 'confirm', state: 'done' } })], 121_000),
      actions,
    );

    expect(tracking(root)).toBe(input);
    expect(shadow.activeElement).toBe(input);
    expect(input.value).toBe('5000-1111');
    expect(input.selectionStart).toBe(3);
    expect(root.querySelector('[data-role="progress"]')?.textContent).toBe('✓ 발주 확인 완료');
    expect(root.querySelector('[data-role="error"]')).toBeNull(); // the last view has no error
  });

  it('the courier input keeps its text and its open list; a redraw writes nothing into the inputs', () => {
    const { root, shadow } = shadowRoot();
    const actions = fakeActions();
    drawRow(root, row([preparing()]), actions);
    const combo = courier(root);
    combo.focus();
    type(combo, '대한');
    const list = root.querySelector('[role="listbox"]');
    expect(list).not.toBeNull();
    const active = combo.getAttribute('aria-activedescendant');

    // an IME composition in progress: the browser owns the input's value until it ends
    const writes = vi.fn();
    for (const el of [combo, tracking(root)]) {
      const proto = Object.getPrototypeOf(el) as object;
      const own = Object.getOwnPropertyDescriptor(proto, 'value')!;
      Object.defineProperty(el, 'value', {
        configurable: true,
        get: () => own.get!.call(el),
        set: (v: string) => {
          writes(v);
          own.set!.call(el, v);
        },
      });
    }
    combo.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    drawRow(root, row([preparing()], 61_000), actions);
    drawRow(root, row([preparing({ error: '잠시 후 다시 시도해 주세요.' })], 61_000), actions);

    expect(writes).not.toHaveBeenCalled();
    expect(courier(root)).toBe(combo);
    expect(shadow.activeElement).toBe(combo);
    expect(combo.value).toBe('대한');
    expect(root.querySelector('[role="listbox"]')).toBe(list);
    expect(combo.getAttribute('aria-expanded')).toBe('true');
    expect(combo.getAttribute('aria-activedescendant')).toBe(active);
  });

  it('a focused button keeps the focus when the row is drawn again (buttons are made anew)', () => {
    const { root, shadow } = shadowRoot();
    const actions = fakeActions();
    const item: ItemView = {
      brief: brief({ productOrderId: NEW }),
      busy: false,
      confirmBusy: false,
      draft: { trackingNumber: '' },
      orderConfirmable: 2,
    };
    drawRow(root, row([item]), actions);
    button(root, '취소 처리')!.focus();
    drawRow(root, row([{ ...item, confirmBusy: true }], 61_000), actions);
    expect(shadow.activeElement).toBe(button(root, '취소 처리'));
    button(root, '보내는 중…')!.dispatchEvent(trustedEvent());
    expect(actions.confirmOrder).toHaveBeenCalledWith(expect.any(Event), 'acc-1', '2026112712345600');
    expect(button(root, '보내는 중…')!.title).toBe(
      '주문번호 2026112712345600의 주문 확인 중 품목 2개를 발주 확인합니다.',
    );

    // an order-number row is made anew too
    drawRow(root, { mode: 'order', now: 1, items: [item] }, actions);
    button(root, '발주 확인')!.focus();
    drawRow(root, { mode: 'order', now: 61_000, items: [item] }, actions);
    expect(shadow.activeElement).toBe(button(root, '발주 확인'));
  });

  it('the focus stays with its own product order when another item of the row loses its buttons', () => {
    const { root, shadow } = shadowRoot();
    const actions = fakeActions();
    const OTHER = '2026112712345602';
    const item = (productOrderId: string): ItemView => ({
      brief: brief({ productOrderId }),
      busy: false,
      confirmBusy: false,
      draft: { trackingNumber: '' },
      orderConfirmable: 1,
    });
    const cancelOf = (id: string) =>
      [...root.querySelectorAll<HTMLButtonElement>(`[data-product-order-id="${id}"] button`)].find(
        (b) => b.textContent === '취소 처리',
      )!;
    drawRow(root, row([item(OTHER), item(NEW)]), actions);
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    cancelOf(NEW).focus();
    focus.mockClear();
    // the first item's 발주 확인 went out (from another tab): its buttons give way to the progress line
    const sending: ItemView = {
      ...item(OTHER),
      progress: { actionId: 'a1', kind: 'confirm', state: 'pending' },
    };
    drawRow(root, row([sending, item(NEW)], 61_000), actions);
    expect(shadow.activeElement).toBe(cancelOf(NEW));
    expect(focus).toHaveBeenCalledWith({ preventScroll: true });
  });

  it('an unchanged alert or status stays the same element (a screen reader does not announce it again)', () => {
    const { root } = shadowRoot();
    const actions = fakeActions();
    actions.dispatchItem.mockReturnValue({ tracking: '운송장 번호를 입력해 주세요.' });
    const item = preparing({ error: '연결이 끊겼습니다.' });
    drawRow(root, row([item]), actions);
    button(root, '배송 처리')!.dispatchEvent(trustedEvent());
    const alerts = () => [...root.querySelectorAll('[role="alert"]')];
    const before = alerts();
    expect(before.map((a) => a.textContent)).toEqual(['연결이 끊겼습니다.', '운송장 번호를 입력해 주세요.']);
    drawRow(root, row([item], 61_000), actions);
    expect(alerts()).toEqual(before);
    expect(alerts()[0]).toBe(before[0]);
    expect(alerts()[1]).toBe(before[1]);
    // a changed one is replaced
    drawRow(root, row([{ ...item, error: '잠시 후 다시 시도해 주세요.' }], 61_000), actions);
    expect(alerts()[0]).not.toBe(before[0]);
    expect(alerts()[0]?.textContent).toBe('잠시 후 다시 시도해 주세요.');

    const order = { mode: 'order' as const, now: 1, items: [{ ...item, busy: true }] };
    drawRow(root, order, actions);
    const processing = root.querySelector('[role="status"]');
    expect(processing?.textContent).toBe('처리 중');
    drawRow(root, { ...order, now: 61_000 }, actions);
    expect(root.querySelector('[role="status"]')).toBe(processing);
  });

  it('the problems found stay shown across a redraw until the field is fixed', () => {
    const { root } = shadowRoot();
    const actions = fakeActions();
    actions.dispatchItem.mockReturnValue({
      courier: '택배사를 선택해 주세요.',
      tracking: '운송장 번호를 입력해 주세요.',
    });
    drawRow(root, row([preparing()]), actions);
    button(root, '배송 처리')!.dispatchEvent(trustedEvent());
    expect(actions.dispatchItem).toHaveBeenCalledWith(expect.any(Event), {
      productOrderId: PREP,
      courierCode: undefined,
      trackingNumber: '',
    });
    drawRow(root, row([preparing()], 61_000), actions);
    expect(root.querySelector('.dispatch .problem')?.textContent).toBe(
      '택배사를 선택해 주세요. 운송장 번호를 입력해 주세요.',
    );
    expect(root.querySelector('.courier')?.classList.contains('has-error')).toBe(true);
    expect(tracking(root).getAttribute('aria-invalid')).toBe('true');

    type(tracking(root), '123412341234');
    expect(tracking(root).className).toBe('tracking');
    expect(tracking(root).hasAttribute('aria-invalid')).toBe(false);
    expect(root.querySelector('.dispatch .problem')?.textContent).toBe('택배사를 선택해 주세요.');
    type(courier(root), 'cj');
    expect(root.querySelector('.dispatch .problem')).toBeNull();
    expect(root.querySelector('.courier')?.className).toBe('courier');
    expect(actions.setDraft).toHaveBeenLastCalledWith(PREP, { courierCode: 'CJGLS' });
  });
});

describe('the retry form', () => {
  it('starts afresh from the failed dispatch when the action id changes, and sends the fix with 다시 시도', () => {
    const { root } = shadowRoot();
    const actions = fakeActions();
    drawRow(root, row([preparing()]), actions);
    type(tracking(root), '999');
    const first = tracking(root);

    const failed = (actionId: string, trackingNumber: string) =>
      preparing({
        progress: { actionId, kind: 'dispatch', state: 'failed', courierCode: 'KGB', trackingNumber },
      });
    drawRow(root, row([failed('a1', '555')]), actions);
    const retryInput = tracking(root);
    expect(retryInput).not.toBe(first);
    expect(retryInput.value).toBe('555');
    expect(courier(root).value).toBe('로젠택배');
    expect(button(root, '다시 시도')).toBeTruthy();
    expect(root.querySelector('[data-role="progress"][data-state="failed"]')?.textContent).toBe(
      '배송 처리 실패: 처리하지 못했습니다.',
    );

    // the same failure drawn again keeps the form and what was typed into it
    type(retryInput, '700011112222');
    drawRow(root, row([failed('a1', '555')], 61_000), actions);
    expect(tracking(root)).toBe(retryInput);
    expect(retryInput.value).toBe('700011112222');
    button(root, '다시 시도')!.dispatchEvent(trustedEvent());
    expect(actions.retry).toHaveBeenCalledWith(expect.any(Event), PREP, {
      courierCode: 'KGB',
      trackingNumber: '700011112222',
    });
    expect(actions.dispatchItem).not.toHaveBeenCalled();

    // another failed action: another form
    drawRow(root, row([failed('a2', '777')]), actions);
    expect(tracking(root)).not.toBe(retryInput);
    expect(tracking(root).value).toBe('777');
  });

  it('the controller’s draft wins over the failed action’s values', () => {
    const { root } = shadowRoot();
    const item = preparing({
      draft: { courierCode: 'HANJIN', trackingNumber: '4321' },
      progress: {
        actionId: 'a1',
        kind: 'dispatch',
        state: 'failed',
        courierCode: 'KGB',
        trackingNumber: '555',
      },
    });
    drawRow(root, row([item]), fakeActions());
    expect(tracking(root).value).toBe('4321');
    expect(courier(root).value).toBe('한진택배');
  });

  it('the form goes while the dispatch is on its way and comes back from the draft', () => {
    const { root } = shadowRoot();
    const actions = fakeActions();
    drawRow(root, row([preparing()]), actions);
    drawRow(
      root,
      row([preparing({ progress: { actionId: 'a1', kind: 'dispatch', state: 'pending' } })]),
      actions,
    );
    expect(root.querySelector('[data-role="dispatch-form"]')).toBeNull();
    expect(root.querySelector('.item')?.getAttribute('aria-busy')).toBe('true');
    drawRow(root, row([preparing({ draft: { courierCode: 'CJGLS', trackingNumber: '1111' } })]), actions);
    expect(tracking(root).value).toBe('1111');
    expect(courier(root).value).toBe('CJ대한통운');
  });
});

describe('what a row costs before it is touched', () => {
  it('the courier list and its window listeners are made only when the input is used', () => {
    const { root } = shadowRoot();
    const listen = vi.spyOn(window, 'addEventListener');
    drawRow(root, row([preparing()]), fakeActions());
    expect(root.querySelector('.courier')?.children).toHaveLength(1);
    expect(root.querySelector('[role="listbox"], [role="option"]')).toBeNull();
    expect(listen).not.toHaveBeenCalled();

    type(courier(root), '롯데');
    expect(root.querySelectorAll('[role="option"]').length).toBeGreaterThan(0);
    expect(listen).toHaveBeenCalledWith('scroll', expect.any(Function), true);
    expect(listen).toHaveBeenCalledWith('resize', expect.any(Function));
  });
});

describe('clearRow', () => {
  it('removes everything, the open list’s window listeners included; the old inputs do nothing afterwards', () => {
    const { root } = shadowRoot();
    const actions = fakeActions();
    const listen = vi.spyOn(window, 'addEventListener');
    const unlisten = vi.spyOn(window, 'removeEventListener');
    drawRow(root, row([preparing()]), actions);
    const combo = courier(root);
    const input = tracking(root);
    type(combo, '대한');
    const scroll = listen.mock.calls.find((c) => c[0] === 'scroll')![1];
    const resize = listen.mock.calls.find((c) => c[0] === 'resize')![1];

    clearRow(root);
    expect(root.childNodes).toHaveLength(0);
    expect(unlisten).toHaveBeenCalledWith('scroll', scroll, true);
    expect(unlisten).toHaveBeenCalledWith('resize', resize);

    actions.setDraft.mockClear();
    type(combo, '롯데');
    combo.dispatchEvent(new Event('blur'));
    expect(listen.mock.calls.filter((c) => c[0] === 'scroll')).toHaveLength(1);
    type(input, '1');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(actions.setDraft).not.toHaveBeenCalled();
    expect(actions.dispatchItem).not.toHaveBeenCalled();

    // drawn again: a fresh row, not the old elements
    drawRow(root, row([preparing()]), actions);
    expect(courier(root)).not.toBe(combo);
    expect(courier(root).value).toBe('');
  });

  it('switching between an item row and an order-number row draws the other from scratch', () => {
    const { root } = shadowRoot();
    const actions = fakeActions();
    const item = preparing();
    drawRow(root, row([item]), actions);
    drawRow(root, { mode: 'order', now: 1, items: [item] }, actions);
    expect(root.children).toHaveLength(1);
    expect(root.firstElementChild?.className).toBe('row row--order');
    expect(root.querySelector('[data-role="dispatch-form"]')).toBeNull();
    drawRow(root, row([item]), actions);
    expect(root.children).toHaveLength(1);
    expect(root.querySelector('[data-role="dispatch-form"]')).not.toBeNull();
  });

  it('an item to ship is drawn at once with its form; the form script is asked for only when the seller comes to it', () => {
    const { root } = shadowRoot();
    const actions = fakeActions();
    const wantForm = vi.fn();
    const confirmable = { ...preparing(), brief: brief({ productOrderId: NEW }) };
    const view = row([preparing(), confirmable]);
    drawWith(root, view, actions, undefined, wantForm);
    const drawn = root.querySelector('[data-role="dispatch-form"]')!;
    expect(button(drawn, '배송 처리')?.disabled).toBe(false);
    expect(courier(root).getAttribute('role')).toBe('combobox');
    expect(tracking(root).placeholder).toBe('운송장 번호');
    expect(root.querySelector(`[data-product-order-id="${PREP}"] [data-role="status"]`)?.textContent).toBe(
      '배송 준비 중',
    );
    expect(root.querySelector(`[data-product-order-id="${NEW}"] button`)?.textContent).toBe('발주 확인');
    expect(wantForm).not.toHaveBeenCalled();
    // redrawn (the clock): the same elements, still nothing asked
    drawWith(root, row([preparing(), confirmable], 61_000), actions, undefined, wantForm);
    expect(root.querySelector('[data-role="dispatch-form"]')).toBe(drawn);
    expect(wantForm).not.toHaveBeenCalled();
    drawn.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(wantForm).toHaveBeenCalledTimes(1);
    // the script came: the form takes the same elements over, and stays through redraws without the maker
    const input = tracking(root);
    drawWith(root, view, actions, dispatchForm, wantForm);
    expect(root.querySelector('[data-role="dispatch-form"]')).toBe(drawn);
    expect(tracking(root)).toBe(input);
    drawWith(root, row([preparing(), confirmable], 121_000), actions, undefined, wantForm);
    expect(root.querySelector('[data-role="dispatch-form"]')).toBe(drawn);
  });

  it('what the seller typed and pressed before the form script came is kept and sent once it is there', async () => {
    const { root } = shadowRoot();
    const actions = fakeActions();
    const wantForm = vi.fn();
    drawWith(root, row([preparing()]), actions, undefined, wantForm);
    const input = tracking(root);
    input.focus();
    expect(wantForm).toHaveBeenCalled();
    type(input, '123456789012');
    type(courier(root), 'CJ대한통운');
    const press = trustedEvent('click');
    button(root, '배송 처리')!.dispatchEvent(press);
    expect(actions.dispatchItem).not.toHaveBeenCalled();
    // the script arrives: the same elements, the typed text kept, the press sent as pressed
    drawWith(root, row([preparing()]), actions, dispatchForm, wantForm);
    await Promise.resolve();
    expect(tracking(root)).toBe(input);
    expect(input.value).toBe('123456789012');
    expect((root.getRootNode() as ShadowRoot).activeElement).toBe(input);
    expect(actions.setDraft).toHaveBeenCalledWith(PREP, { trackingNumber: '123456789012' });
    expect(actions.setDraft).toHaveBeenCalledWith(PREP, { courierCode: 'CJGLS' });
    expect(actions.dispatchItem).toHaveBeenCalledTimes(1);
    expect(actions.dispatchItem).toHaveBeenCalledWith(press, {
      productOrderId: PREP,
      courierCode: 'CJGLS',
      trackingNumber: '123456789012',
    });
    // the drawn form's own handlers are gone: a press now is the form's alone (sent once, nothing asked for)
    const asked = wantForm.mock.calls.length;
    await Promise.resolve();
    button(root, '배송 처리')!.dispatchEvent(trustedEvent('click'));
    input.dispatchEvent(new Event('pointerover', { bubbles: true }));
    await Promise.resolve();
    expect(wantForm).toHaveBeenCalledTimes(asked);
    expect(actions.dispatchItem).toHaveBeenCalledTimes(2);
  });

  it('while a press waits for the script the button waits; Enter in the tracking number is kept the same way', async () => {
    const { root } = shadowRoot();
    const actions = fakeActions();
    drawWith(root, row([preparing()]), actions, undefined, vi.fn());
    type(tracking(root), '700011112222');
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    Object.defineProperty(enter, 'isTrusted', { value: true });
    tracking(root).dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    expect(button(root, '배송 처리')?.disabled).toBe(true);
    expect(root.querySelector('[data-role="dispatch-form"]')?.getAttribute('aria-busy')).toBe('true');
    // a second press meanwhile is not kept twice
    button(root, '배송 처리')!.dispatchEvent(trustedEvent('click'));
    drawWith(root, row([preparing()]), actions, dispatchForm, vi.fn());
    await Promise.resolve();
    expect(actions.dispatchItem).toHaveBeenCalledTimes(1);
    expect(actions.dispatchItem).toHaveBeenCalledWith(enter, {
      productOrderId: PREP,
      courierCode: undefined,
      trackingNumber: '700011112222',
    });
    expect(root.querySelector('[data-role="dispatch-form"]')?.hasAttribute('aria-busy')).toBe(false);
  });

  it('a press the page makes is not kept', async () => {
    const { root } = shadowRoot();
    const actions = fakeActions();
    const wantForm = vi.fn();
    drawWith(root, row([preparing()]), actions, undefined, wantForm);
    button(root, '배송 처리')!.dispatchEvent(untrustedEvent('click'));
    expect(button(root, '배송 처리')?.disabled).toBe(false);
    expect(wantForm).not.toHaveBeenCalled();
    drawWith(root, row([preparing()]), actions, dispatchForm, wantForm);
    await Promise.resolve();
    expect(actions.dispatchItem).not.toHaveBeenCalled();
  });

  it('a press kept too long without the script is dropped and said so; nothing goes out later', async () => {
    vi.useFakeTimers();
    try {
      const { root } = shadowRoot();
      const actions = fakeActions();
      drawWith(root, row([preparing()]), actions, undefined, vi.fn());
      button(root, '배송 처리')!.dispatchEvent(trustedEvent('click'));
      vi.advanceTimersByTime(PRESS_WAIT_MS);
      expect(root.querySelector('[role="alert"]')?.textContent).toContain('다시 눌러 주세요');
      expect(button(root, '배송 처리')?.disabled).toBe(false);
      drawWith(root, row([preparing()]), actions, dispatchForm, vi.fn());
      await Promise.resolve();
      expect(actions.dispatchItem).not.toHaveBeenCalled();
      // taken over: the form shows its own problems only
      expect(root.querySelector('[role="alert"]')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a retry form: the press goes out as a retry, with the number as the seller left it', async () => {
    const { root } = shadowRoot();
    const actions = fakeActions();
    const failed = preparing({
      progress: { actionId: 'a1', kind: 'dispatch', state: 'failed', trackingNumber: '123456789012' },
    });
    drawWith(root, row([failed]), actions, undefined, vi.fn());
    expect(tracking(root).value).toBe('123456789012');
    type(tracking(root), '');
    const press = trustedEvent('click');
    button(root, '다시 시도')!.dispatchEvent(press);
    drawWith(root, row([failed]), actions, dispatchForm, vi.fn());
    await Promise.resolve();
    expect(tracking(root).value).toBe('');
    expect(actions.retry).toHaveBeenCalledWith(press, PREP, { trackingNumber: '' });
  });

  it('a form that starts with a courier chosen asks for the script at once, once; its input waits for it', () => {
    const { root } = shadowRoot();
    const actions = fakeActions();
    const wantForm = vi.fn();
    const view = row([preparing({ draft: { courierCode: 'CJGLS', trackingNumber: '' } })]);
    drawWith(root, view, actions, undefined, wantForm);
    expect(wantForm).toHaveBeenCalledTimes(1);
    const drawn = courier(root);
    expect(drawn.readOnly).toBe(true);
    drawWith(root, row(view.items, 61_000), actions, undefined, wantForm);
    expect(wantForm).toHaveBeenCalledTimes(1);
    drawWith(root, view, actions, dispatchForm, wantForm);
    expect(courier(root)).toBe(drawn);
    expect(drawn.value).toBe('CJ대한통운');
    expect(drawn.readOnly).toBe(false);
  });

  it('a drawn form made again (the page drew its rows again) shows the tracking number typed so far', () => {
    const actions = fakeActions();
    const first = shadowRoot().root;
    drawWith(first, row([preparing()]), actions, undefined, vi.fn());
    type(tracking(first), '700011112222');
    expect(actions.setDraft).toHaveBeenLastCalledWith(PREP, { trackingNumber: '700011112222' });
    const again = shadowRoot().root;
    drawWith(
      again,
      row([preparing({ draft: { trackingNumber: '700011112222' } })]),
      actions,
      undefined,
      vi.fn(),
    );
    expect(tracking(again).value).toBe('700011112222');
  });

  it('taking over changes nothing the seller sees: a courier chosen elsewhere since is not put in', () => {
    const { root } = shadowRoot();
    const actions = fakeActions();
    const wantForm = vi.fn();
    drawWith(root, row([preparing()]), actions, undefined, wantForm);
    const drawn = courier(root);
    drawn.focus();
    // meanwhile another item was sent with 롯데택배: new forms start with it, this one stays as drawn
    const later = row([preparing({ draft: { courierCode: 'HYUNDAI', trackingNumber: '' } })]);
    drawWith(root, later, actions, dispatchForm, wantForm);
    expect(courier(root)).toBe(drawn);
    expect(drawn.value).toBe('');
    drawn.blur();
    const fresh = shadowRoot().root;
    drawWith(fresh, later, actions, dispatchForm, wantForm);
    expect(courier(fresh).value).toBe('롯데택배');
  });

  it('while the item is being sent the drawn form waits too', () => {
    const { root } = shadowRoot();
    drawWith(root, row([preparing({ busy: true })]), fakeActions(), undefined, vi.fn());
    expect(button(root, '보내는 중…')?.disabled).toBe(true);
    expect(tracking(root).disabled).toBe(true);
    expect(courier(root).disabled).toBe(true);
  });
});
