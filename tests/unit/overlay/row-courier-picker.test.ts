// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CourierPicker, courierPicker } from '../../../components/overlay/courier-picker';
import { courierInput } from '../../../components/overlay/row/dispatch-fields';

/** The plain-DOM courier picker shared by the row controls and the 선택 배송 처리 dialog. */

let picker: CourierPicker | undefined;
afterEach(() => {
  picker?.destroy();
  picker = undefined;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function make(value?: string) {
  const el = document.createElement('span');
  document.body.append(el);
  const onChange = vi.fn();
  picker = courierPicker(el, { id: 'courier-1', value, onChange });
  const input = picker.input;
  const list = () => el.querySelector<HTMLElement>('[role="listbox"]');
  const options = () => [...el.querySelectorAll<HTMLElement>('[role="option"]')];
  return { el, input, onChange, list, options };
}

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function key(input: HTMLInputElement, k: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init });
  input.dispatchEvent(e);
  return e;
}

const blur = (input: HTMLInputElement) => input.dispatchEvent(new Event('blur'));

describe('courier picker', () => {
  it('is a combobox with only its input until it is used', () => {
    const { el, input, list } = make();
    expect(el.className).toBe('courier');
    expect(el.children).toHaveLength(1);
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-label')).toBe('택배사');
    expect(input.getAttribute('aria-controls')).toBe('courier-1-list');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('placeholder')).toBe('택배사 검색');
    expect(list()).toBeNull();
    input.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(list()?.getAttribute('aria-label')).toBe('택배사 목록');
    expect(input.getAttribute('aria-expanded')).toBe('true');
  });

  it('finds couriers by name, alias or code, eight at most; an exact match picks at once', () => {
    const { input, onChange, options } = make();
    type(input, '택배');
    expect(options().length).toBe(8);
    expect(onChange).toHaveBeenLastCalledWith(undefined);
    type(input, '로젠');
    expect(options().map((o) => o.dataset.code)).toEqual(['KGB']);
    expect(onChange).toHaveBeenLastCalledWith('KGB');
    type(input, 'hyundai');
    expect(onChange).toHaveBeenLastCalledWith('HYUNDAI');
    expect(options()[0]?.textContent).toBe('롯데택배HYUNDAI');
  });

  it('arrows move through the list, Enter picks, Escape closes', () => {
    const { input, onChange, list, options } = make();
    type(input, '택배');
    const codes = options().map((o) => o.dataset.code);
    expect(key(input, 'ArrowDown').defaultPrevented).toBe(true);
    key(input, 'ArrowDown');
    key(input, 'ArrowDown');
    key(input, 'ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).toBe(`courier-1-list-${codes[2]}`);
    expect(options()[2]?.getAttribute('aria-selected')).toBe('true');
    expect(options()[2]?.classList.contains('is-active')).toBe(true);
    expect(options().filter((o) => o.classList.contains('is-active'))).toHaveLength(1);
    // a key pressed while an IME composes is the IME's
    key(input, 'ArrowDown', { isComposing: true });
    expect(input.getAttribute('aria-activedescendant')).toBe(`courier-1-list-${codes[2]}`);

    const enter = key(input, 'Enter');
    expect(enter.defaultPrevented).toBe(true);
    expect(onChange).toHaveBeenLastCalledWith(codes[2]);
    expect(list()).toBeNull();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);

    // with the list closed Enter is left alone (a form around it may use it)
    expect(key(input, 'Enter').defaultPrevented).toBe(false);
    key(input, 'ArrowDown');
    expect(list()).not.toBeNull();
    expect(input.getAttribute('aria-activedescendant')).toBe(`courier-1-list-${options()[0]?.dataset.code}`);
    expect(key(input, 'Escape').defaultPrevented).toBe(true);
    expect(list()).toBeNull();
    expect(key(input, 'Escape').defaultPrevented).toBe(false);
  });

  it('a press on an option keeps the focus in the input; a click picks it', () => {
    const { input, onChange, list, options } = make();
    type(input, '대한');
    const option = options()[1]!;
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    option.firstElementChild!.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    option.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(option.getAttribute('aria-selected')).toBe('true');
    expect(options()[1]).toBe(option); // hovering patches the list, it does not rebuild it under the pointer
    option.click();
    expect(onChange).toHaveBeenLastCalledWith(option.dataset.code);
    expect(input.value).toBe(option.firstElementChild?.textContent);
    expect(list()).toBeNull();
  });

  it('on blur: the chosen courier’s name comes back, the only match is picked, an unclear text stays', () => {
    const chosen = make();
    type(chosen.input, 'kgb');
    blur(chosen.input);
    expect(chosen.input.value).toBe('로젠택배');
    expect(chosen.list()).toBeNull();
    picker?.destroy();

    const only = make();
    type(only.input, '우체');
    expect(only.onChange).toHaveBeenLastCalledWith(undefined);
    blur(only.input);
    expect(only.onChange).toHaveBeenLastCalledWith('EPOST');
    expect(only.input.value).toBe('우체국택배');
    picker?.destroy();

    const unclear = make();
    type(unclear.input, '대한');
    blur(unclear.input);
    expect(unclear.onChange).toHaveBeenLastCalledWith(undefined);
    expect(unclear.input.value).toBe('대한');
  });

  it('the list is placed in the viewport, and opens upwards near the bottom of the window', () => {
    const { input, list } = make();
    const rect = (top: number) =>
      vi.spyOn(input, 'getBoundingClientRect').mockReturnValue({
        left: 40,
        top,
        bottom: top + 26,
        right: 148,
        width: 108,
        height: 26,
        x: 40,
        y: top,
        toJSON: () => ({}),
      } as DOMRect);
    rect(100);
    type(input, '택배');
    expect(list()?.style.left).toBe('40px');
    expect(list()?.style.top).toBe('128px');
    expect(list()?.style.minWidth).toBe('180px');
    expect(list()?.style.bottom).toBe('');
    key(input, 'Escape');

    rect(window.innerHeight - 60);
    type(input, '택배');
    expect(list()?.style.top).toBe('');
    expect(list()?.style.bottom).toBe('62px');
    // the page scrolls under the open list: it follows its input
    rect(300);
    window.dispatchEvent(new Event('scroll'));
    expect(list()?.style.top).toBe('328px');
  });

  it('takes over an input drawn before it, where it is: its focus kept, what was typed searched', () => {
    const el = document.createElement('span');
    const drawn = courierInput('courier-1');
    el.append(drawn);
    document.body.append(el);
    drawn.focus();
    drawn.value = '롯데';
    const onChange = vi.fn();
    picker = courierPicker(el, { id: 'courier-1', value: undefined, onChange }, drawn);
    expect(picker.input).toBe(drawn);
    expect(document.activeElement).toBe(drawn);
    expect(drawn.value).toBe('롯데');
    expect(onChange).toHaveBeenLastCalledWith('HYUNDAI');
    expect(el.querySelector('[role="option"]')?.getAttribute('data-code')).toBe('HYUNDAI');
    expect(drawn.getAttribute('aria-expanded')).toBe('true');
  });

  it('an adopted input the seller already left: its only match is chosen, as on leaving it', () => {
    const el = document.createElement('span');
    const drawn = courierInput('courier-1');
    el.append(drawn);
    document.body.append(el);
    drawn.value = 'cj';
    const onChange = vi.fn();
    picker = courierPicker(el, { id: 'courier-1', value: undefined, onChange }, drawn);
    expect(onChange).toHaveBeenLastCalledWith('CJGLS');
    expect(drawn.value).toBe('CJ대한통운');
    expect(el.querySelector('[role="listbox"]')).toBeNull();
  });

  it('update: a value from outside shows its name; error and disabled are shown', () => {
    const { el, input, onChange } = make('CJGLS');
    expect(input.value).toBe('CJ대한통운');
    picker!.update({ value: 'HYUNDAI' });
    expect(input.value).toBe('롯데택배');
    expect(onChange).not.toHaveBeenCalled();
    picker!.update({ error: '택배사를 선택해 주세요.', disabled: true });
    expect(el.className).toBe('courier has-error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.disabled).toBe(true);
    picker!.update({ error: undefined, disabled: false });
    expect(el.className).toBe('courier');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.disabled).toBe(false);
    picker!.update({ label: '일괄 적용할 택배사' });
    expect(input.getAttribute('aria-label')).toBe('일괄 적용할 택배사');
  });

  it('destroy: closes the list, drops its window listeners and ignores later events', () => {
    const { input, onChange, list } = make();
    const unlisten = vi.spyOn(window, 'removeEventListener');
    type(input, '택배');
    picker!.destroy();
    expect(list()).toBeNull();
    expect(unlisten).toHaveBeenCalledWith('scroll', expect.any(Function), true);
    onChange.mockClear();
    type(input, '로젠');
    blur(input);
    expect(onChange).not.toHaveBeenCalled();
    expect(list()).toBeNull();
  });

  it('destroy after the page threw the row away with the list open still drops the window listeners', () => {
    const { el, input } = make();
    const unlisten = vi.spyOn(window, 'removeEventListener');
    type(input, '택배');
    el.remove();
    picker!.destroy();
    expect(unlisten).toHaveBeenCalledWith('scroll', expect.any(Function), true);
    expect(unlisten).toHaveBeenCalledWith('resize', expect.any(Function));
  });
});
