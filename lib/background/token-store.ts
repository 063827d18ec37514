import type { CachedToken, TokenStore } from '../smartstore/token';

/** Minimal view of `chrome.storage.session` (in memory, cleared with the browser, hidden from content scripts). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Keeps tokens across service-worker restarts without writing them to disk. */
export function sessionTokenStore(area: SessionArea): TokenStore {
  const k = (key: string) => `token:${key}`;
  return {
    async get(key) {
      const v = (await area.get(k(key)))[k(key)];
      if (typeof v !== 'object' || v === null) return undefined;
      const t = v as Partial<CachedToken>;
      return typeof t.accessToken === 'string' && typeof t.expiresAt === 'number'
        ? { accessToken: t.accessToken, expiresAt: t.expiresAt }
        : undefined;
    },
    set: (key, token) => area.set({ [k(key)]: token }),
    delete: (key) => area.remove(k(key)),
  };
}
