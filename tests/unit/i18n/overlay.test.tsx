// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Layer } from '../../../components/overlay/Layer';
import { dispatchForm } from '../../../components/overlay/row/dispatch-form';
import { drawRow } from '../../../components/overlay/row/draw-row';
import { setLocale } from '../../../lib/i18n';
import type { OrderBrief } from '../../../lib/orders/queries';
import { OverlayController } from '../../../lib/overlay/controller';
import { DAY_MS, shippingDeadline } from '../../../lib/overlay/deadline';
import { dialogActions } from '../../../lib/overlay/dialog-actions';
import { itemLine, statusDisplay } from '../../../lib/overlay/labels';
import { createOverlayMessenger } from '../../../lib/overlay/messenger';
import type { ItemView, LayerView, OverlayActions, RowView } from '../../../lib/overlay/model';
import { cancelProblems, validateDispatch } from '../../../lib/overlay/validation';
import { FakeBackground, fakeUi } from '../overlay/fake-background';
import { brief, sixshopRow, table, trustedEvent } from '../overlay/fixtures';

/** The order overlay in English: what a seller whose browser speaks English reads on the order pages. */

const HANGUL = /[\uAC00-\uD7A3]/;
const NEW = '2026112712345601';
const PREP = '2026112712345701';
const RET = '2026112712345501';

const noop = () => undefined;
const actions: OverlayActions = {
  confirmOrder: noop,
  dispatchItem: noop,
  retry: noop,
  openCancel: noop,
  submitCancel: noop,
  openBatchDispatch: noop,
  submitBatchDispatch: noop,
  confirmSelected: noop,
  closeDialog: noop,
  dismissNotice: noop,
  setDraft: noop,
  lastCourier: () => undefined,
};

/** Product data stays as the seller wrote it; the labels around it must be English. */
const english = (b: OrderBrief): OrderBrief => ({
  ...b,
  accountAlias: 'Haneul Living',
  productName: 'Tumbler 500ml',
  optionText: 'Color: silver',
});

function itemView(b: OrderBrief, over: Partial<ItemView> = {}): ItemView {
  return {
    brief: english(b),
    busy: false,
    confirmBusy: false,
    draft: { trackingNumber: '' },
    orderConfirmable: 1,
    ...over,
  };
}

function draw(node: preact.ComponentChild): HTMLElement {
  const into = document.createElement('div');
  document.body.append(into);
  render(node, into);
  return into;
}

/** A row's controls, drawn as the content script draws them (plain DOM). */
function drawRowView(view: RowView): HTMLElement {
  const into = document.createElement('div');
  document.body.append(into);
  drawRow(into, view, actions, dispatchForm);
  return into;
}

/** The controls of one 배송 준비 중 item showing an action's progress. */
const drawProgress = (progress: ItemView['progress']) =>
  drawRowView({
    mode: 'item',
    now: Date.now(),
    items: [itemView(brief({ productOrderId: PREP, status: 'PREPARING' }), { progress })],
  });

const buttons = (root: ParentNode) => [...root.querySelectorAll('button')].map((b) => b.textContent?.trim());

/** Every text and label the seller reads, attributes that speak included. */
function shownText(root: Element): string {
  const attrs = [...root.querySelectorAll('[aria-label], [placeholder], [title]')].flatMap((e) => [
    e.getAttribute('aria-label') ?? '',
    e.getAttribute('placeholder') ?? '',
    e.getAttribute('title') ?? '',
  ]);
  return [root.textContent ?? '', ...attrs].join(' ');
}

beforeEach(() => setLocale('en'));
afterEach(() => {
  setLocale('ko');
  document.body.innerHTML = '';
});

