import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signClientSecret } from '../../../lib/smartstore/signature';
import { COMMERCE_SEED } from './seed';
import { type CommerceEmulator, startCommerceEmulator } from './server';
import {
  api,
  type ErrorBody,
  http,
  requestToken,
  SELLER_A,
  SELLER_B,
  SELLER_C,
  session,
} from './test-client';

let emu: CommerceEmulator;

beforeAll(async () => {
  emu = await startCommerceEmulator();
});
afterAll(async () => {
  await emu.close();
});
beforeEach(() => {
  emu.scenario.reset();
});

const MIN = 60 * 1000;

function expectTokenError(
  res: { status: number; json: unknown; headers: Headers },
  name: string,
  type: string,
) {
  const body = res.json as ErrorBody;
  expect(res.status).toBe(400);
  expect(body.code).toBe('BAD_REQUEST');
  expect(body.invalidInputs?.[0]).toMatchObject({ name, type });
  expect(typeof body.message).toBe('string');
  expect(body.traceId).toBe(res.headers.get('GNCP-GW-Trace-ID'));
  expect(body.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+09:00$/);
}

describe('seed credentials', () => {
  it('are canonical bcrypt salts with cost 04', () => {
    for (const app of [COMMERCE_SEED.selfApp, COMMERCE_SEED.agencyApp, COMMERCE_SEED.otherAgencyApp]) {
      expect(app.clientSecret).toMatch(/^\$2a\$04\$[./A-Za-z0-9]{22}$/);
      expect(bcrypt.hashSync('x', app.clientSecret).slice(0, 29)).toBe(app.clientSecret);
    }
  });
});

