/**
 * A part of the order overlay loaded on demand (the rows' dispatch form, the layer's drawing half): `get()` once it
 * is there; `whenReady(paint, key)` runs `paint` with it now, or loads it and runs the waiting paints together when
 * it arrives (the latest paint per key: a row or a layer drawn twice meanwhile is drawn once, as it is now). A
 * failed load is tried again a few times while something waits, and by the next `whenReady`.
 */
export interface OnDemandPart<T> {
  get(): T | undefined;
  whenReady(paint: (part: T) => void, key?: object): void;
  /** what waited under `key` went away (a row removed from the page) */
  forget(key: object): void;
}

/** After a failed load, what waits asks again this much later, a few times. */
const RETRY_MS = 3_000;
const RETRIES = 5;

export function onDemandPart<T>(
  load: () => Promise<T>,
  onLoaded: (part: T) => void,
  onError: (e: unknown) => void,
  retryMs = RETRY_MS,
): OnDemandPart<T> {
  let loaded: T | undefined;
  let loading = false;
  let failures = 0;
  const waiting = new Map<object, (part: T) => void>();
  const start = () => {
    if (loading || waiting.size === 0) return;
    loading = true;
    load().then(
      (part) => {
        loaded = part;
        onLoaded(part);
        const paints = [...waiting.values()];
        waiting.clear();
        for (const p of paints) p(part);
      },
      (e: unknown) => {
        loading = false;
        onError(e);
        if (++failures <= RETRIES) setTimeout(start, retryMs);
      },
    );
  };
  return {
    get: () => loaded,
    whenReady(paint, key = paint) {
      if (loaded !== undefined) return paint(loaded);
      waiting.set(key, paint);
      start();
    },
    forget: (key) => void waiting.delete(key),
  };
}
