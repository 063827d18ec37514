export interface RateLimitConfig {
  replenishRate: number;
  burstCapacity: number;
}

export interface RateDecision {
  allowed: boolean;
  headers: Record<string, string>;
}

interface Bucket {
  tokens: number;
  at: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitConfig = { replenishRate: 10, burstCapacity: 20 };

/**
 * Token buckets per (clientId, api id) (reference §2.5): capacity = burstCapacity, refilled continuously at
 * replenishRate per second of the emulator clock. A 429 carries no Retry-After header (UNCONFIRMED whether
 * Naver sends one; the strict reading leaves clients with the GNCP-GW-RateLimit-* headers only).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private defaults: RateLimitConfig;
  private overrides = new Map<string, RateLimitConfig>();

  constructor(
    private readonly initialDefaults: RateLimitConfig = DEFAULT_RATE_LIMIT,
    private readonly initialOverrides: Record<string, RateLimitConfig> = {},
  ) {
    this.defaults = { ...initialDefaults };
    this.overrides = new Map(Object.entries(initialOverrides).map(([k, v]) => [k, { ...v }]));
  }

  configFor(apiId: string): RateLimitConfig {
    return this.overrides.get(apiId) ?? this.defaults;
  }

  /** `'*'` sets the default for every API without an override and clears the overrides. */
  set(apiId: string, config: RateLimitConfig): void {
    assertConfig(config);
    if (apiId === '*') {
      this.defaults = { ...config };
      this.overrides.clear();
      this.buckets.clear();
      return;
    }
    this.overrides.set(apiId, { ...config });
    for (const key of this.buckets.keys()) if (key.endsWith(`|${apiId}`)) this.buckets.delete(key);
  }

  take(clientId: string, apiId: string, now: number): RateDecision {
    const config = this.configFor(apiId);
    const key = `${clientId}|${apiId}`;
    const bucket = this.buckets.get(key) ?? { tokens: config.burstCapacity, at: now };
    const elapsedS = Math.max(0, now - bucket.at) / 1000;
    bucket.tokens = Math.min(config.burstCapacity, bucket.tokens + elapsedS * config.replenishRate);
    bucket.at = now;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    return {
      allowed,
      headers: {
        'GNCP-GW-RateLimit-Replenish-Rate': String(config.replenishRate),
        'GNCP-GW-RateLimit-Burst-Capacity': String(config.burstCapacity),
        'GNCP-GW-RateLimit-Remaining': String(Math.floor(bucket.tokens)),
      },
    };
  }

  reset(): void {
    this.defaults = { ...this.initialDefaults };
    this.overrides = new Map(Object.entries(this.initialOverrides).map(([k, v]) => [k, { ...v }]));
    this.buckets.clear();
  }
}

function assertConfig(config: RateLimitConfig): void {
  if (!(config.replenishRate > 0) || !(config.burstCapacity >= 1)) {
    throw new Error('replenishRate must be > 0 and burstCapacity ≥ 1');
  }
}
