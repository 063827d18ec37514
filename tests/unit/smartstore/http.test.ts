import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CommerceApiError, OutcomeUnknownError } from '../../../lib/smartstore/errors';
import { createCommerceHttp, headerAuth, tokenAuth } from '../../../lib/smartstore/http';
import { createTokenProvider } from '../../../lib/smartstore/token';
import { fakeFetch, json } from './fake-fetch';

const SECRET = '$2a$04$XRkBhFNBXdNClAqPoDs.Iu';
const noSleep = async () => {};
const Ok = z.object({ ok: z.literal(true) });

function authServer(apiHandler: (call: number, auth: string | null) => Response) {
  let tokens = 0;
  let apiCalls = 0;
  const f = fakeFetch((req) => {
    if (req.url.pathname.endsWith('/oauth2/token')) {
      tokens++;
      return json({ access_token: `tok-${tokens}`, expires_in: 10_800, token_type: 'Bearer' });
    }
    apiCalls++;
    return apiHandler(apiCalls, req.headers.get('authorization'));
  });
  return { ...f, tokenCount: () => tokens, apiCount: () => apiCalls };
}

function client(fetch: typeof globalThis.fetch) {
  const provider = createTokenProvider({
    baseUrl: 'http://emu/external',
    clientId: 'app',
    clientSecret: SECRET,
    type: 'SELF',
    fetch,
  });
  return createCommerceHttp({
    baseUrl: 'http://emu/external',
    auth: tokenAuth(provider),
    fetch,
    sleep: noSleep,
  });
}

const authn = () => json({ code: 'GW.AUTHN', message: '요청을 보낼 권한이 없습니다.', traceId: 't' }, 401);

/** A client over a server that never answers: every call ends only by the 20 ms timeout. */
function hangingHttp() {
  let count = 0;
  const hanging: typeof fetch = (_input, init) => {
    count++;
    return new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
    });
  };
  const http = createCommerceHttp({
    baseUrl: 'http://emu/relay',
    auth: headerAuth({}),
    fetch: hanging,
    sleep: noSleep,
    timeoutMs: 20,
  });
  return { http, calls: () => count };
}

