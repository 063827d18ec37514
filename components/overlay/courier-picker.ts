import { t } from '../../lib/i18n';
import { exactCourier, searchCouriers } from '../../lib/overlay/couriers';
import { type Courier, courierName } from '../../lib/smartstore/codes';
import { courierInput } from './row/dispatch-fields';
import { attr, h } from './row/dom';

export interface CourierPickerOptions {
  /** the input's id; the list is `${id}-list` */
  id: string;
  /** the chosen courier code */
  value: string | undefined;
  onChange: (code: string | undefined) => void;
  error?: string | undefined;
  label?: string | undefined;
  disabled?: boolean | undefined;
}

export interface CourierPicker {
  readonly input: HTMLInputElement;
  /** new options from the owner; a `value` other than the chosen one shows its name (택배사 일괄 적용) */
  update(options: Partial<Omit<CourierPickerOptions, 'id'>>): void;
  /** closes the list and drops its window listeners; later events on the input do nothing */
  destroy(): void;
}

/** the list's max-height in the overlay's stylesheet (entrypoints/orders.content/index.css) */
const LIST_HEIGHT = 240;

/**
 * A searchable courier list: type "대한통운", "cj", "롯데", "로젠", "우체국" or a code. Typing a name, alias or code
 * exactly picks it; otherwise choose from the list (arrows + Enter, or click). Built on `el` (which becomes
 * `span.courier`) with only its input: the list, its listeners and the window listeners that keep it in place
 * are made when the seller first opens it, so a row that is never touched pays for one input. Text typed into
 * an adopted input before the picker came is taken as if typed now (and left, when the focus is elsewhere).
 */