describe('the order overlay in English', () => {
  it('row controls: statuses, buttons and links in English', () => {
    const now = Date.now();
    const view: RowView = {
      mode: 'item',
      now,
      items: [
        itemView(brief({ productOrderId: NEW, shippingDueAt: now - 1000 })),
        itemView(brief({ productOrderId: PREP, status: 'PREPARING' })),
        itemView(
          brief({
            productOrderId: RET,
            status: 'RETURN_REQUESTED',
            claimType: 'RETURN',
            claimStatus: 'RETURN_REQUEST',
            claimReason: 'BROKEN',
          }),
        ),
      ],
    };
    const root = drawRowView(view);
    const item = (id: string) => root.querySelector(`.item[data-product-order-id="${id}"]`)!;
    expect(item(NEW).querySelector('[data-role="status"]')?.textContent).toBe('Awaiting confirmation');
    expect(item(NEW).querySelector('[data-role="deadline"]')?.textContent).toBe('Dispatch deadline passed');
    expect(buttons(item(NEW))).toEqual(['Confirm order', 'Cancel order']);
    expect(item(PREP).querySelector('[data-role="status"]')?.textContent).toBe('Preparing shipment');
    expect(item(PREP).querySelector('input[aria-label="Tracking number"]')).toBeTruthy();
    expect(item(PREP).querySelector('input[role="combobox"]')?.getAttribute('aria-label')).toBe('Carrier');
    expect(buttons(item(PREP))).toContain('Dispatch');
    expect(item(RET).querySelector('a')?.textContent).toBe('Handle in SmartStore');
    expect(HANGUL.test(shownText(root))).toBe(false);
    // the courier list, made when the seller types: labelled in English (courier names are SmartStore's own)
    const combo = item(PREP).querySelector<HTMLInputElement>('input[role="combobox"]')!;
    expect(combo.getAttribute('placeholder')).toBe('Search carriers');
    combo.value = 'cj';
    combo.dispatchEvent(new Event('input', { bubbles: true }));
    expect(item(PREP).querySelector('[role="listbox"]')?.getAttribute('aria-label')).toBe('Carrier list');
  });

  it('progress of an action, and an order-number row', () => {
    const done = drawProgress({ actionId: 'a1', kind: 'confirm', state: 'done' });
    expect(done.querySelector('[data-role="progress"]')?.textContent).toBe('✓ Order confirmed');
    const failed = drawProgress({ actionId: 'a2', kind: 'dispatch', state: 'failed' });
    expect(failed.querySelector('[data-role="progress"]')?.textContent).toBe(
      'Dispatch failed: Could not be processed.',
    );
    expect(buttons(failed)).toContain('Retry');
    const order = drawRowView({
      mode: 'order',
      now: Date.now(),
      items: [
        itemView(brief({ productOrderId: NEW })),
        itemView(brief({ productOrderId: PREP, status: 'PREPARING' })),
      ],
    });
    expect(buttons(order)).toEqual(['Confirm order', 'Dispatch (1)']);
    for (const root of [done, failed, order]) expect(HANGUL.test(shownText(root))).toBe(false);
  });

  it('selection bar, cancel dialog and dispatch dialog', () => {
    const b = english(brief({ productOrderId: PREP, status: 'PREPARING' }));
    const base: LayerView = {
      selection: {
        dispatch: [b],
        confirmOrders: [{ accountId: 'acc-1', orderId: '2026112712345600', items: 2 }],
      },
      batchConfirmBusy: false,
      batchDispatchBusy: false,
    };
    const bar = draw(<Layer view={base} actions={actions} />);
    expect(buttons(bar)).toEqual(['Confirm selected orders (1)', 'Dispatch selected (1)']);
    expect(bar.querySelector('[data-role="selection-bar"]')?.getAttribute('aria-label')).toBe(
      'SmartStore: selected orders',
    );

    const cancel = draw(
      <Layer
        view={{
          ...base,
          dialog: { kind: 'cancel', item: english(brief({ productOrderId: NEW })), busy: false },
        }}
        actions={actions}
      />,
    );
    const cancelDialog = cancel.querySelector('[data-role="cancel-dialog"]')!;
    expect(cancelDialog.querySelector('h2')?.textContent).toBe('Cancel order');
    expect(cancelDialog.textContent).toContain('Cancel reason');
    expect(cancelDialog.textContent).toContain('Tumbler 500ml (Color: silver) × 1');
    expect(buttons(cancelDialog)).toEqual(['Close', 'Confirm cancellation']);
    expect([...cancelDialog.querySelectorAll('option')].map((o) => o.textContent)).not.toContainEqual(
      expect.stringMatching(HANGUL),
    );
    expect(HANGUL.test(shownText(cancelDialog))).toBe(false);

    const dispatch = draw(
      <Layer
        view={{ ...base, dialog: { kind: 'dispatch', items: [itemView(b)], busy: false, sent: false } }}
        actions={actions}
      />,
    );
    const dispatchDialog = dispatch.querySelector('[data-role="dispatch-dialog"]')!;
    expect(dispatchDialog.querySelector('h2')?.textContent).toBe('Dispatch selected (1)');
    expect([...dispatchDialog.querySelectorAll('th')].map((th) => th.textContent)).toEqual([
      'Product',
      'Carrier',
      'Tracking number',
      'Result',
    ]);
    expect(buttons(dispatchDialog)).toEqual(['Apply carrier to all', 'Close', 'Dispatch']);
    expect(HANGUL.test(shownText(dispatchDialog))).toBe(false);
  });

  it('checks, labels and messages in English', async () => {
    const b = brief({ productOrderId: PREP, status: 'PREPARING', shippingDueAt: Date.now() + DAY_MS / 2 });
    expect(shippingDeadline(b, Date.now())?.label).toBe('Ship today');
    expect(itemLine({ productName: 'Mug', optionText: undefined, quantity: 3 })).toBe('Mug × 3');
    expect(
      statusDisplay(
        brief({ productOrderId: PREP, status: 'CANCEL_REQUESTED', claimStatus: 'CANCEL_REQUEST' }),
      ).claim,
    ).toBe('Cancel request');
    const none = validateDispatch([]);
    expect(none.ok ? '' : none.problems._?.courier).toBe('Select the items to dispatch.');
    const missing = validateDispatch([{ productOrderId: PREP, trackingNumber: '' }]);
    const problems = missing.ok ? {} : missing.problems[PREP];
    expect(HANGUL.test(`${problems?.courier} ${problems?.tracking}`)).toBe(false);
    expect(cancelProblems({ reason: 'NOPE', detail: 'x'.repeat(501) })).toEqual({
      reason: 'Select a cancel reason.',
      detail: 'Keep the cancel details within 500 characters.',
    });
    const request = createOverlayMessenger(() => Promise.reject(new Error('gone')));
    await expect(request('actions.get', { id: 'x' })).rejects.toThrow('Cannot reach the extension');
    const garbled = createOverlayMessenger(() => Promise.resolve({ nope: true }));
    await expect(garbled('actions.get', { id: 'x' })).rejects.toThrow("Cannot read the extension's reply");
  });

  it('the notice after Confirm selected orders', async () => {
    document.body.innerHTML = table([sixshopRow('2026112712345600', NEW)]);
    const bg = new FakeBackground([brief({ productOrderId: NEW })]);
    const ui = fakeUi();
    const controller = new OverlayController({
      root: document.body,
      request: bg.request as never,
      dispatchCheck: validateDispatch,
      dialogs: dialogActions,
      lookupDelayMs: 1,
      debounceMs: 5,
      ...ui.env,
    });
    controller.start();
    try {
      await controller.settle();
      document.querySelector<HTMLInputElement>('input.row-check')!.checked = true;
      await controller.settle();
      controller.confirmSelected(trustedEvent());
      await controller.settle();
      await new Promise((r) => setTimeout(r, 20));
      expect(ui.layer.view?.notice?.text).toBe('Sent Confirm order for 1 order (1 item).');
    } finally {
      controller.stop();
    }
  });
});
