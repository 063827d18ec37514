import { browser } from 'wxt/browser';
import { logProblem } from './log';

/**
 * What the order overlay's code on a seller page needs to know of its extension: whether it is still the
 * extension's (an update or a reload of the extension leaves the scripts already in a page cut off from it), and
 * what to stop then. The order content script is a loader of its own (entrypoints/orders-loader.ts), so it makes
 * this small one instead of WXT's content-script context (about 1 kB of every seller page, and a few promise
 * hops before anything starts).
 */
export interface PageContext {
  /** the extension is gone from under this page (checked as it is read); the invalidation callbacks run once */
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): void;
  /** `setTimeout`, skipped once the extension is gone */
  setTimeout(cb: () => void, ms: number): void;
  /** stops everything that asked to be told (the extension is gone; tests) */
  invalidate(): void;
}

export function pageContext(): PageContext {
  const callbacks: Array<() => void> = [];
  let invalid = false;
  const ctx: PageContext = {
    get isInvalid() {
      // a script cut off from its extension has no runtime id any more
      if (!invalid && !browser.runtime?.id) ctx.invalidate();
      return invalid;
    },
    onInvalidated(cb) {
      if (invalid) cb();
      else callbacks.push(cb);
    },
    setTimeout(cb, ms) {
      setTimeout(() => {
        if (!ctx.isInvalid) cb();
      }, ms);
    },
    invalidate() {
      if (invalid) return;
      invalid = true;
      // each is told, whatever another one does
      for (const cb of callbacks.splice(0)) {
        try {
          cb();
        } catch (e) {
          logProblem('could not stop after the extension went', e);
        }
      }
    },
  };
  return ctx;
}
