import { t } from '../../../lib/i18n';
import type { ItemView, OverlayActions } from '../../../lib/overlay/model';
import type { DispatchProblems } from '../../../lib/overlay/validation';
import { courierPicker } from '../courier-picker';
import { attr, h, sync } from './dom';

/**
 * 배송 처리 in the row: courier and tracking number, both required and checked before anything is sent.
 * After a failure the same form sends the fix with "다시 시도".
 *
 * The form keeps what the seller typed (and the problems found) itself, and a redraw only patches it: the inputs
 * stay the same elements, so focus, caret, an open courier list and IME composition survive the row being drawn
 * again. A form for another `key` (a failed dispatch to retry) starts afresh, from the controller's draft.
 */
export interface DispatchForm {
  /** `dispatch`, or `retry-<action id>` after a failed dispatch: a new key is a new form */
  readonly key: string;
  readonly el: HTMLElement;
  update(item: ItemView): void;
  destroy(): void;
}

export type DispatchFormMaker = (first: ItemView, actions: OverlayActions, key: string) => DispatchForm;

export const dispatchForm: DispatchFormMaker = (first, actions, key) => {
  let item = first;
  const id = item.brief.productOrderId;
  /** the last dispatch of this item failed: the fix goes out through actions.retry */
  const retry = key !== 'dispatch';
  let courierCode = item.draft.courierCode ?? (retry ? item.progress?.courierCode : undefined);
  let tracking = item.draft.trackingNumber || (retry ? (item.progress?.trackingNumber ?? '') : '');
  let problems: DispatchProblems = {};
  let gone = false;

  const submit = (e: Event) => {
    if (gone) return;
    problems =
      (retry
        ? actions.retry(e, id, { ...(courierCode ? { courierCode } : {}), trackingNumber: tracking })
        : actions.dispatchItem(e, { productOrderId: id, courierCode, trackingNumber: tracking })) ?? {};
    paint();
  };
  /** a field the seller changes loses its problem */
  const fixed = (field: keyof DispatchProblems) => {
    if (problems[field]) {
      problems = { ...problems, [field]: undefined };
      paint();
    }
  };

  const courier = h('span');
  const picker = courierPicker(courier, {
    id: `courier-${id}`,
    value: courierCode,
    onChange(code) {
      if (gone) return;
      courierCode = code;
      actions.setDraft(id, { courierCode: code });
      fixed('courier');
    },
  });
  const input = h('input', {
    type: 'text',
    inputmode: 'numeric',
    'aria-label': t('운송장 번호', 'Tracking number'),
    placeholder: t('운송장 번호', 'Tracking number'),
    autocomplete: 'off',
    maxlength: '40',
  });
  input.value = tracking;
  input.addEventListener('input', () => {
    if (gone) return;
    tracking = input.value;
    actions.setDraft(id, { trackingNumber: tracking });
    fixed('tracking');
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.isComposing) {
      e.preventDefault();
      submit(e);
    }
  });
  const button = h('button', { type: 'button', class: 'btn btn--primary' });
  button.addEventListener('click', submit);
  const fields = h('span', { class: 'dispatch__fields' }, courier, input, button);
  const el = h('div', { class: 'dispatch', 'data-role': 'dispatch-form' }, fields);

  function paint() {
    const busy = item.busy;
    const text = [problems.courier, problems.tracking].filter(Boolean).join(' ');
    picker.update({ error: problems.courier, disabled: busy });
    attr(input, 'class', `tracking${problems.tracking ? ' has-error' : ''}`);
    attr(input, 'aria-invalid', !!problems.tracking && 'true');
    input.disabled = button.disabled = busy;
    const label = busy
      ? t('보내는 중…', 'Sending…')
      : retry
        ? t('다시 시도', 'Retry')
        : t('배송 처리', 'Dispatch');
    if (button.textContent !== label) button.textContent = label;
    sync(el, text ? [fields, h('span', { class: 'problem', role: 'alert' }, text)] : [fields]);
  }
  paint();

  return {
    key,
    el,
    update(next) {
      item = next;
      paint();
    },
    destroy() {
      gone = true;
      picker.destroy();
    },
  };
};
