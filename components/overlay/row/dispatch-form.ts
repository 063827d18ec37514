import type { ItemView, OverlayActions } from '../../../lib/overlay/model';
import type { DispatchProblems } from '../../../lib/overlay/validation';
import { courierPicker } from '../courier-picker';
import {
  type DispatchSketch,
  dispatchButtonLabel,
  dispatchFields,
  startingCourier,
  startingTracking,
} from './dispatch-fields';
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

export type DispatchFormMaker = (
  first: ItemView,
  actions: OverlayActions,
  key: string,
  /** the form the order script drew before this script came: its elements, and what the seller did there */
  sketch?: DispatchSketch,
) => DispatchForm;

export const dispatchForm: DispatchFormMaker = (first, actions, key, sketch) => {
  let item = first;
  const id = item.brief.productOrderId;
  /** the last dispatch of this item failed: the fix goes out through actions.retry */
  const retry = key !== 'dispatch';
  let courierCode = sketch ? sketch.courierCode : startingCourier(item, key);
  const parts = sketch?.parts ?? dispatchFields(id);
  sketch?.adopted();
  const { el, fields, button, tracking: input } = parts;
  // a drawn form's field shows what the seller sees (and typed): kept as it is
  let tracking = sketch ? input.value : startingTracking(item, key);
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

  const picker = courierPicker(
    parts.courier,
    {
      id: `courier-${id}`,
      value: courierCode,
      onChange(code) {
        if (gone) return;
        courierCode = code;
        actions.setDraft(id, { courierCode: code });
        fixed('courier');
      },
    },
    parts.courierInput,
  );
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
  button.addEventListener('click', submit);

  function paint() {
    const busy = item.busy;
    const text = [problems.courier, problems.tracking].filter(Boolean).join(' ');
    picker.update({ error: problems.courier, disabled: busy });
    attr(input, 'class', `tracking${problems.tracking ? ' has-error' : ''}`);
    attr(input, 'aria-invalid', !!problems.tracking && 'true');
    input.disabled = button.disabled = busy;
    const label = dispatchButtonLabel(item, retry);
    if (button.textContent !== label) button.textContent = label;
    sync(el, text ? [fields, h('span', { class: 'problem', role: 'alert' }, text)] : [fields]);
  }
  paint();
  // the seller pressed 배송 처리 (or Enter) in the drawn form before this script came: sent as pressed, once
  // the row holds this form (sending draws the row again)
  const pending = sketch?.pending;
  if (pending) queueMicrotask(() => submit(pending));

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
