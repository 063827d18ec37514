import { describe, expect, it } from 'vitest';
import { CommerceApiError } from '../../../lib/smartstore/errors';
import { createTokenProvider, memoryTokenStore } from '../../../lib/smartstore/token';
import { fakeFetch, json } from './fake-fetch';

const SECRET = '$2a$04$XRkBhFNBXdNClAqPoDs.Iu';

function tokenServer() {
  let n = 0;
  let expiresIn = 10_800;
  const f = fakeFetch(async (req) => {
    if (req.url.pathname.endsWith('/v1/oauth2/token')) {
      await new Promise((r) => setTimeout(r, 5));
      n++;
      return json({ access_token: `tok-${n}`, expires_in: expiresIn, token_type: 'Bearer' });
    }
    return json({ code: 'GW.NOT_FOUND' }, 404);
  });
  return {
    ...f,
    setExpiresIn(s: number) {
      expiresIn = s;
    },
  };
}

describe('token provider', () => {
  it('posts a form body with the signature, type and account', async () => {
    const srv = tokenServer();
    const p = createTokenProvider({
      baseUrl: 'http://x/partner',
      clientId: 'app',
      clientSecret: SECRET,
      type: 'SELLER',
      accountId: 'ncp_seller',
      fetch: srv.fetch,
      now: () => 1_700_000_000_000,
    });
    expect(await p.getToken()).toBe('tok-1');
    const call = srv.calls[0]!;
    expect(call.method).toBe('POST');
    expect(call.url.pathname).toBe('/partner/v1/oauth2/token');
    expect(call.url.search).toBe('');
    expect(call.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    const form = new URLSearchParams(call.body);
    expect(form.get('client_id')).toBe('app');
    expect(form.get('timestamp')).toBe('1700000000000');
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('type')).toBe('SELLER');
    expect(form.get('account_id')).toBe('ncp_seller');
    expect(form.get('client_secret_sign')).toMatch(/^[A-Za-z0-9]{80}$/);
  });

  it('reuses the token until fewer than 30 minutes remain, then issues a new one', async () => {
    const srv = tokenServer();
    let t = 1_000_000;
    const p = createTokenProvider({
      baseUrl: 'http://x/external',
      clientId: 'app',
      clientSecret: SECRET,
      type: 'SELF',
      fetch: srv.fetch,
      now: () => t,
    });
    expect(await p.getToken()).toBe('tok-1');
    t += 2.5 * 3600_000 - 1; // 30 min + 1 ms left
    expect(await p.getToken()).toBe('tok-1');
    t += 2; // under 30 min left
    expect(await p.getToken()).toBe('tok-2');
    expect(srv.calls).toHaveLength(2);
  });

  it('shares one in-flight request among concurrent callers', async () => {
    const srv = tokenServer();
    const p = createTokenProvider({
      baseUrl: 'http://x/external',
      clientId: 'app',
      clientSecret: SECRET,
      type: 'SELF',
      fetch: srv.fetch,
    });
    const tokens = await Promise.all(Array.from({ length: 10 }, () => p.getToken()));
    expect(new Set(tokens)).toEqual(new Set(['tok-1']));
    expect(srv.calls).toHaveLength(1);
  });

  it('keeps one token per (client, type, account) in a shared store', async () => {
    const srv = tokenServer();
    const store = memoryTokenStore();
    const base = {
      baseUrl: 'http://x/partner',
      clientId: 'app',
      clientSecret: SECRET,
      fetch: srv.fetch,
      store,
    };
    const a = createTokenProvider({ ...base, type: 'SELLER', accountId: 'A' });
    const b = createTokenProvider({ ...base, type: 'SELLER', accountId: 'B' });
    const a2 = createTokenProvider({ ...base, type: 'SELLER', accountId: 'A' });
    expect(await a.getToken()).toBe('tok-1');
    expect(await b.getToken()).toBe('tok-2');
    expect(await a2.getToken()).toBe('tok-1');
    expect(a.cacheKey).not.toBe(b.cacheKey);
  });

  it('invalidate drops only the token it names', async () => {
    const srv = tokenServer();
    const p = createTokenProvider({
      baseUrl: 'http://x/external',
      clientId: 'app',
      clientSecret: SECRET,
      type: 'SELF',
      fetch: srv.fetch,
    });
    await p.getToken();
    await p.invalidate('some-older-token');
    expect(await p.getToken()).toBe('tok-1');
    await p.invalidate('tok-1');
    expect(await p.getToken()).toBe('tok-2');
  });

  it('turns a rejected signature into a typed error naming the field, without the secret', async () => {
    const srv = fakeFetch(() =>
      json(
        {
          code: 'BAD_REQUEST',
          message: '잘못된 요청',
          invalidInputs: [{ name: 'client_secret_sign', type: 'Invalid', message: '서명 오류' }],
          traceId: 'trace-1',
        },
        400,
      ),
    );
    const p = createTokenProvider({
      baseUrl: 'http://x/external',
      clientId: 'app',
      clientSecret: SECRET,
      type: 'SELF',
      fetch: srv.fetch,
    });
    const err = await p.getToken().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommerceApiError);
    const e = err as CommerceApiError;
    expect(e.kind).toBe('token-rejected');
    expect(e.traceId).toBe('trace-1');
    expect(e.userMessage).toContain('시크릿');
    expect(`${e.message} ${e.stack} ${JSON.stringify(e)}`).not.toContain(SECRET);
  });

  it('reports an agency the seller did not choose', async () => {
    const srv = fakeFetch(() => json({ code: 'FORBIDDEN', message: '권한 없음' }, 403));
    const p = createTokenProvider({
      baseUrl: 'http://x/partner',
      clientId: 'app',
      clientSecret: SECRET,
      type: 'SELLER',
      accountId: 'ncp_x',
      fetch: srv.fetch,
    });
    await expect(p.getToken()).rejects.toMatchObject({ kind: 'agency-not-selected' });
  });

  it('refuses SELLER without an account', () => {
    expect(() =>
      createTokenProvider({ baseUrl: 'http://x', clientId: 'a', clientSecret: SECRET, type: 'SELLER' }),
    ).toThrow();
  });
});
