import { t } from '../../../lib/i18n';
import type { ItemView, OverlayActions } from '../../../lib/overlay/model';
import { h } from './dom';

/**
 * The elements of a row's 배송 처리 form: the courier combobox's input, the tracking number and the button. The
 * order script draws them as soon as a row shows an item to ship; the form script (loaded when the seller first
 * comes to a form: `dispatch-form.ts`) takes the same elements over, so what was typed meanwhile stays where it
 * is, and a row that is never touched costs only these elements.
 */
export interface DispatchFields {
  /** `div.dispatch` */
  el: HTMLElement;
  /** `span.dispatch__fields`: courier, tracking number, button */
  fields: HTMLElement;
  /** `span.courier`, the courier picker's place */
  courier: HTMLElement;
  courierInput: HTMLInputElement;
  tracking: HTMLInputElement;
  button: HTMLButtonElement;
}

/** The courier combobox's input (its list is `${id}-list`, made when it is first opened). */
export function courierInput(id: string): HTMLInputElement {
  return h('input', {
    id,
    class: 'courier__input',
    type: 'text',
    role: 'combobox',
    'aria-controls': `${id}-list`,
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-label': t('택배사', 'Carrier'),
    placeholder: t('택배사 검색', 'Search carriers'),
    autocomplete: 'off',
    spellcheck: 'false',
  });
}

export function dispatchFields(productOrderId: string): DispatchFields {
  const input = courierInput(`courier-${productOrderId}`);
  const courier = h('span', { class: 'courier' }, input);
  const tracking = h('input', {
    type: 'text',
    class: 'tracking',
    inputmode: 'numeric',
    'aria-label': t('운송장 번호', 'Tracking number'),
    placeholder: t('운송장 번호', 'Tracking number'),
    autocomplete: 'off',
    maxlength: '40',
  });
  const button = h('button', { type: 'button', class: 'btn btn--primary' });
  const fields = h('span', { class: 'dispatch__fields' }, courier, tracking, button);
  const el = h('div', { class: 'dispatch', 'data-role': 'dispatch-form' }, fields);
  return { el, fields, courier, courierInput: input, tracking, button };
}

/** The courier a form starts with: the draft's, or the failed dispatch's when it is tried again. */
export function startingCourier(item: ItemView, key: string): string | undefined {
  return item.draft.courierCode ?? (key !== 'dispatch' ? item.progress?.courierCode : undefined);
}

/** The button's text: what it does now. */
export function dispatchButtonLabel(item: ItemView, retry: boolean): string {
  if (item.busy) return t('보내는 중…', 'Sending…');
  return retry ? t('다시 시도', 'Retry') : t('배송 처리', 'Dispatch');
}

/**
 * A form drawn before the form script is there: it shows what the form will, asks for the script when the
 * seller comes near it (pointer over it, focus in it), and keeps a press of its button (or Enter in the tracking
 * number) for the form to send once it has taken over.
 */
export interface DispatchSketch {
  /** `dispatch`, or `retry-<action id>`: as the form's key */
  readonly key: string;
  readonly parts: DispatchFields;
  /**
   * the courier it was drawn to start with (its name comes with the form script, asked for at once): the form
   * starts with it, not with a courier chosen since, so that taking over changes nothing the seller sees
   */
  readonly courierCode: string | undefined;
  /** the seller's press of the button (or Enter) before the form script arrived */
  readonly pending: Event | undefined;
  update(item: ItemView): void;
  /** the form has taken the elements over: this sketch does nothing any more */
  adopted(): void;
}

export function dispatchSketch(
  item: ItemView,
  key: string,
  actions: Pick<OverlayActions, 'setDraft'>,
  wantForm: () => void,
): DispatchSketch {
  const id = item.brief.productOrderId;
  const parts = dispatchFields(id);
  const retry = key !== 'dispatch';
  // the tracking number typed so far (in this row drawn before, if the page drew its rows again)
  parts.tracking.value = item.draft.trackingNumber || (retry ? (item.progress?.trackingNumber ?? '') : '');
  let pending: Event | undefined;
  let live = true;
  // kept by the controller as the form would: the page may draw its rows again before the form comes
  parts.tracking.addEventListener('input', () => {
    if (live) actions.setDraft(id, { trackingNumber: parts.tracking.value });
  });
  const want = () => live && wantForm();
  const press = (e: Event) => {
    if (!live) return;
    pending = e;
    wantForm();
  };
  parts.el.addEventListener('pointerover', want);
  parts.el.addEventListener('focusin', want);
  parts.button.addEventListener('click', press);
  parts.tracking.addEventListener('keydown', (e) => {
    if (live && e.key === 'Enter' && !e.isComposing) {
      e.preventDefault();
      press(e);
    }
  });
  const sketch: DispatchSketch = {
    key,
    parts,
    courierCode: startingCourier(item, key),
    get pending() {
      return pending;
    },
    update(next) {
      parts.courierInput.disabled = parts.tracking.disabled = parts.button.disabled = next.busy;
      const label = dispatchButtonLabel(next, retry);
      if (parts.button.textContent !== label) parts.button.textContent = label;
    },
    adopted() {
      live = false;
    },
  };
  sketch.update(item);
  return sketch;
}
