import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CommerceEmulator, startCommerceEmulator } from './server';
import { api, SELLER_A, session } from './test-client';

let emu: CommerceEmulator;

beforeAll(async () => {
  emu = await startCommerceEmulator({
    rateLimitOverrides: { 'seller.account': { replenishRate: 2, burstCapacity: 4 } },
  });
});
afterAll(async () => {
  await emu.close();
});

const rateHeaders = (h: Headers) => ({
  replenish: h.get('GNCP-GW-RateLimit-Replenish-Rate'),
  burst: h.get('GNCP-GW-RateLimit-Burst-Capacity'),
  remaining: h.get('GNCP-GW-RateLimit-Remaining'),
});

describe('rate limit (token bucket per app per API)', () => {
  it('allows a burst, then answers 429 GW.RATE_LIMIT with the headers and no Retry-After', async () => {
    const s = await session(emu);
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await api(emu, s, 'GET', '/v1/seller/account');
      expect(res.status).toBe(200);
      expect(rateHeaders(res.headers)).toMatchObject({ replenish: '2', burst: '4' });
      remaining.push(res.headers.get('GNCP-GW-RateLimit-Remaining'));
    }
    expect(remaining).toEqual(['3', '2', '1', '0']);
    const limited = await api(emu, s, 'GET', '/v1/seller/account');
    expect(limited.status).toBe(429);
    expect(limited.json).toMatchObject({
      code: 'GW.RATE_LIMIT',
      message: '요청이 많아 서비스를 일시적으로 사용할 수 없습니다.',
      traceId: limited.headers.get('GNCP-GW-Trace-ID'),
    });
    expect(rateHeaders(limited.headers)).toEqual({ replenish: '2', burst: '4', remaining: '0' });
    expect(limited.headers.get('Retry-After')).toBeNull();

    // Another API of the same app has its own bucket with the default limits.
    const other = await api(emu, s, 'GET', '/v1/seller/channels');
    expect(other.status).toBe(200);
    expect(rateHeaders(other.headers)).toEqual({ replenish: '10', burst: '20', remaining: '19' });

    // Another app has its own bucket for the same API.
    const agency = await session(emu, { app: 'agencyApp', accountId: SELLER_A });
    expect((await api(emu, agency, 'GET', '/v1/seller/account')).status).toBe(200);

    // The token endpoint is not limited.
    for (let i = 0; i < 6; i++) await session(emu);
  });

  it('refills continuously at the replenish rate', async () => {
    emu.scenario.setRateLimit('seller.account', { replenishRate: 2, burstCapacity: 4 });
    const s = await session(emu);
    for (let i = 0; i < 4; i++) await api(emu, s, 'GET', '/v1/seller/account');
    expect((await api(emu, s, 'GET', '/v1/seller/account')).status).toBe(429);
    emu.scenario.advanceClock(1000);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await api(emu, s, 'GET', '/v1/seller/account')).status);
    expect(statuses).toEqual([200, 200, 429]);
    emu.scenario.advanceClock(10_000);
    const full = await api(emu, s, 'GET', '/v1/seller/account');
    expect(full.headers.get('GNCP-GW-RateLimit-Remaining')).toBe('3');
  });

  it('refills with real time too', async () => {
    emu.scenario.setRateLimit('seller.channels', { replenishRate: 20, burstCapacity: 2 });
    const s = await session(emu);
    await api(emu, s, 'GET', '/v1/seller/channels');
    await api(emu, s, 'GET', '/v1/seller/channels');
    expect((await api(emu, s, 'GET', '/v1/seller/channels')).status).toBe(429);
    await new Promise((r) => setTimeout(r, 120));
    expect((await api(emu, s, 'GET', '/v1/seller/channels')).status).toBe(200);
  });

  it("setRateLimit('*') changes every API", async () => {
    emu.scenario.setRateLimit('*', { replenishRate: 1, burstCapacity: 1 });
    const s = await session(emu);
    expect((await api(emu, s, 'POST', '/v1/products/search', {})).status).toBe(200);
    const second = await api(emu, s, 'POST', '/v1/products/search', {});
    expect(second.status).toBe(429);
    expect(second.json.code).toBe('GW.RATE_LIMIT');
    emu.scenario.reset();
    expect((await api(emu, await session(emu), 'POST', '/v1/products/search', {})).status).toBe(200);
  });
});
