import { plural, t } from '../../../lib/i18n';
import { handledInSmartStore, shippingText, smartStoreOrderUrl } from '../../../lib/overlay/labels';
import type { ItemView, OverlayActions } from '../../../lib/overlay/model';
import { type DispatchSketch, dispatchSketch } from './dispatch-fields';
import type { DispatchForm, DispatchFormMaker } from './dispatch-form';
import { attr, type Child, h, sync } from './dom';
import { progressElement } from './progress';
import { statusBadge } from './status-badge';

/** Progress states during which the item's actions wait (nothing can be clicked twice). */
export const OPEN = new Set(['pending', 'sending', 'unknown']);

/** The controls of one product order (`div.item`), kept across redraws while the item stays in its row. */
export interface ItemControls {
  el: HTMLElement;
  /** the 배송 처리 form while the item shows one: what the seller typed lives there */
  form?: DispatchForm | undefined;
  /** the form as drawn before the form script came (taken over by the form when it does) */
  sketch?: DispatchSketch | undefined;
}

/** `dispatch`, or `retry-<action id>` after a failed dispatch: a new key is a new form (what was typed goes). */
export function dispatchFormKey(item: ItemView): string {
  const p = item.progress;
  return p?.state === 'failed' && p.kind === 'dispatch' ? `retry-${p.actionId}` : 'dispatch';
}

/** The brand mark that says which SmartStore account a row belongs to. */
export const brand = (alias: string) =>
  h('span', { class: 'brand', title: t(`스마트스토어 (${alias})`, `SmartStore (${alias})`) }, 'N');

/** A button of the row; its handler gets the real event (the controller acts only on the seller's own). */
export function button(
  cls: string,
  text: string,
  onClick: (e: Event) => void,
  disabled?: boolean,
  title?: string,
): HTMLButtonElement {
  const b = h('button', { type: 'button', class: cls, title }, text);
  b.disabled = !!disabled;
  b.addEventListener('click', onClick);
  return b;
}

/**
 * Draws one product order's controls into `controls.el` (made on the first call). Badges, texts and buttons are
 * made anew each time; the dispatch form is kept and patched, so what the seller is typing stays where it is.
 */
export function drawItem(
  controls: ItemControls | undefined,
  item: ItemView,
  now: number,
  actions: OverlayActions,
  /** the on-demand form script's maker, once it is loaded (until then an item to ship shows the drawn form) */
  makeForm: DispatchFormMaker | undefined,
  /** asks for the form script (the seller came to a drawn form, or it must show what only the script can) */
  wantForm: () => void,
): ItemControls {
  const c = controls ?? { el: h('div', { class: 'item' }) };
  const b = item.brief;
  const id = b.productOrderId;
  const p = item.progress;
  const open = !!p && OPEN.has(p.state);
  const failed = p?.state === 'failed' ? p.kind : undefined;
  const busy = item.busy;
  const retry = t('다시 시도', 'Retry');
  const shipping = b.status === 'SHIPPING' && shippingText(b);
  attr(c.el, 'data-product-order-id', id);
  attr(c.el, 'data-order-id', b.orderId);
  attr(c.el, 'data-status', b.status);
  attr(c.el, 'aria-busy', String(busy || open));

  const kids: Child[] = [
    brand(b.accountAlias),
    ...statusBadge(b, now),
    shipping && h('span', { class: 'shipping', 'data-role': 'shipping' }, shipping),
    p && progressElement(p),
    !!item.error &&
      !failed &&
      h('span', { class: 'problem', role: 'alert', 'data-role': 'error' }, item.error),
  ];
  if (b.status === 'PAYMENT_CONFIRMING' && !open) {
    const n = item.orderConfirmable;
    kids.push(
      h(
        'span',
        { class: 'actions' },
        failed === 'confirm'
          ? button('btn btn--primary', retry, (e) => actions.retry(e, id), busy)
          : button(
              'btn btn--primary',
              item.confirmBusy ? t('보내는 중…', 'Sending…') : t('발주 확인', 'Confirm order'),
              (e) => actions.confirmOrder(e, b.accountId, b.orderId),
              busy,
              t(
                `주문번호 ${b.orderId}의 주문 확인 중 품목 ${n}개를 발주 확인합니다.`,
                `Confirm order ${b.orderId}: ${n} ${plural(n, 'item', 'items')} awaiting confirmation.`,
              ),
            ),
        failed === 'cancel'
          ? button('btn btn--danger', retry, (e) => actions.retry(e, id), busy)
          : button('btn btn--danger', t('취소 처리', 'Cancel order'), (e) => actions.openCancel(e, id), busy),
      ),
    );
  }

  const key = b.status === 'PREPARING' && !open && dispatchFormKey(item);
  if (c.form && c.form.key !== key) {
    c.form.destroy();
    c.form = undefined;
  }
  if (c.sketch && c.sketch.key !== key) c.sketch = undefined;
  if (key && !c.form && makeForm) {
    const sketch = c.sketch;
    c.sketch = undefined;
    c.form = makeForm(item, actions, key, sketch);
  } else if (key && c.form) c.form.update(item);
  else if (key) {
    // drawn now; its script comes when the seller comes to it, at once (asked once) when it starts with a
    // courier chosen (a name only the script's courier list has)
    if (!c.sketch) {
      c.sketch = dispatchSketch(item, key, actions, wantForm);
      if (c.sketch.courierCode) wantForm();
    } else c.sketch.update(item);
  }
  if (key) kids.push(c.form?.el ?? c.sketch!.parts.el);
  if (handledInSmartStore(b.status)) {
    kids.push(
      h(
        'a',
        { class: 'link', href: smartStoreOrderUrl(id), target: '_blank', rel: 'noopener noreferrer' },
        t('스마트스토어에서 처리', 'Handle in SmartStore'),
      ),
    );
  }
  sync(
    c.el,
    kids.filter((k): k is Node => k instanceof Node),
  );
  return c;
}
