import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relayBaseUrl, shopAuthHeaders } from '../../../lib/sixshop/auth';
import { COMMERCE_SEED } from '../commerce/seed';
import { type CommerceEmulator, startCommerceEmulator } from '../commerce/server';
import { SHOP_SEED } from './seed';
import { type ShopEmulator, startShopEmulator } from './server';

const A = COMMERCE_SEED.sellers.A.accountId;
const C = COMMERCE_SEED.sellers.C.accountId;

describe('relay against the Commerce API emulator', () => {
  let commerce: CommerceEmulator;
  let shop: ShopEmulator;
  beforeAll(async () => {
    commerce = await startCommerceEmulator();
    shop = await startShopEmulator({
      commerceBaseUrl: commerce.url,
      agency: COMMERCE_SEED.agencyApp,
      seed: false,
    });
  });
  afterAll(async () => {
    await shop.close();
    await commerce.close();
  });

  const relay = (seller: string, path: string, init: RequestInit = {}) =>
    fetch(`${relayBaseUrl(shop.url, seller)}${path}`, {
      ...init,
      headers: { ...shopAuthHeaders(SHOP_SEED.key), ...(init.headers as Record<string, string> | undefined) },
    });

  it('reads the seller behind the agency token', async () => {
    const res = await relay(A, '/v1/seller/account');
    expect(res.status).toBe(200);
    expect(res.headers.get('gncp-gw-trace-id')).toBeTruthy();
    expect(((await res.json()) as { accountId: string }).accountId).toBe(A);
    const token = commerce.requests.find((r) => r.api === 'token');
    expect(token).toMatchObject({ path: '/partner/v1/oauth2/token', status: 200, accountId: A });
    expect(commerce.requests.at(-1)).toMatchObject({
      path: '/partner/v1/seller/account',
      status: 200,
      accountId: A,
    });
  });

  it('forwards a JSON search body', async () => {
    const res = await relay(A, '/v1/products/search', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ page: 1, size: 2 }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { contents: unknown[]; size: number };
    expect(body.size).toBe(2);
    expect(body.contents.length).toBeLessThanOrEqual(2);
  });

  it('re-issues after the tokens expire', async () => {
    commerce.scenario.expireTokens();
    const before = commerce.requests.length;
    const res = await relay(A, '/v1/seller/account');
    expect(res.status).toBe(200);
    expect(
      commerce.requests.slice(before).map((r) => [r.api === 'token' ? 'token' : r.path, r.status]),
    ).toEqual([
      ['/partner/v1/seller/account', 401],
      ['token', 200],
      ['/partner/v1/seller/account', 200],
    ]);
  });

  it('passes the refusal for a seller who chose another agency through', async () => {
    const res = await relay(C, '/v1/seller/account');
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({
      code: 'FORBIDDEN',
      message: '판매자가 해당 API 대행사를 선택하지 않았습니다.',
    });
  });
});
