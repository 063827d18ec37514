import { z } from 'zod/mini';
import { neverSent, toCommerceError } from './error-mapping';
import { CommerceApiError, OutcomeUnknownError } from './errors';
import { LIMITS } from './limits';
import { createPacer, defaultSleep, type Pacer } from './pacer';
import type { TokenProvider } from './token';

/** How calls are authorised: a bearer token of our own, or the shop backend's key when its relay signs for us. */
export interface CommerceAuth {
  headers(): Promise<Record<string, string>>;
  /** After a 401 GW.AUTHN: drop what was used; true when one more try makes sense. */
  renew(rejected: Record<string, string>): Promise<boolean>;
}

/** Own application: `Authorization: Bearer <token>` from the token provider. */
export function tokenAuth(provider: TokenProvider): CommerceAuth {
  return {
    headers: async () => ({ Authorization: `Bearer ${await provider.getToken()}` }),
    async renew(rejected) {
      await provider.invalidate(rejected.Authorization?.replace(/^Bearer /, ''));
      return true;
    },
  };
}

/** Fixed headers (the relay through the shop backend, which holds and renews the agency token itself). */
export function headerAuth(headers: Record<string, string>): CommerceAuth {
  return { headers: async () => ({ ...headers }), renew: async () => false };
}

/** An answer read as text, whatever its status: the caller decides what a status means. */
export interface TextResponse {
  ok: boolean;
  status: number;
  headers: Headers;
  text: string;
}

export interface TextRequest {
  method: string;
  headers?: Record<string, string>;
  /** Appended to the URL; `undefined` values are left out. */
  query?: Record<string, string | number | undefined>;
  body?: BodyInit;
}

export interface TextFetcherOptions {
  /** Paths are appended to it (`https://host/external` + `/v1/x`). */
  baseUrl: string;
  /** The whole call, answer body included; a call that takes longer fails with a `TimeoutError`. */
  timeoutMs: number;
  fetch?: typeof fetch;
}

/**
 * Plain `fetch` for calls that read every answer as text. A failed connection rejects with the browser's own
 * error (its `cause` keeps the network code); a timeout rejects with a `TimeoutError` DOMException.
 */
export function textFetcher(
  opts: TextFetcherOptions,
): (path: string, req: TextRequest) => Promise<TextResponse> {
  const base = opts.baseUrl.replace(/\/+$/, '');
  return async (path, req) => {
    const fetchFn = opts.fetch ?? globalThis.fetch;
    let url = `${base}/${path.replace(/^\/+/, '')}`;
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(req.query ?? {})) if (v !== undefined) params.append(k, String(v));
    const search = params.toString();
    if (search) url += `${url.includes('?') ? '&' : '?'}${search}`;
    const signal = AbortSignal.timeout(opts.timeoutMs);
    const res = await fetchFn(url, {
      method: req.method,
      signal,
      ...(req.headers ? { headers: req.headers } : {}),
      ...(req.body !== undefined ? { body: req.body } : {}),
    });
    const text = await res.text();
    return { ok: res.ok, status: res.status, headers: res.headers, text };
  };
}

export interface CommerceHttpOptions {
  /** `…/external` (own app), `…/partner`, or the shop backend's relay base. */
  baseUrl: string;
  auth: CommerceAuth;
  fetch?: typeof fetch;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  pacer?: Pacer;
  timeoutMs?: number;
  /** Attempts for reads that fail with a retryable error (5xx, timeout, network). */
  maxReadAttempts?: number;
  /** Attempts for a call that keeps getting 429. */
  maxRateLimitAttempts?: number;
  /** Never sleep longer than this inside one call; beyond it a typed rate-limited error says when to come back. */
  maxWaitMs?: number;
}

export interface RequestSpec<S extends z.core.$ZodType> {
  /** Rate-limit bucket name, one per API (`orders.query`, `products.search`, …). */
  apiId: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  form?: FormData;
  schema: S;
  /**
   * Mutations are never retried after they may have reached the server: an ambiguous failure becomes
   * `OutcomeUnknownError`. A 429 or a 401 comes from the gateway before the service, so those are retried.
   */
  mutation: boolean;
}

export interface CommerceHttp {
  request<S extends z.core.$ZodType>(spec: RequestSpec<S>): Promise<z.output<S>>;
  readonly pacer: Pacer;
}

