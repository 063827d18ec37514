import type { NearGate } from '../../lib/overlay/row-watcher';

/**
 * Tells when an element comes near the viewport (within `margin` above or below it, a CSS length: 300px is
 * about ten rows, drawn before a turn of the wheel brings them in): one shared IntersectionObserver for all of
 * them. Rows far down a
 * long list get their controls when the seller scrolls towards them, not all at page load. Where
 * IntersectionObserver is missing, everything counts as near.
 */
export interface NearViewport {
  /** `onNear` runs once, the first time `el` is near the viewport; the returned function cancels it */
  watch(el: Element, onNear: () => void): () => void;
  disconnect(): void;
}

/** How near the viewport a row's controls are drawn: about ten rows, before a turn of the wheel brings them in. */
export const DRAW_MARGIN_PX = 300;

export function nearViewport(margin = `${DRAW_MARGIN_PX}px`): NearViewport {
  if (typeof IntersectionObserver !== 'function') {
    return {
      watch(_el, onNear) {
        onNear();
        return () => undefined;
      },
      disconnect() {},
    };
  }
  const pending = new Map<Element, Set<() => void>>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const waiting = pending.get(entry.target);
        pending.delete(entry.target);
        observer.unobserve(entry.target);
        for (const onNear of waiting ?? []) onNear();
      }
    },
    { rootMargin: `${margin} 0px` },
  );
  return {
    watch(el, onNear) {
      let waiting = pending.get(el);
      if (!waiting) {
        waiting = new Set();
        pending.set(el, waiting);
        observer.observe(el);
      }
      waiting.add(onNear);
      return () => {
        const set = pending.get(el);
        if (!set?.delete(onNear) || set.size > 0) return;
        pending.delete(el);
        observer.unobserve(el);
      };
    },
    disconnect() {
      pending.clear();
      observer.disconnect();
    },
  };
}

/**
 * The row watcher's gate (lib/overlay/row-watcher.ts): rows held until they come within `margin` of the
 * viewport, reported together as the observer sees them. Lighter than `nearViewport` (nothing kept per row but
 * the observation), for the hundreds of rows of a long list. `close` hears of the rows that were already within
 * `closePx` of the viewport when they came: their controls can be drawn as soon as they are known, without
 * waiting for the drawing observer. Where IntersectionObserver is missing, every row is near (and close).
 */
export function nearGate(
  margin: string,
  closePx: number,
  close: (row: Element) => void,
): (onNear: (rows: readonly Element[]) => void) => NearGate {
  return (onNear) => {
    if (typeof IntersectionObserver !== 'function') {
      let batch: Element[] = [];
      return {
        watch(row) {
          if (batch.push(row) > 1) return;
          queueMicrotask(() => {
            const rows = batch;
            batch = [];
            for (const r of rows) close(r);
            onNear(rows);
          });
        },
        unwatch(row) {
          batch = batch.filter((r) => r !== row);
        },
        disconnect() {
          batch = [];
        },
      };
    }
    const observer = new IntersectionObserver(
      (entries) => {
        const near: Element[] = [];
        const height = window.innerHeight;
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          near.push(entry.target);
          const box = entry.boundingClientRect;
          if (box.bottom > -closePx && box.top < height + closePx) close(entry.target);
        }
        if (near.length > 0) onNear(near);
      },
      { rootMargin: `${margin} 0px` },
    );
    return {
      watch: (row) => observer.observe(row),
      unwatch: (row) => observer.unobserve(row),
      disconnect: () => observer.disconnect(),
    };
  };
}
