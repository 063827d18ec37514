import { type LockFn, memoryLocks } from '../orders/runner';

/** Web Locks when the worker has them (they also exclude the extension's pages), in-process locks otherwise. */
export function webLocks(): LockFn {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return memoryLocks();
  return async (name, fn) =>
    locks.request(name, { ifAvailable: true }, async (lock) => (lock ? await fn() : undefined));
}
