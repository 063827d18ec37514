import { toCommerceError } from './error-mapping';
import { type TextResponse, textFetcher } from './http';
import { LIMITS } from './limits';
import { TokenResponseSchema } from './schemas/common';
import { signClientSecret } from './signature';

export type TokenType = 'SELF' | 'SELLER';

export interface CachedToken {
  accessToken: string;
  expiresAt: number;
}

/** Where tokens are kept between calls (and, in the extension, between service-worker restarts). */
export interface TokenStore {
  get(key: string): Promise<CachedToken | undefined>;
  set(key: string, token: CachedToken): Promise<void>;
  delete(key: string): Promise<void>;
}

export function memoryTokenStore(): TokenStore {
  const map = new Map<string, CachedToken>();
  return {
    get: async (key) => map.get(key),
    set: async (key, token) => {
      map.set(key, token);
    },
    delete: async (key) => {
      map.delete(key);
    },
  };
}

export interface TokenProviderOptions {
  /** `https://api.commerce.naver.com/external` for own apps, `/partner` for agency apps. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  type: TokenType;
  /** The seller's "API 연동용 판매자 ID"; required with type SELLER. */
  accountId?: string | undefined;
  now?: () => number;
  fetch?: typeof fetch;
  store?: TokenStore;
  timeoutMs?: number;
}

export interface TokenProvider {
  /** A token with at least 30 minutes left; concurrent callers share one request. */
  getToken(): Promise<string>;
  /** Drops the cached token (only if it is still `token`, when given). */
  invalidate(token?: string): Promise<void>;
  readonly cacheKey: string;
}

export function tokenCacheKey(clientId: string, type: TokenType, accountId?: string): string {
  return `${clientId}:${type}:${type === 'SELLER' ? (accountId ?? '') : 'self'}`;
}

export function createTokenProvider(opts: TokenProviderOptions): TokenProvider {
  if (opts.type === 'SELLER' && !opts.accountId) throw new TypeError('type SELLER needs accountId');
  const now = opts.now ?? Date.now;
  const store = opts.store ?? memoryTokenStore();
  const cacheKey = tokenCacheKey(opts.clientId, opts.type, opts.accountId);
  const send = textFetcher({
    baseUrl: opts.baseUrl,
    timeoutMs: opts.timeoutMs ?? LIMITS.requestTimeoutMs,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
  let inFlight: Promise<string> | undefined;

  async function issue(): Promise<string> {
    const timestamp = now();
    const body = new URLSearchParams({
      client_id: opts.clientId,
      timestamp: String(timestamp),
      grant_type: 'client_credentials',
      client_secret_sign: signClientSecret(opts.clientId, opts.clientSecret, timestamp),
      type: opts.type,
    });
    if (opts.type === 'SELLER' && opts.accountId) body.set('account_id', opts.accountId);
    let res: TextResponse;
    try {
      res = await send('/v1/oauth2/token', {
        method: 'POST',
        body: body.toString(),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      });
    } catch (cause) {
      throw toCommerceError({ cause, endpoint: 'token' });
    }
    const text = res.text;
    if (!res.ok) throw toCommerceError({ status: res.status, text, headers: res.headers, endpoint: 'token' });
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw toCommerceError({
        status: res.status,
        text,
        headers: res.headers,
        endpoint: 'token',
        badBody: true,
      });
    }
    const parsed = TokenResponseSchema.safeParse(json);
    if (!parsed.success) {
      throw toCommerceError({
        status: res.status,
        text,
        headers: res.headers,
        endpoint: 'token',
        badBody: true,
      });
    }
    const token: CachedToken = {
      accessToken: parsed.data.access_token,
      expiresAt: timestamp + parsed.data.expires_in * 1000,
    };
    await store.set(cacheKey, token);
    return token.accessToken;
  }

  return {
    cacheKey,
    async getToken() {
      const cached = await store.get(cacheKey);
      if (cached && cached.expiresAt - now() >= LIMITS.tokenRenewBeforeMs) return cached.accessToken;
      if (!inFlight) {
        inFlight = issue().finally(() => {
          inFlight = undefined;
        });
      }
      return inFlight;
    },
    async invalidate(token) {
      const cached = await store.get(cacheKey);
      if (!cached) return;
      if (token === undefined || cached.accessToken === token) await store.delete(cacheKey);
    },
  };
}