export function courierPicker(
  el: HTMLElement,
  options: CourierPickerOptions,
  /** the input already in `el`, drawn by the order script before the form script came */
  adopt?: HTMLInputElement,
): CourierPicker {
  const o = { ...options };
  const listId = `${o.id}-list`;
  let value: string | undefined;
  let query = '';
  let open = false;
  let active = 0;
  let shown: Courier[] = [];
  let gone = false;
  let list: HTMLElement | undefined;
  let listed = '';
  // an input drawn before this script arrived (row/dispatch-fields.ts) is taken over where it is: moving it
  // would lose its focus
  const input = adopt ?? courierInput(o.id);
  attr(input, 'aria-controls', listId);
  attr(input, 'aria-autocomplete', 'list');
  attr(input, 'spellcheck', 'false');
  if (input.parentNode !== el) el.replaceChildren(input);
  const typed = adopt?.value ?? '';

  // the list is placed in viewport coordinates so that a table wrapper with overflow does not clip it
  const measure = () => {
    const r = input.getBoundingClientRect();
    const s = list!.style;
    const below = innerHeight - r.bottom;
    // near the bottom of the window the list opens upwards
    const up = below < LIST_HEIGHT && r.top > below;
    s.left = `${r.left}px`;
    s.minWidth = `${Math.max(r.width, 180)}px`;
    s.top = up ? '' : `${r.bottom + 2}px`;
    s.bottom = up ? `${innerHeight - r.top + 2}px` : '';
  };
  // whether the window listeners are on: kept apart from the list being in the document, which it stops being
  // when the page throws the row away before the picker is destroyed
  let listening = false;
  const listen = (on: boolean) => {
    if (on === listening) return;
    listening = on;
    if (on) {
      window.addEventListener('scroll', measure, true);
      window.addEventListener('resize', measure);
    } else {
      window.removeEventListener('scroll', measure, true);
      window.removeEventListener('resize', measure);
    }
  };
  const optionOf = (e: Event) => (e.target as Element).closest<HTMLElement>('[role="option"]');

  const paint = () => {
    const label = o.label ?? t('택배사', 'Carrier');
    const current = shown[active];
    const showing = shown.length > 0;
    const was = !!list?.isConnected;
    attr(el, 'class', o.error ? 'courier has-error' : 'courier');
    input.disabled = !!o.disabled;
    attr(input, 'aria-label', label);
    attr(input, 'aria-expanded', String(showing));
    attr(input, 'aria-invalid', !!o.error && 'true');
    attr(input, 'aria-activedescendant', current && `${listId}-${current.code}`);
    if (!showing) {
      list?.remove();
      listen(false);
      return;
    }
    if (!list) {
      list = h('div', { class: 'courier__list', id: listId, role: 'listbox' });
      // a press on an option must not blur the input (the blur would close the list before the click)
      list.addEventListener('mousedown', (e) => optionOf(e) && e.preventDefault());
      list.addEventListener('mouseover', (e) => {
        const code = optionOf(e)?.dataset.code;
        const i = shown.findIndex((c) => c.code === code);
        if (i >= 0 && i !== active) {
          active = i;
          paint();
        }
      });
      list.addEventListener('click', (e) => {
        const code = optionOf(e)?.dataset.code;
        if (code) choose(code);
      });
    }
    attr(list, 'aria-label', t(`${label} 목록`, `${label} list`));
    const codes = shown.map((c) => c.code).join();
    if (listed !== codes) {
      listed = codes;
      list.replaceChildren(
        ...shown.map((c) =>
          h(
            'div',
            { tabindex: '-1', id: `${listId}-${c.code}`, role: 'option', 'data-code': c.code },
            h('span', null, c.name),
            h('span', { class: 'courier__code' }, c.code),
          ),
        ),
      );
    }
    shown.forEach((c, i) => {
      const option = list!.children[i]!;
      option.className = `courier__option${c === current ? ' is-active' : ''}`;
      attr(option, 'aria-selected', String(c === current));
    });
    if (!was) el.append(list);
    listen(true);
    measure();
  };

  /** opens or closes the list, with what it offers for the current query */
  const show = (on: boolean) => {
    open = on;
    shown = on ? searchCouriers(query, 8) : [];
    paint();
  };
  const setQuery = (q: string) => {
    query = input.value = q;
  };
  const emit = (code: string | undefined) => {
    value = code;
    o.onChange(code);
  };
  const choose = (code: string) => {
    setQuery(courierName(code));
    show(false);
    emit(code);
  };
  const on = <K extends keyof HTMLElementEventMap>(type: K, f: (e: HTMLElementEventMap[K]) => void) =>
    input.addEventListener(type, (e) => gone || f(e));

  on('input', () => {
    query = input.value;
    active = 0;
    show(true);
    emit(exactCourier(query)?.code);
  });
  on('click', () => open || show(true));
  /** leaving the input: the chosen courier's name comes back, or the only match of what was typed is chosen */
  const settle = () => {
    show(false);
    if (value) setQuery(courierName(value));
    else {
      const matches = query.trim() ? searchCouriers(query, 2) : [];
      if (matches.length === 1) choose(matches[0]!.code);
    }
  };
  on('blur', settle);
  on('keydown', (e) => {
    const k = e.key;
    if (e.isComposing) return;
    if (k === 'ArrowDown' || k === 'ArrowUp') {
      e.preventDefault();
      active =
        k === 'ArrowUp' ? Math.max(active - 1, 0) : Math.min(active + 1, Math.max(shown.length - 1, 0));
      show(open || k === 'ArrowDown');
    } else if (open && (k === 'Escape' || (k === 'Enter' && shown[active]))) {
      e.preventDefault();
      e.stopPropagation();
      if (k === 'Enter') choose(shown[active]!.code);
      else show(false);
    }
  });

  const picker: CourierPicker = {
    input,
    update(next) {
      if ('value' in next && next.value !== value) {
        value = next.value;
        setQuery(value ? courierName(value) : '');
        if (open) shown = searchCouriers(query, 8);
      }
      Object.assign(o, next);
      if (!gone) paint();
    },
    destroy() {
      gone = true;
      show(false);
    },
  };
  picker.update({ value: o.value });
  if (typed && !value) {
    query = input.value = typed;
    emit(exactCourier(query)?.code);
    // still typing: the list opens; already left: as if left now
    if ((input.getRootNode() as Document | ShadowRoot).activeElement === input) show(true);
    else settle();
  }
  return picker;
}