describe('commerce http', () => {
  it('on 401 GW.AUTHN drops the token, re-issues once and retries once', async () => {
    const srv = authServer((n, auth) => (n === 1 ? authn() : json({ ok: true, auth })));
    const http = client(srv.fetch);
    const res = await http.request({
      apiId: 'a',
      method: 'GET',
      path: '/v1/x',
      schema: z.unknown(),
      mutation: false,
    });
    expect(res).toEqual({ ok: true, auth: 'Bearer tok-2' });
    expect(srv.tokenCount()).toBe(2);
    expect(srv.apiCount()).toBe(2);
  });

  it('gives up after one re-issue when 401 persists', async () => {
    const srv = authServer(() => authn());
    const http = client(srv.fetch);
    const err = await http
      .request({ apiId: 'a', method: 'POST', path: '/v1/x', schema: Ok, mutation: true })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommerceApiError);
    expect((err as CommerceApiError).kind).toBe('auth');
    expect(srv.apiCount()).toBe(2);
    expect(srv.tokenCount()).toBe(2);
  });

  it('retries reads on 5xx but never a mutation: that is outcome-unknown', async () => {
    const srv = authServer((n) => (n === 1 ? json({ code: 'GW.PROXY.03' }, 500) : json({ ok: true })));
    const http = client(srv.fetch);
    await expect(
      http.request({ apiId: 'a', method: 'GET', path: '/v1/r', schema: Ok, mutation: false }),
    ).resolves.toEqual({ ok: true });

    const srv2 = authServer((n) => (n === 1 ? json({ code: 'GW.PROXY.03' }, 500) : json({ ok: true })));
    const http2 = client(srv2.fetch);
    const err = await http2
      .request({ apiId: 'a', method: 'POST', path: '/v1/m', schema: Ok, mutation: true })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutcomeUnknownError);
    expect(srv2.apiCount()).toBe(1);
  });

  it('a mutation whose connection drops is outcome-unknown and is not resent', async () => {
    let calls = 0;
    const f = fakeFetch((req) => {
      if (req.url.pathname.endsWith('/oauth2/token')) {
        return json({ access_token: 't', expires_in: 10_800, token_type: 'Bearer' });
      }
      calls++;
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      });
    });
    const http = client(f.fetch);
    await expect(
      http.request({ apiId: 'a', method: 'POST', path: '/v1/m', schema: Ok, mutation: true }),
    ).rejects.toBeInstanceOf(OutcomeUnknownError);
    expect(calls).toBe(1);
  });

  it('a mutation refused before connecting is a plain network error (nothing was sent)', async () => {
    const f = fakeFetch((req) => {
      if (req.url.pathname.endsWith('/oauth2/token')) {
        return json({ access_token: 't', expires_in: 10_800, token_type: 'Bearer' });
      }
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }),
      });
    });
    const err = await client(f.fetch)
      .request({ apiId: 'a', method: 'POST', path: '/v1/m', schema: Ok, mutation: true })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommerceApiError);
    expect(err).not.toBeInstanceOf(OutcomeUnknownError);
    expect((err as CommerceApiError).kind).toBe('network');
  });

  it('a 2xx mutation answer that breaks the schema is outcome-unknown', async () => {
    const srv = authServer(() => new Response('{"data":{"successProd', { status: 200 }));
    await expect(
      client(srv.fetch).request({ apiId: 'a', method: 'POST', path: '/v1/m', schema: Ok, mutation: true }),
    ).rejects.toBeInstanceOf(OutcomeUnknownError);
  });

  it('a read whose body breaks the schema is a bad-response error after retries', async () => {
    const srv = authServer(() => json({ ok: 'yes' }));
    const err = await client(srv.fetch)
      .request({ apiId: 'a', method: 'GET', path: '/v1/r', schema: Ok, mutation: false })
      .catch((e: unknown) => e);
    expect((err as CommerceApiError).kind).toBe('bad-response');
    expect(srv.apiCount()).toBe(3);
  });

  it('429 is retried for reads and mutations alike (the gateway refused it before the service)', async () => {
    const limited = () =>
      json({ code: 'GW.RATE_LIMIT', message: '요청이 많아' }, 429, {
        'GNCP-GW-RateLimit-Replenish-Rate': '2',
        'GNCP-GW-RateLimit-Burst-Capacity': '4',
        'GNCP-GW-RateLimit-Remaining': '0',
      });
    const srv = authServer((n) => (n <= 2 ? limited() : json({ ok: true })));
    const slept: number[] = [];
    const provider = createTokenProvider({
      baseUrl: 'http://emu/external',
      clientId: 'app',
      clientSecret: SECRET,
      type: 'SELF',
      fetch: srv.fetch,
    });
    const http = createCommerceHttp({
      baseUrl: 'http://emu/external',
      auth: tokenAuth(provider),
      fetch: srv.fetch,
      sleep: async (ms) => {
        slept.push(ms);
      },
    });
    await expect(
      http.request({ apiId: 'orders.dispatch', method: 'POST', path: '/v1/m', schema: Ok, mutation: true }),
    ).resolves.toEqual({ ok: true });
    expect(srv.apiCount()).toBe(3);
    expect(slept.length).toBeGreaterThanOrEqual(2);
    expect(slept.every((ms) => ms >= 400)).toBe(true); // 1 token at 2/s
  });

  it('keeps the relay key on every call and maps a rejected shop key', async () => {
    const f = fakeFetch((req) =>
      req.headers.get('authorization') === 'Bearer sk_live_9f8e7d6c'
        ? json({ error: { code: 'SHOP_KEY_REJECTED', message: 'no' } }, 401)
        : json({ ok: true }),
    );
    const http = createCommerceHttp({
      baseUrl: 'http://shop/relay',
      auth: headerAuth({ Authorization: 'Bearer sk_live_9f8e7d6c' }),
      fetch: f.fetch,
      sleep: noSleep,
    });
    const err = await http
      .request({ apiId: 'a', method: 'GET', path: '/v1/x', schema: Ok, mutation: false })
      .catch((e: unknown) => e);
    expect((err as CommerceApiError).kind).toBe('shop-key-rejected');
    expect((err as CommerceApiError).message).not.toContain('sk_live_9f8e7d6c');
    expect(f.calls).toHaveLength(1);
  });

  it('keeps Naver trace IDs from the header when the body has none', async () => {
    const srv = authServer(
      () =>
        new Response(JSON.stringify({ code: 'BAD_REQUEST', message: 'x', invalidInputs: [] }), {
          status: 400,
          headers: { 'GNCP-GW-Trace-ID': 'hdr-trace' },
        }),
    );
    const err = (await client(srv.fetch)
      .request({ apiId: 'a', method: 'GET', path: '/v1/x', schema: Ok, mutation: false })
      .catch((e: unknown) => e)) as CommerceApiError;
    expect(err.kind).toBe('validation');
    expect(err.traceId).toBe('hdr-trace');
  });

  it('a read that outlasts the timeout is retried, then fails as a timeout', async () => {
    const { http, calls } = hangingHttp();
    const err = await http
      .request({ apiId: 'a', method: 'GET', path: '/v1/x', schema: Ok, mutation: false })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommerceApiError);
    expect((err as CommerceApiError).kind).toBe('timeout');
    expect(calls()).toBe(3);
  });

  it('a mutation that times out is outcome-unknown and sent once', async () => {
    const { http, calls } = hangingHttp();
    const err = await http
      .request({ apiId: 'a', method: 'POST', path: '/v1/m', body: {}, schema: Ok, mutation: true })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutcomeUnknownError);
    expect(calls()).toBe(1);
  });

  it('joins the base URL and path, leaves out undefined query values and sends the JSON body', async () => {
    const f = fakeFetch(() => json({ ok: true }));
    const http = createCommerceHttp({
      baseUrl: 'http://emu/external/',
      auth: headerAuth({ Authorization: 'Bearer relay' }),
      fetch: f.fetch,
      sleep: noSleep,
    });
    await http.request({
      apiId: 'a',
      method: 'GET',
      path: '/v1/pay-order/seller/product-orders',
      query: { from: '2024-05-01T00:00:00.000+09:00', size: 300, cursor: undefined },
      schema: Ok,
      mutation: false,
    });
    await http.request({
      apiId: 'b',
      method: 'POST',
      path: 'v1/confirm',
      body: { productOrderIds: ['p1', 'p2'] },
      schema: Ok,
      mutation: true,
    });
    const [read, write] = f.calls;
    expect(read?.url.pathname).toBe('/external/v1/pay-order/seller/product-orders');
    expect(Object.fromEntries(read?.url.searchParams ?? [])).toEqual({
      from: '2024-05-01T00:00:00.000+09:00',
      size: '300',
    });
    expect(read?.headers.get('authorization')).toBe('Bearer relay');
    expect(read?.headers.get('accept')).toBe('application/json');
    expect(write?.method).toBe('POST');
    expect(write?.url.pathname).toBe('/external/v1/confirm');
    expect(write?.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(write?.body ?? '')).toEqual({ productOrderIds: ['p1', 'p2'] });
  });

  it('reads an empty answer as an empty body', async () => {
    const f = fakeFetch(() => new Response(null, { status: 204 }));
    const http = createCommerceHttp({
      baseUrl: 'http://emu/relay',
      auth: headerAuth({}),
      fetch: f.fetch,
      sleep: noSleep,
    });
    await expect(
      http.request({
        apiId: 'a',
        method: 'PUT',
        path: '/v1/m',
        body: {},
        schema: z.undefined(),
        mutation: true,
      }),
    ).resolves.toBeUndefined();
  });
});
