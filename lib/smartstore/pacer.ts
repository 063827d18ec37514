/**
 * Paces calls per API from the gateway's `GNCP-GW-RateLimit-*` headers (reference §2.5) so that a long run
 * stays under the token bucket instead of provoking 429s. Until an API has answered once, calls are not held.
 * The model is a local token bucket, corrected by the server's `Remaining` after every response.
 */

export const RATE_HEADERS = {
  replenishRate: 'GNCP-GW-RateLimit-Replenish-Rate',
  burstCapacity: 'GNCP-GW-RateLimit-Burst-Capacity',
  remaining: 'GNCP-GW-RateLimit-Remaining',
} as const;

interface Bucket {
  rate: number;
  burst: number;
  tokens: number;
  at: number;
}

export interface PacerOptions {
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface Pacer {
  /** Waits until one call of `apiId` fits the bucket; returns the time waited (ms). */
  acquire(apiId: string): Promise<number>;
  /** Time (ms) `acquire` would wait now, without taking a token. */
  waitFor(apiId: string): number;
  /** Updates the model from a response's headers. */
  observe(apiId: string, headers: Headers): void;
  /** A 429 came back: the bucket is empty now. */
  exhausted(apiId: string): void;
  snapshot(apiId: string): Readonly<Bucket> | undefined;
}

export const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createPacer(opts: PacerOptions = {}): Pacer {
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? defaultSleep;
  const buckets = new Map<string, Bucket>();

  function refill(b: Bucket): void {
    const t = now();
    b.tokens = Math.min(b.burst, b.tokens + ((t - b.at) / 1000) * b.rate);
    b.at = t;
  }

  function waitFor(apiId: string): number {
    const b = buckets.get(apiId);
    if (!b) return 0;
    refill(b);
    return b.tokens >= 1 ? 0 : Math.ceil(((1 - b.tokens) / b.rate) * 1000);
  }

  return {
    waitFor,
    async acquire(apiId) {
      const wait = waitFor(apiId);
      if (wait > 0) await sleep(wait);
      const b = buckets.get(apiId);
      if (b) {
        refill(b);
        b.tokens = Math.max(0, b.tokens - 1);
      }
      return wait;
    },
    observe(apiId, headers) {
      const rate = Number(headers.get(RATE_HEADERS.replenishRate));
      const burst = Number(headers.get(RATE_HEADERS.burstCapacity));
      const remainingRaw = headers.get(RATE_HEADERS.remaining);
      if (!(rate > 0) || remainingRaw === null) return;
      const remaining = Number(remainingRaw);
      if (!Number.isFinite(remaining)) return;
      const cap = burst > 0 ? burst : rate;
      const existing = buckets.get(apiId);
      if (existing) {
        refill(existing);
        existing.rate = rate;
        existing.burst = cap;
        // The server is the authority when it has less left than we think (other callers share the bucket).
        existing.tokens = Math.min(existing.tokens, remaining, cap);
      } else {
        buckets.set(apiId, { rate, burst: cap, tokens: Math.min(remaining, cap), at: now() });
      }
    },
    exhausted(apiId) {
      const b = buckets.get(apiId);
      if (b) {
        b.tokens = 0;
        b.at = now();
      } else {
        // Unknown limit: assume one call per second until headers tell more.
        buckets.set(apiId, { rate: 1, burst: 1, tokens: 0, at: now() });
      }
    },
    snapshot(apiId) {
      const b = buckets.get(apiId);
      return b ? { ...b } : undefined;
    },
  };
}
