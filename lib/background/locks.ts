import { type LockFn, memoryLocks } from '../orders/runner';

/** Web Locks when the worker has them (they also exclude the extension's pages), in-process locks otherwise. */
export function webLocks(): LockFn {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return memoryLocks();
  const run = <T>(name: string, fn: () => Promise<T>): Promise<T | undefined> =>
    // the lib typings wrap the callback's promise once more; request resolves with the callback's value
    locks.request(name, { ifAvailable: true }, async (lock) => (lock ? await fn() : undefined)) as Promise<
      T | undefined
    >;
  const held = async () => new Set((await locks.query()).held?.flatMap((l) => (l.name ? [l.name] : [])));
  return Object.assign(run, { held });
}
