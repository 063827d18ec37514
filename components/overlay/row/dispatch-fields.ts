import { perLocale, t } from '../../../lib/i18n';
import type { ItemView, OverlayActions } from '../../../lib/overlay/model';
import { isTrustedEvent } from '../../../lib/overlay/trusted';
import { attr, h, sync } from './dom';

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

/** The courier combobox's input; the picker (courier-picker.ts) adds what ties it to its list. */
export function courierInput(id: string): HTMLInputElement {
  return h('input', {
    id,
    class: 'courier__input',
    type: 'text',
    role: 'combobox',
    'aria-label': t('택배사', 'Carrier'),
    placeholder: t('택배사 검색', 'Search carriers'),
    autocomplete: 'off',
  });
}

/** The form's elements as a row first shows them, made once (per language): each row's form is one copy of it. */
const template = perLocale((): HTMLElement => {
  const courier = h('span', { class: 'courier' }, courierInput(''));
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
  return h('div', { class: 'dispatch', 'data-role': 'dispatch-form' }, fields);
});

/**
 * A row's 배송 처리 form elements: a copy of the template (a page of items to ship draws dozens at once; one
 * native copy costs a fraction of making each element and attribute in turn).
 */
export function dispatchFields(productOrderId: string): DispatchFields {
  const el = template().cloneNode(true) as HTMLElement;
  const fields = el.firstElementChild as HTMLElement;
  const courier = fields.firstElementChild as HTMLElement;
  const input = courier.firstElementChild as HTMLInputElement;
  const tracking = courier.nextElementSibling as HTMLInputElement;
  const button = tracking.nextElementSibling as HTMLButtonElement;
  input.id = `courier-${productOrderId}`;
  return { el, fields, courier, courierInput: input, tracking, button };
}

/** The courier a form starts with: the draft's, or the failed dispatch's when it is tried again. */
export function startingCourier(item: ItemView, key: string): string | undefined {
  return item.draft.courierCode ?? (key !== 'dispatch' ? item.progress?.courierCode : undefined);
}

/** The tracking number a form starts with: the draft's, or the failed dispatch's when it is tried again. */
export function startingTracking(item: ItemView, key: string): string {
  return item.draft.trackingNumber || (key !== 'dispatch' ? (item.progress?.trackingNumber ?? '') : '');
}

/** The button's text: what it does now. */
export function dispatchButtonLabel(item: ItemView, retry: boolean): string {
  if (item.busy) return t('보내는 중…', 'Sending…');
  return retry ? t('다시 시도', 'Retry') : t('배송 처리', 'Dispatch');
}

/**
 * A press made before the form script is there waits this long for it (it comes within a few dozen ms); after
 * that the press is dropped, said so, and the button can be pressed again: a dispatch never goes out long after
 * the seller stopped waiting for it.
 */
export const PRESS_WAIT_MS = 8_000;

/**
 * A form drawn before the form script is there: it shows what the form will, asks for the script when the
 * seller comes near it (pointer over it, focus in it), and keeps the seller's press of its button (or Enter in the
 * tracking number) for the form to send once it has taken over: the button waits meanwhile.
 */
export interface DispatchSketch {
  /** `dispatch`, or `retry-<action id>`: as the form's key */
  readonly key: string;
  readonly parts: DispatchFields;
  /**
   * the courier it was drawn to start with (its name comes with the form script, asked for at once; the input
   * takes no typing until then): the form starts with it, not with a courier chosen since, so that taking over
   * changes nothing the seller sees
   */
  readonly courierCode: string | undefined;
  /** the seller's press of the button (or Enter) before the form script arrived, while it still waits */
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
  const courierCode = startingCourier(item, key);
  parts.courierInput.readOnly = !!courierCode;
  // the tracking number typed so far (in this row drawn before, if the page drew its rows again)
  parts.tracking.value = startingTracking(item, key);
  let latest = item;
  let pending: Event | undefined;
  let expiry: ReturnType<typeof setTimeout> | undefined;
  let problem: HTMLElement | undefined;
  let live = true;
  const show = () => {
    parts.courierInput.disabled = parts.tracking.disabled = latest.busy;
    parts.button.disabled = latest.busy || !!pending;
    attr(parts.el, 'aria-busy', !!pending && 'true');
    const label = dispatchButtonLabel(latest, retry);
    if (parts.button.textContent !== label) parts.button.textContent = label;
    sync(parts.el, problem ? [parts.fields, problem] : [parts.fields]);
  };
  // kept by the controller as the form would: the page may draw its rows again before the form comes
  parts.tracking.addEventListener('input', () => {
    if (live) actions.setDraft(id, { trackingNumber: parts.tracking.value });
  });
  const want = () => live && wantForm();
  const press = (e: Event) => {
    // only the seller's own press is kept (the controller would refuse another anyway)
    if (!live || pending || !isTrustedEvent(e)) return;
    pending = e;
    problem = undefined;
    expiry = setTimeout(() => {
      if (!live) return;
      pending = undefined;
      problem = h(
        'span',
        { class: 'problem', role: 'alert' },
        t('보내지 못했습니다. 다시 눌러 주세요.', 'Not sent. Press again.'),
      );
      show();
    }, PRESS_WAIT_MS);
    show();
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
    courierCode,
    get pending() {
      return pending;
    },
    update(next) {
      latest = next;
      if (live) show();
    },
    adopted() {
      live = false;
      if (expiry !== undefined) clearTimeout(expiry);
      parts.courierInput.readOnly = false;
      parts.el.removeAttribute('aria-busy');
    },
  };
  show();
  return sketch;
}
