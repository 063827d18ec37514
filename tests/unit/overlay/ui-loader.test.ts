import { afterEach, describe, expect, it } from 'vitest';
import { dispatchForm } from '../../../components/overlay/row/dispatch-form';
import {
  loadOrdersOverlay,
  type OrdersForm,
  type OrdersOverlay,
  type OrdersUi,
  ordersFormLoader,
  ordersUiLoader,
  publishOrdersForm,
  publishOrdersOverlay,
  publishOrdersUi,
} from '../../../components/overlay/ui-contract';
import { dialogActions } from '../../../lib/overlay/dialog-actions';
import { validateDispatch } from '../../../lib/overlay/validation';

const ui: OrdersUi = {
  layer: () => undefined,
  clear: () => undefined,
  dispatchCheck: validateDispatch,
  dialogs: dialogActions,
};

afterEach(() => {
  delete (globalThis as Record<string, unknown>).__sixshopLinkOrdersUi;
  delete (globalThis as Record<string, unknown>).__sixshopLinkOrdersForm;
  delete (globalThis as Record<string, unknown>).__sixshopLinkOrdersOverlay;
});

describe('the order overlay, imported by its content script', () => {
  const overlay: OrdersOverlay = { startOverlay: () => undefined };
  const noWait = async () => undefined;

  it('hands over what the script registered, after one import', async () => {
    const attempts: number[] = [];
    const got = await loadOrdersOverlay(async (attempt) => {
      attempts.push(attempt);
      publishOrdersOverlay(overlay);
    }, noWait);
    expect(got).toBe(overlay);
    expect(attempts).toEqual([0]);
  });

  it('a failed import is tried once more, after the wait, under a new attempt', async () => {
    const steps: string[] = [];
    const got = await loadOrdersOverlay(
      async (attempt) => {
        steps.push(`import ${attempt}`);
        if (attempt === 0) throw new Error('net::ERR_FILE_NOT_FOUND');
        publishOrdersOverlay(overlay);
      },
      async () => {
        steps.push('wait');
      },
    );
    expect(got).toBe(overlay);
    expect(steps).toEqual(['import 0', 'wait', 'import 1']);
  });

  it('two failures reject (the loader logs it); a script that did not register is a failure', async () => {
    let imports = 0;
    await expect(
      loadOrdersOverlay(async () => {
        imports++;
      }, noWait),
    ).rejects.toThrow(/did not register/);
    expect(imports).toBe(2);
  });

  it('an import that throws at once (the extension reloaded under the page) rejects, it does not throw', async () => {
    let result: Promise<unknown> | undefined;
    expect(() => {
      result = loadOrdersOverlay(() => {
        throw new Error('Extension context invalidated.');
      }, noWait);
    }).not.toThrow();
    await expect(result).rejects.toThrow('Extension context invalidated.');
  });
});

describe('the overlay drawing half, loaded on demand', () => {
  it('loads once for every caller and hands over what the script registered', async () => {
    let loads = 0;
    const load = ordersUiLoader(async () => {
      loads++;
      publishOrdersUi(ui);
    });
    const [a, b] = await Promise.all([load(), load()]);
    expect(await load()).toBe(ui);
    expect(a).toBe(ui);
    expect(b).toBe(ui);
    expect(loads).toBe(1);
  });

  it('a script that did not register is an error', async () => {
    const load = ordersUiLoader(async () => undefined);
    await expect(load()).rejects.toThrow(/did not register/);
  });

  it('a failed load is tried again on the next call, as a new attempt', async () => {
    const attempts: number[] = [];
    const load = ordersUiLoader(async (attempt) => {
      attempts.push(attempt);
      if (attempt === 0) throw new Error('offline');
      publishOrdersUi(ui);
    });
    await expect(load()).rejects.toThrow('offline');
    expect(await load()).toBe(ui);
    expect(await load()).toBe(ui);
    expect(attempts).toEqual([0, 1]);
  });

  it('a load that throws at once (the extension reloaded under the page) is a failed load, not a throw', async () => {
    const load = ordersUiLoader(() => {
      throw new Error('Extension context invalidated.');
    });
    let result: Promise<unknown> | undefined;
    expect(() => {
      result = load();
    }).not.toThrow();
    await expect(result).rejects.toThrow('Extension context invalidated.');
  });

  it('the dispatch form script is a part of its own: each loader takes only its own part', async () => {
    const form: OrdersForm = { dispatchForm, dispatchCheck: validateDispatch };
    const loadForm = ordersFormLoader(async () => publishOrdersForm(form));
    const loadUi = ordersUiLoader(async () => undefined);
    expect(await loadForm()).toBe(form);
    // the form script does not stand in for the drawing half
    await expect(loadUi()).rejects.toThrow(/did not register/);
  });
});