export function createCommerceHttp(opts: CommerceHttpOptions): CommerceHttp {
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? defaultSleep;
  const pacer = opts.pacer ?? createPacer({ now, sleep });
  const maxReadAttempts = opts.maxReadAttempts ?? 3;
  const maxRateLimitAttempts = opts.maxRateLimitAttempts ?? 6;
  const maxWaitMs = opts.maxWaitMs ?? 15_000;
  const send = textFetcher({
    baseUrl: opts.baseUrl,
    timeoutMs: opts.timeoutMs ?? LIMITS.requestTimeoutMs,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });

  async function request<S extends z.core.$ZodType>(spec: RequestSpec<S>): Promise<z.output<S>> {
    let attempts = 0;
    let rateLimited = 0;
    let authRenewed = false;
    for (;;) {
      attempts++;
      const wait = pacer.waitFor(spec.apiId);
      if (wait > maxWaitMs) {
        throw new CommerceApiError({ kind: 'rate-limited', status: 429, retryAt: now() + wait });
      }
      await pacer.acquire(spec.apiId);
      const authHeaders = await opts.auth.headers();
      const headers: Record<string, string> = { Accept: 'application/json', ...authHeaders };
      let body: BodyInit | undefined;
      if (spec.form) body = spec.form;
      else if (spec.body !== undefined) {
        headers['Content-Type'] = 'application/json';
        body = JSON.stringify(spec.body);
      }
      let res: TextResponse;
      try {
        res = await send(spec.path, {
          method: spec.method,
          headers,
          ...(spec.query ? { query: spec.query } : {}),
          ...(body !== undefined ? { body } : {}),
        });
      } catch (cause) {
        if (spec.mutation && !neverSent(cause)) throw new OutcomeUnknownError({ cause });
        const err = toCommerceError({ endpoint: 'api', cause });
        if (!spec.mutation && attempts < maxReadAttempts) {
          await sleep(backoffMs(attempts));
          continue;
        }
        throw err;
      }
      pacer.observe(spec.apiId, res.headers);
      const text = res.text;
      if (res.ok) {
        const parsed = parseBody(spec.schema, text);
        if (parsed.ok) return parsed.value;
        const traceId = res.headers.get('GNCP-GW-Trace-ID') ?? undefined;
        // A mutation answered 2xx but the body is unreadable: it was probably applied; let the caller re-read.
        if (spec.mutation) throw new OutcomeUnknownError({ status: res.status, traceId });
        if (attempts < maxReadAttempts) {
          await sleep(backoffMs(attempts));
          continue;
        }
        throw toCommerceError({
          endpoint: 'api',
          status: res.status,
          text,
          headers: res.headers,
          badBody: true,
        });
      }
      const err = toCommerceError({ endpoint: 'api', status: res.status, text, headers: res.headers });
      if (err.kind === 'auth' && !authRenewed) {
        authRenewed = true;
        if (await opts.auth.renew(authHeaders)) {
          attempts--;
          continue;
        }
      }
      if (err.kind === 'rate-limited') {
        pacer.exhausted(spec.apiId);
        rateLimited++;
        if (rateLimited < maxRateLimitAttempts) {
          attempts--;
          continue;
        }
        throw new CommerceApiError({
          kind: 'rate-limited',
          status: err.status,
          code: err.code,
          traceId: err.traceId,
          retryAt: now() + Math.max(1000, pacer.waitFor(spec.apiId)),
        });
      }
      if (spec.mutation && mayHaveBeenApplied(err)) {
        throw new OutcomeUnknownError({
          status: err.status,
          code: err.code,
          traceId: err.traceId,
          cause: err,
        });
      }
      if (!spec.mutation && err.retryable && attempts < maxReadAttempts) {
        await sleep(backoffMs(attempts));
        continue;
      }
      throw err;
    }
  }

  return { request, pacer };
}

/** 5xx and gateway timeouts may come after the service acted; a circuit-open or maintenance block did not. */
function mayHaveBeenApplied(err: CommerceApiError): boolean {
  if (err.code?.startsWith('GW.BLOCK')) return false;
  // The shop backend's relay lost SmartStore's answer: the request may have reached SmartStore.
  if (err.code === 'UPSTREAM_UNREACHABLE') return true;
  return err.kind === 'server' || err.kind === 'timeout' || err.kind === 'bad-response';
}

function backoffMs(attempt: number): number {
  return Math.min(5_000, 400 * 2 ** (attempt - 1)) + Math.floor(Math.random() * 200);
}

function parseBody<S extends z.core.$ZodType>(
  schema: S,
  text: string,
): { ok: true; value: z.output<S> } | { ok: false } {
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    return { ok: false };
  }
  const r = z.safeParse(schema, json);
  return r.success ? { ok: true, value: r.data } : { ok: false };
}
