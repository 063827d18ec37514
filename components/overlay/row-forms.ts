import type { DispatchFormMaker } from './row/dispatch-form';
import type { OrdersForm } from './ui-contract';

/**
 * The rows' dispatch form: `maker()` once the form script is there; `whenReady(paint)` loads it and draws the
 * rows that waited for it, together, when it arrives (a failed load is tried again by the next row that asks).
 */
export interface RowForms {
  maker(): DispatchFormMaker | undefined;
  whenReady(paint: () => void): void;
  /** a row that went away before the form script arrived */
  forget(paint: () => void): void;
}

/** After a failed load of the form script, the rows waiting for it ask again this much later, a few times. */
const FORM_RETRY_MS = 3_000;
const FORM_RETRIES = 5;

export function rowForms(
  loadForm: () => Promise<OrdersForm>,
  onLoaded: (form: OrdersForm) => void,
  onError: (e: unknown) => void,
  retryMs = FORM_RETRY_MS,
): RowForms {
  let loaded: OrdersForm | undefined;
  let loading = false;
  const waiting = new Set<() => void>();
  let failures = 0;
  const load = () => {
    if (loading || waiting.size === 0) return;
    loading = true;
    loadForm().then(
      (form) => {
        loaded = form;
        onLoaded(form);
        const paints = [...waiting];
        waiting.clear();
        for (const p of paints) p();
      },
      (e: unknown) => {
        loading = false;
        onError(e);
        // the rows keep their placeholder meanwhile (see row/item-controls.ts); a row drawn again asks again too
        if (++failures <= FORM_RETRIES) setTimeout(load, retryMs);
      },
    );
  };
  return {
    maker: () => loaded?.dispatchForm,
    whenReady(paint) {
      if (loaded) return paint();
      waiting.add(paint);
      load();
    },
    forget: (paint) => void waiting.delete(paint),
  };
}
