import type { NearGate } from '../../lib/overlay/row-watcher';

/**
 * Tells when an element comes near the viewport (within `margin` above or below it, a CSS length): one shared
 * IntersectionObserver for all of them. Rows far down a long list get their controls when the seller scrolls
 * towards them, not all at page load. (Every browser that runs MV3 extensions has IntersectionObserver.)
 */
export interface NearViewport {
  /** `onNear` runs once, the first time `el` is near the viewport; the returned function cancels it */
  watch(el: Element, onNear: () => void): () => void;
  disconnect(): void;
}

/** How near the viewport a row's controls are drawn: about ten rows, before a turn of the wheel brings them in. */
export const DRAW_MARGIN_PX = 300;

export function nearViewport(margin = `${DRAW_MARGIN_PX}px`): NearViewport {
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
 * viewport (or of the edge of a scrolling box they sit in), reported together as the observer sees them. Lighter
 * than `nearViewport` (nothing kept per table row but the observation), for the hundreds of rows of a long list.
 * `close` hears of the rows that were already within `closePx` of the viewport when they came: their controls can
 * be drawn as soon as they are known, without waiting for the drawing observer.
 *
 * A grid row that is not a table row may have no box of its own (`display: contents`): its first cell is watched
 * too. In a tab in the background the browser reports nothing until the tab is shown, so there the rows within
 * two screens of the top of the page are found by their position instead: their orders are looked up before the
 * seller looks.
 */
export function nearGate(
  margin: string,
  closePx: number,
  close: (row: Element) => void,
): (onNear: (rows: readonly Element[]) => void) => NearGate {
  return (onNear) => {
    /** a grid row's first cell, watched for it */
    const cellOf = new Map<Element, Element>();
    const rowOf = new WeakMap<Element, Element>();
    const isClose = (box: DOMRectReadOnly) => box.bottom > -closePx && box.top < window.innerHeight + closePx;
    const release = (row: Element) => {
      observer.unobserve(row);
      const cell = cellOf.get(row);
      if (!cell) return;
      cellOf.delete(row);
      observer.unobserve(cell);
    };
    // a scroll margin also reaches past the edge of a scrolling box the row sits in, and applies to the page's
    // own scrolling as well (with a root margin too, the page would read two screens ahead); where the browser
    // has none (before Chrome 120), the root margin
    const options: IntersectionObserverInit & { scrollMargin?: string } =
      'scrollMargin' in IntersectionObserver.prototype
        ? { scrollMargin: `${margin} 0px` }
        : { rootMargin: `${margin} 0px` };
    const observer = new IntersectionObserver((entries) => {
      // a grid row and its first cell may both be in the entries: the row once
      const near = new Set<Element>();
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const row = rowOf.get(entry.target) ?? entry.target;
        if (near.has(row)) continue;
        release(row);
        near.add(row);
        if (isClose(entry.boundingClientRect)) close(row);
      }
      if (near.size > 0) onNear([...near]);
    }, options);
    // a page opened in the background: what the seller will see first is read by position
    let hidden: Element[] | undefined;
    const readHidden = () => {
      const rows = hidden ?? [];
      hidden = undefined;
      if (document.visibilityState !== 'hidden') return;
      const near = rows.filter((row) => {
        if (!row.isConnected) return false;
        const box = row.getBoundingClientRect();
        if (box.top > 2 * window.innerHeight) return false;
        release(row);
        if (isClose(box)) close(row);
        return true;
      });
      if (near.length > 0) onNear(near);
    };
    return {
      watch(row) {
        observer.observe(row);
        const cell = row.tagName === 'TR' ? null : row.firstElementChild;
        if (cell) {
          cellOf.set(row, cell);
          rowOf.set(cell, row);
          observer.observe(cell);
        }
        if (document.visibilityState !== 'hidden') return;
        if (!hidden) {
          hidden = [];
          queueMicrotask(readHidden);
        }
        hidden.push(row);
      },
      unwatch: release,
      disconnect() {
        cellOf.clear();
        hidden = undefined;
        observer.disconnect();
      },
    };
  };
}
