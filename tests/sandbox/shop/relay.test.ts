import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { relayBaseUrl, shopAuthHeaders } from '../../../lib/sixshop/auth';
import { accountInput } from '../../unit/sixshop/fixtures';
import { type FakeCommerce, startFakeCommerce } from './fake-commerce';
import { productImagePng } from './png';
import { SHOP_SEED } from './seed';
import { type ShopEmulator, startShopEmulator } from './server';

const AGENCY = { clientId: 'sixshop-agency-app', clientSecret: '$2a$04$XRkBhFNBXdNClAqPoDs.Iu' };
const SELLER = 'ncp_2sRZTWJVbDtHPoz9OXXXX';
const OTHER_SELLER = 'ncp_otherSeller0001';

describe('Commerce API relay', () => {
  let commerce: FakeCommerce;
  let emu: ShopEmulator;
  beforeEach(async () => {
    commerce = await startFakeCommerce({ ...AGENCY, sellers: [SELLER, OTHER_SELLER] });
    emu = await startShopEmulator({ commerceBaseUrl: commerce.url, agency: AGENCY, seed: false });
  });
  afterEach(async () => {
    await emu.close();
    await commerce.close();
  });

  const relay = (seller: string, path: string, init: RequestInit = {}, key: string = SHOP_SEED.key) =>
    fetch(`${relayBaseUrl(emu.url, seller)}${path}`, {
      ...init,
      headers: { ...shopAuthHeaders(key), ...(init.headers as Record<string, string> | undefined) },
    });

  it('forwards to /partner with a SELLER token for that seller and passes GNCP headers through', async () => {
    const query = '?lastChangedFrom=2025-03-01T00%3A00%3A00.000%2B09%3A00&lastChangedType=PAYED';
    const res = await relay(SELLER, `/v1/pay-order/seller/product-orders/last-changed-statuses${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('gncp-gw-trace-id')).toBe('ar2-fake-commerce^1700000000000^1');
    expect(res.headers.get('gncp-gw-httpclient-responsetime')).toBe('12');
    const echoed = (await res.json()) as { accountId: string; url: string; method: string };
    expect(echoed).toMatchObject({
      accountId: SELLER,
      method: 'GET',
      url: `/v1/pay-order/seller/product-orders/last-changed-statuses${query}`,
    });
    expect(commerce.tokenRequests).toEqual([
      { clientId: AGENCY.clientId, type: 'SELLER', accountId: SELLER },
    ]);
    expect(commerce.calls[0]!.authorization).toBe(`Bearer tok-${SELLER}-1`);

    await relay(SELLER, '/v2/products/origin-products/1234');
    await relay(OTHER_SELLER, '/v1/seller/account');
    expect(commerce.tokenRequests.map((t) => t.accountId)).toEqual([SELLER, OTHER_SELLER]);
    expect(commerce.calls.map((c) => c.authorization)).toEqual([
      `Bearer tok-${SELLER}-1`,
      `Bearer tok-${SELLER}-1`,
      `Bearer tok-${OTHER_SELLER}-2`,
    ]);
    expect(commerce.calls[1]!.url).toBe('/v2/products/origin-products/1234');
  });

  it('forwards JSON and multipart bodies byte for byte with their Content-Type', async () => {
    const json = JSON.stringify({ productOrderIds: ['2025030110000001'] });
    const res = await relay(SELLER, '/v1/pay-order/seller/product-orders/confirm', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: json,
    });
    expect(((await res.json()) as { bodyBase64: string }).bodyBase64).toBe(
      Buffer.from(json).toString('base64'),
    );
    expect(commerce.calls[0]!.contentType).toBe('application/json');

    const boundary = '----sixshopRelayBoundary7MA4YWxk';
    const png = productImagePng(7);
    const multipart = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="imageFiles"; filename="7.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      png,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    await relay(SELLER, '/v1/product-images/upload', {
      method: 'POST',
      headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      body: multipart,
    });
    const call = commerce.calls[1]!;
    expect(call.contentType).toBe(`multipart/form-data; boundary=${boundary}`);
    expect(call.body.equals(multipart)).toBe(true);
    expect(call.method).toBe('POST');
  });

  it('passes error statuses, bodies and headers through unchanged', async () => {
    const res = await relay(SELLER, '/v1/status/429');
    expect(res.status).toBe(429);
    expect(res.headers.get('gncp-gw-ratelimit-remaining')).toBe('0');
    expect(res.headers.get('gncp-gw-ratelimit-replenish-rate')).toBe('2');
    expect(await res.json()).toEqual({
      code: 'GW.RATE_LIMIT',
      message: '요청이 많아 서비스를 일시적으로 사용할 수 없습니다.',
      traceId: 'ar2-fake-commerce^1700000000000^1',
    });
  });

  it('re-issues the token once after 401 GW.AUTHN and retries once', async () => {
    await relay(SELLER, '/v1/seller/account');
    commerce.expireTokens();
    const res = await relay(SELLER, '/v1/seller/account');
    expect(res.status).toBe(200);
    expect(commerce.tokenRequests).toHaveLength(2);
    expect(commerce.calls.map((c) => c.authorization)).toEqual([
      `Bearer tok-${SELLER}-1`,
      `Bearer tok-${SELLER}-1`,
      `Bearer tok-${SELLER}-2`,
    ]);
  });

  it('gives the 401 back when the fresh token is refused too', async () => {
    commerce.rejectNextTokens(5);
    const res = await relay(SELLER, '/v1/seller/account');
    expect(res.status).toBe(401);
    expect(((await res.json()) as { code: string }).code).toBe('GW.AUTHN');
    expect(res.headers.get('gncp-gw-trace-id')).toBeTruthy();
    expect(commerce.calls).toHaveLength(2);
    expect(commerce.tokenRequests).toHaveLength(2);
  });

  it("passes Naver's token errors through: status and body", async () => {
    const notChosen = await relay('ncp_neverChoseAgency', '/v1/seller/account');
    expect(notChosen.status).toBe(403);
    expect(await notChosen.json()).toEqual({
      code: 'FORBIDDEN',
      message: '판매자가 이 API 대행사를 선택하지 않았습니다.',
      timestamp: '2025-03-01T09:00:00.000+09:00',
    });
    expect(commerce.calls).toHaveLength(0);

    const wrongSecret = await startShopEmulator({
      commerceBaseUrl: commerce.url,
      agency: { ...AGENCY, clientSecret: '$2a$04$YRkBhFNBXdNClAqPoDs.Iu' },
      seed: false,
    });
    try {
      const res = await fetch(`${relayBaseUrl(wrongSecret.url, SELLER)}/v1/seller/account`, {
        headers: shopAuthHeaders(SHOP_SEED.key),
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { code: string; invalidInputs: { name: string }[] };
      expect(body.code).toBe('BAD_REQUEST');
      expect(body.invalidInputs[0]!.name).toBe('client_secret_sign');
      const text = JSON.stringify(body) + JSON.stringify([...res.headers]);
      expect(text).not.toContain(AGENCY.clientSecret);
    } finally {
      await wrongSecret.close();
    }
  });

  it('needs the shop key, works before the account is linked, and refuses sellers of other shops', async () => {
    const noKey = await fetch(`${relayBaseUrl(emu.url, SELLER)}/v1/seller/account`);
    expect(noKey.status).toBe(401);
    expect(((await noKey.json()) as { error: { code: string } }).error.code).toBe('SHOP_KEY_REJECTED');
    expect(commerce.tokenRequests).toHaveLength(0);

    await emu.close();
    emu = await startShopEmulator({
      commerceBaseUrl: commerce.url,
      agency: AGENCY,
      seed: false,
      shops: [
        { key: SHOP_SEED.key, shopId: SHOP_SEED.shopId, shopName: SHOP_SEED.shopName },
        { key: 'sxp_other_shop_key_0002', shopId: 'shop_other', shopName: '다른 상점' },
      ],
    });
    expect((await relay(SELLER, '/v1/seller/account')).status).toBe(200);
    const linked = await fetch(`${emu.url}/api/v1/market-accounts`, {
      method: 'POST',
      headers: { ...shopAuthHeaders(SHOP_SEED.key), 'Content-Type': 'application/json' },
      body: JSON.stringify(accountInput(1, { apiSellerId: SELLER })),
    });
    expect(linked.status).toBe(201);
    const fromOther = await relay(SELLER, '/v1/seller/account', {}, 'sxp_other_shop_key_0002');
    expect(fromOther.status).toBe(409);
    expect((await relay(SELLER, '/v1/seller/account')).status).toBe(200);
  });

  it('never relays the token endpoint or unversioned paths', async () => {
    expect((await relay(SELLER, '/v1/oauth2/token', { method: 'POST' })).status).toBe(404);
    expect((await relay(SELLER, '/partner/v1/seller/account')).status).toBe(404);
    expect(commerce.tokenRequests).toHaveLength(0);
    // Dot segments are resolved before routing: they can change the seller asked for, never leave /partner.
    await relay(SELLER, '/v1/../../external/v1/seller/account');
    expect(commerce.tokenRequests.map((t) => t.accountId)).toEqual(['external']);
    expect(commerce.calls).toHaveLength(0);
  });
});

describe('Commerce API relay with broken agency credentials', () => {
  it('answers 500 INTERNAL without a word about the secret', async () => {
    const commerce = await startFakeCommerce({ ...AGENCY, sellers: [SELLER] });
    const badSecret = 'not-a-bcrypt-salt-9f2c';
    const emu = await startShopEmulator({
      commerceBaseUrl: commerce.url,
      agency: { ...AGENCY, clientSecret: badSecret },
      seed: false,
    });
    try {
      const res = await fetch(`${relayBaseUrl(emu.url, SELLER)}/v1/seller/account`, {
        headers: shopAuthHeaders(SHOP_SEED.key),
      });
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text).error.code).toBe('INTERNAL');
      expect(text).not.toContain(badSecret);
      expect(commerce.calls).toHaveLength(0);
    } finally {
      await emu.close();
      await commerce.close();
    }
  });
});

describe('Commerce API relay without a Commerce API', () => {
  it('answers 502 UPSTREAM_UNREACHABLE', async () => {
    const gone = await startFakeCommerce({ ...AGENCY, sellers: [SELLER] });
    const url = gone.url;
    await gone.close();
    const emu = await startShopEmulator({ commerceBaseUrl: url, agency: AGENCY, seed: false });
    try {
      const res = await fetch(`${relayBaseUrl(emu.url, SELLER)}/v1/seller/account`, {
        headers: shopAuthHeaders(SHOP_SEED.key),
      });
      expect(res.status).toBe(502);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('UPSTREAM_UNREACHABLE');
    } finally {
      await emu.close();
    }
  });
});
