import { afterEach, describe, expect, it } from 'vitest';
import { type LinkDb, openLinkDb } from '../../../lib/db/schema';
import { DEFAULT_SETTINGS, getSettings, updateSettings } from '../../../lib/settings/settings';

let db: LinkDb;
afterEach(async () => {
  await db?.delete();
});

describe('settings', () => {
  it('defaults to the real services', async () => {
    db = openLinkDb(`s-${Math.random()}`);
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.commerceApiOrigin).toBe('https://api.commerce.naver.com');
  });

  it('accepts the sandbox on this computer and normalises trailing slashes', async () => {
    db = openLinkDb(`s-${Math.random()}`);
    const s = await updateSettings(db, {
      commerceApiOrigin: 'http://127.0.0.1:8601/',
      shopBackendUrl: ' http://localhost:8602 ',
    });
    expect(s.commerceApiOrigin).toBe('http://127.0.0.1:8601');
    expect(s.shopBackendUrl).toBe('http://localhost:8602');
    expect((await getSettings(db)).commerceApiOrigin).toBe('http://127.0.0.1:8601');
  });

  it.each([
    ['http://api.example.com', 'https://'],
    ['ftp://127.0.0.1', 'https://'],
    ['not a url', '올바른 주소'],
    ['https://user:pw@api.example.com', '계정 정보'],
    ['https://api.example.com/?x=1', '쿼리'],
  ])('rejects %s with a Korean message and saves nothing', async (url, fragment) => {
    db = openLinkDb(`s-${Math.random()}`);
    const err = await updateSettings(db, { commerceApiOrigin: url }).catch((e: unknown) => e);
    expect(String((err as Error).message)).toContain(fragment);
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('rejects an interval out of range', async () => {
    db = openLinkDb(`s-${Math.random()}`);
    await expect(updateSettings(db, { syncIntervalMinutes: 0 })).rejects.toThrow();
    await expect(updateSettings(db, { lookbackDays: 365 })).rejects.toThrow();
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });
});
