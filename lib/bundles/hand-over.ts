/**
 * How two separately built scripts of one JS context find each other: the script loaded second publishes what it
 * offers under a name on the global object, and the one that loaded it reads it there. Used where a bundle is
 * loaded on demand (the order overlay's drawing half, the service worker's language builds).
 */
export interface HandOver<T> {
  publish(value: T): void;
  /** what was published, if anything */
  take(): T | undefined;
}

export function handOver<T>(name: string): HandOver<T> {
  const slot = globalThis as unknown as Record<string, T | undefined>;
  return {
    publish: (value) => {
      slot[name] = value;
    },
    take: () => slot[name],
  };
}
