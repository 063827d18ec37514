// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { dispatchFields } from '../../../components/overlay/row/dispatch-fields';

describe("a row's 배송 처리 form elements", () => {
  it('are the courier combobox, the tracking number and the button, named for screen readers', () => {
    const f = dispatchFields('2026112700000001');
    expect(f.el.getAttribute('data-role')).toBe('dispatch-form');
    expect(f.courier.contains(f.courierInput)).toBe(true);
    expect(f.courierInput.id).toBe('courier-2026112700000001');
    expect(f.courierInput.getAttribute('role')).toBe('combobox');
    expect(f.courierInput.getAttribute('aria-label')).toBe('택배사');
    expect(f.tracking.getAttribute('aria-label')).toBe('운송장 번호');
    expect(f.tracking.maxLength).toBe(40);
    expect(f.button.type).toBe('button');
    expect([...f.fields.children]).toEqual([f.courier, f.tracking, f.button]);
  });

  it('are made anew for every row: what one row holds never shows in another', () => {
    const a = dispatchFields('1');
    a.tracking.value = '123456789012';
    a.courierInput.readOnly = true;
    a.button.textContent = '배송 처리';
    const b = dispatchFields('2');
    expect(b.el).not.toBe(a.el);
    expect(b.courierInput.id).toBe('courier-2');
    expect(a.courierInput.id).toBe('courier-1');
    expect(b.tracking.value).toBe('');
    expect(b.courierInput.readOnly).toBe(false);
    expect(b.button.textContent).toBe('');
  });
});
