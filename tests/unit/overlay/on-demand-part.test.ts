import { afterEach, describe, expect, it, vi } from 'vitest';
import { onDemandPart } from '../../../components/overlay/on-demand-part';
import { dispatchForm } from '../../../components/overlay/row/dispatch-form';
import type { OrdersForm } from '../../../components/overlay/ui-contract';
import { validateDispatch } from '../../../lib/overlay/validation';

/**
 * The overlay's parts loaded on demand (here the rows' 배송 처리 form): what needs one waits for it, and is drawn
 * together with the rest when it arrives.
 */

const FORM: OrdersForm = { dispatchForm, dispatchCheck: validateDispatch };

afterEach(() => {
  vi.useRealTimers();
});

describe('a part of the overlay loaded on demand', () => {
  it('loads once; the check is handed over before the waiting rows are drawn again', async () => {
    const order: string[] = [];
    let loads = 0;
    const forms = onDemandPart(
      async () => {
        loads++;
        return FORM;
      },
      () => order.push('check'),
      () => order.push('error'),
    );
    expect(forms.get()).toBeUndefined();
    forms.whenReady(() => order.push('row 1'));
    forms.whenReady(() => order.push('row 2'));
    await vi.waitFor(() => expect(order).toEqual(['check', 'row 1', 'row 2']));
    expect(forms.get()).toBe(FORM);
    forms.whenReady(() => order.push('row 3'));
    expect(order.at(-1)).toBe('row 3');
    expect(loads).toBe(1);
  });

  it('a failed load is tried again later while rows wait; a row that went away is not drawn', async () => {
    vi.useFakeTimers();
    const drawn: string[] = [];
    const errors: unknown[] = [];
    let attempt = 0;
    const forms = onDemandPart(
      async () => {
        if (attempt++ === 0) throw new Error('offline');
        return FORM;
      },
      () => undefined,
      (e: unknown) => errors.push(e),
      1_000,
    );
    const gone = () => drawn.push('gone');
    forms.whenReady(() => drawn.push('kept'));
    forms.whenReady(gone);
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toHaveLength(1);
    expect(forms.get()).toBeUndefined();
    forms.forget(gone);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(drawn).toEqual(['kept']);
    expect(forms.get()).toBe(FORM);
  });

  it('with nobody waiting any more, a failed load is not tried again', async () => {
    vi.useFakeTimers();
    let loads = 0;
    const forms = onDemandPart(
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

  it('of two drawings under one key before it arrives, only the latest runs', async () => {
    const drawn: string[] = [];
    const layer = {};
    const forms = onDemandPart(
      async () => FORM,
      () => undefined,
      () => undefined,
    );
    forms.whenReady(() => drawn.push('first'), layer);
    forms.whenReady(() => drawn.push('latest'), layer);
    await vi.waitFor(() => expect(drawn).toEqual(['latest']));
  });
});
