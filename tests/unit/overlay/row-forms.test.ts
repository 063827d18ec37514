import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatchForm } from '../../../components/overlay/row/dispatch-form';
import { rowForms } from '../../../components/overlay/row-forms';
import type { OrdersForm } from '../../../components/overlay/ui-contract';
import { validateDispatch } from '../../../lib/overlay/validation';

/** The rows' 배송 처리 form comes with a script loaded on demand; the rows that need it wait for it together. */

const FORM: OrdersForm = { dispatchForm, dispatchCheck: validateDispatch };

afterEach(() => {
  vi.useRealTimers();
});

describe('the rows’ dispatch form, loaded on demand', () => {
  it('loads once; the check is handed over before the waiting rows are drawn again', async () => {
    const order: string[] = [];
    let loads = 0;
    const forms = rowForms(
      async () => {
        loads++;
        return FORM;
      },
      () => order.push('check'),
      () => order.push('error'),
    );
    expect(forms.maker()).toBeUndefined();
    forms.whenReady(() => order.push('row 1'));
    forms.whenReady(() => order.push('row 2'));
    await vi.waitFor(() => expect(order).toEqual(['check', 'row 1', 'row 2']));
    expect(forms.maker()).toBe(dispatchForm);
    forms.whenReady(() => order.push('row 3'));
    expect(order.at(-1)).toBe('row 3');
    expect(loads).toBe(1);
  });

  it('a failed load is tried again later while rows wait; a row that went away is not drawn', async () => {
    vi.useFakeTimers();
    const drawn: string[] = [];
    const errors: unknown[] = [];
    let attempt = 0;
    const forms = rowForms(
      async () => {
        if (attempt++ === 0) throw new Error('offline');
        return FORM;
      },
      () => undefined,
      (e) => errors.push(e),
      1_000,
    );
    const gone = () => drawn.push('gone');
    forms.whenReady(() => drawn.push('kept'));
    forms.whenReady(gone);
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toHaveLength(1);
    expect(forms.maker()).toBeUndefined();
    forms.forget(gone);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(drawn).toEqual(['kept']);
    expect(forms.maker()).toBe(dispatchForm);
  });

  it('with nobody waiting any more, a failed load is not tried again', async () => {
    vi.useFakeTimers();
    let loads = 0;
    const forms = rowForms(
      async () => {
        loads++;
        throw new Error('offline');
      },
      () => undefined,
      () => undefined,
      1_000,
    );
    const paint = () => undefined;
    forms.whenReady(paint);
    await vi.advanceTimersByTimeAsync(0);
    forms.forget(paint);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(loads).toBe(1);
  });
});
