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

export function nearViewport(margin = '300px'): NearViewport {
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