describe('POST /v1/oauth2/token', () => {
  it('issues a SELF token on /external to the own-store app', async () => {
    const res = await requestToken(emu, { app: 'selfApp' });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ expires_in: 10800, token_type: 'Bearer' });
    expect(res.json.access_token).toEqual(expect.any(String));
    expect(res.headers.get('GNCP-GW-Trace-ID')).toMatch(/^ar2-.+\^\d{13}\^\d+$/);
    expect(res.headers.get('GNCP-GW-HttpClient-ResponseTime')).toMatch(/^\d+$/);
    expect(emu.requests.at(-1)).toMatchObject({
      api: 'token',
      status: 200,
      clientId: COMMERCE_SEED.selfApp.clientId,
    });
  });

  it('issues a SELLER token on /partner to the agency app for a seller that chose it', async () => {
    const res = await requestToken(emu, { app: 'agencyApp', accountId: SELLER_B });
    expect(res.status).toBe(200);
    const token = res.json.access_token;
    const account = await api(emu, { base: 'partner', token }, 'GET', '/v1/seller/account');
    expect(account.json).toMatchObject({ accountId: SELLER_B });
  });

  it('refuses a bad signature', async () => {
    const now = emu.scenario.now();
    const wrong = signClientSecret(COMMERCE_SEED.selfApp.clientId, COMMERCE_SEED.agencyApp.clientSecret, now);
    expectTokenError(
      await requestToken(emu, { timestamp: now, sign: wrong }),
      'client_secret_sign',
      'Invalid',
    );
  });

  it('refuses a timestamp more than 5 minutes away, and one in seconds', async () => {
    const stale = emu.scenario.now() - 5 * MIN - 2000;
    expectTokenError(await requestToken(emu, { timestamp: stale }), 'timestamp', 'Expired');
    const future = emu.scenario.now() + 5 * MIN + 2000;
    expectTokenError(await requestToken(emu, { timestamp: future }), 'timestamp', 'Expired');
    const seconds = Math.floor(emu.scenario.now() / 1000);
    expectTokenError(await requestToken(emu, { timestamp: seconds }), 'timestamp', 'Expired');
    const almost = emu.scenario.now() - 4 * MIN;
    expect((await requestToken(emu, { timestamp: almost })).status).toBe(200);
  });

  it('refuses an unknown app', async () => {
    const res = await http(`${emu.url}/external/v1/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: 'nope',
        timestamp: String(emu.scenario.now()),
        grant_type: 'client_credentials',
        client_secret_sign: 'x',
        type: 'SELF',
      }).toString(),
    });
    expectTokenError(res, 'client_id', 'NotFound');
  });

  it('refuses an unknown or missing seller', async () => {
    expectTokenError(
      await requestToken(emu, { app: 'agencyApp', accountId: 'ncp_nobody_01' }),
      'account_id',
      'NotFound',
    );
    expectTokenError(await requestToken(emu, { app: 'agencyApp' }), 'account_id', 'NotFound');
  });

  it('refuses a seller who chose another agency (403 FORBIDDEN), which that agency may serve', async () => {
    const res = await requestToken(emu, { app: 'agencyApp', accountId: SELLER_C });
    expect(res.status).toBe(403);
    expect(res.json).toMatchObject({ code: 'FORBIDDEN' });
    expect((await requestToken(emu, { app: 'otherAgencyApp', accountId: SELLER_C })).status).toBe(200);
  });

  it('refuses a type the base or the app may not use', async () => {
    expectTokenError(
      await requestToken(emu, { app: 'agencyApp', base: 'partner', type: 'SELF' }),
      'type',
      'Invalid',
    );
    expectTokenError(
      await requestToken(emu, { app: 'agencyApp', base: 'external', type: 'SELLER', accountId: SELLER_A }),
      'type',
      'Invalid',
    );
    expectTokenError(
      await requestToken(emu, { app: 'selfApp', base: 'partner', type: 'SELF' }),
      'type',
      'Invalid',
    );
    expectTokenError(
      await requestToken(emu, { app: 'selfApp', base: 'external', type: 'SELLER', accountId: SELLER_A }),
      'type',
      'Invalid',
    );
    expectTokenError(await requestToken(emu, { type: 'ADMIN' }), 'type', 'Invalid');
  });

  it('answers 415 to a JSON body and to query-string parameters', async () => {
    const now = emu.scenario.now();
    const { clientId, clientSecret } = COMMERCE_SEED.selfApp;
    const params = {
      client_id: clientId,
      timestamp: String(now),
      grant_type: 'client_credentials',
      client_secret_sign: signClientSecret(clientId, clientSecret, now),
      type: 'SELF',
    };
    const json = await http(`${emu.url}/external/v1/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(params),
    });
    expect(json.status).toBe(415);
    expect(json.json).toMatchObject({
      code: expect.any(String),
      message: expect.any(String),
      traceId: expect.any(String),
    });
    const query = await http(`${emu.url}/external/v1/oauth2/token?${new URLSearchParams(params)}`, {
      method: 'POST',
    });
    expect(query.status).toBe(415);
  });

  it('lists every missing field', async () => {
    const res = await http(`${emu.url}/external/v1/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    expect(res.status).toBe(400);
    const names = ((res.json as ErrorBody).invalidInputs ?? []).map((i) => i.name);
    expect(names).toEqual(['client_id', 'timestamp', 'client_secret_sign', 'type']);
  });

  it('returns the same token while ≥ 30 min remain, a new one after 2h31m; the old works until 3 h', async () => {
    const first = (await requestToken(emu)).json.access_token;
    emu.scenario.advanceClock(2 * 60 * MIN);
    const again = await requestToken(emu);
    expect(again.json.access_token).toBe(first);
    const remaining = again.json.expires_in;
    expect(remaining).toBeGreaterThan(3590);
    expect(remaining).toBeLessThanOrEqual(3600);
    emu.scenario.advanceClock(31 * MIN);
    const renewed = (await requestToken(emu)).json.access_token;
    expect(renewed).not.toBe(first);
    const old = { base: 'external' as const, token: first };
    expect((await api(emu, old, 'GET', '/v1/seller/account')).status).toBe(200);
    emu.scenario.advanceClock(30 * MIN);
    const expired = await api(emu, old, 'GET', '/v1/seller/account');
    expect(expired.status).toBe(401);
    expect(expired.json).toMatchObject({ code: 'GW.AUTHN', message: '요청을 보낼 권한이 없습니다.' });
    expect(expired.json.traceId).toBe(expired.headers.get('GNCP-GW-Trace-ID'));
    expect((await api(emu, { base: 'external', token: renewed }, 'GET', '/v1/seller/account')).status).toBe(
      200,
    );
  });
});

describe('API authentication', () => {
  it('answers 401 GW.AUTHN without a token, with an unknown one, and after expireTokens()', async () => {
    const none = await http(`${emu.url}/external/v1/seller/account`);
    expect(none.status).toBe(401);
    expect(none.json).toMatchObject({ code: 'GW.AUTHN' });
    expect((await api(emu, { base: 'external', token: 'bogus' }, 'GET', '/v1/seller/account')).status).toBe(
      401,
    );
    const s = await session(emu);
    expect((await api(emu, s, 'GET', '/v1/seller/account')).status).toBe(200);
    emu.scenario.expireTokens();
    expect((await api(emu, s, 'GET', '/v1/seller/account')).status).toBe(401);
  });

  it('accepts a token only on the base that issued it', async () => {
    const s = await session(emu);
    const other = await api(emu, { ...s, base: 'partner' }, 'GET', '/v1/seller/account');
    expect(other.status).toBe(401);
  });

  it('answers 403 GW.IP_NOT_ALLOWED outside the app allow-list', async () => {
    const s = await session(emu);
    emu.scenario.setIpAllowList(COMMERCE_SEED.selfApp.clientId, ['203.0.113.7']);
    const res = await api(emu, s, 'GET', '/v1/seller/account');
    expect(res.status).toBe(403);
    expect(res.json).toMatchObject({ code: 'GW.IP_NOT_ALLOWED' });
    emu.scenario.setIpAllowList(COMMERCE_SEED.selfApp.clientId, ['203.0.113.7', '127.0.0.1']);
    expect((await api(emu, s, 'GET', '/v1/seller/account')).status).toBe(200);
  });

  it('lets an agency act only in the API groups the seller assigned to it', async () => {
    const s = await session(emu, { app: 'agencyApp', accountId: SELLER_A });
    emu.scenario.setAgency(SELLER_A, { order: COMMERCE_SEED.otherAgencyApp.clientId });
    const orders = await api(emu, s, 'POST', '/v1/pay-order/seller/product-orders/query', {
      productOrderIds: ['1'],
    });
    expect(orders.status).toBe(403);
    expect(orders.json).toMatchObject({ code: 'FORBIDDEN' });
    expect((await api(emu, s, 'POST', '/v1/products/search', {})).status).toBe(200);
    expect((await api(emu, s, 'GET', '/v1/seller/account')).status).toBe(200);
    emu.scenario.setAgency(SELLER_A, { product: null });
    expect((await api(emu, s, 'POST', '/v1/products/search', {})).status).toBe(403);
    expect((await api(emu, s, 'GET', '/v1/seller/channels')).status).toBe(403);
    expect((await requestToken(emu, { app: 'agencyApp', accountId: SELLER_A })).status).toBe(403);
  });

  it('answers 404 GW.NOT_FOUND for an unknown route, before authentication', async () => {
    const res = await http(`${emu.url}/external/v1/nothing-here`);
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ code: 'GW.NOT_FOUND' });
    expect((await http(`${emu.url}/elsewhere`)).status).toBe(404);
  });

  it('serves the seller account and channel', async () => {
    const s = await session(emu);
    expect((await api(emu, s, 'GET', '/v1/seller/account')).json).toEqual({
      accountId: SELLER_A,
      accountUid: COMMERCE_SEED.sellers.A.accountUid,
      grade: COMMERCE_SEED.sellers.A.grade,
    });
    const channels = (await api<unknown>(emu, s, 'GET', '/v1/seller/channels')).json;
    expect(channels).toEqual([
      expect.objectContaining({
        channelNo: COMMERCE_SEED.sellers.A.channelNo,
        channelType: 'STOREFARM',
        name: '하늘리빙',
        url: 'https://smartstore.naver.com/haneul-living',
      }),
    ]);
  });
});
