import type { LinkDb } from '../db/schema';

/**
 * Which shop image (source URL) is already on SmartStore's image host, per account, so that an image is
 * uploaded once. Kept in one `jobs` row of kind `image-map` (per-account data, so unlink removes it with the
 * rest); a dedicated table would be `imageUploads: '[accountId+sourceUrl], accountId'`.
 */
export const IMAGE_MAP_KIND = 'image-map';
const MAX_ENTRIES = 5_000;

export interface ImageMap {
  get(sourceUrl: string): string | undefined;
  set(sourceUrl: string, hostedUrl: string): void;
  readonly size: number;
  save(): Promise<void>;
}

const rowId = (accountId: string) => `${IMAGE_MAP_KIND}:${accountId}`;

export async function loadImageMap(db: LinkDb, accountId: string, now: () => number): Promise<ImageMap> {
  const row = await db.jobs.get(rowId(accountId));
  const saved = (row?.state as { urls?: Record<string, string> } | undefined)?.urls ?? {};
  const urls = new Map(Object.entries(saved));
  let dirty = false;
  return {
    get: (src) => urls.get(src),
    set(src, hosted) {
      urls.delete(src);
      urls.set(src, hosted);
      while (urls.size > MAX_ENTRIES) urls.delete(urls.keys().next().value as string);
      dirty = true;
    },
    get size() {
      return urls.size;
    },
    async save() {
      if (!dirty) return;
      const t = now();
      await db.jobs.put({
        id: rowId(accountId),
        accountId,
        kind: IMAGE_MAP_KIND,
        status: 'cache',
        createdAt: row?.createdAt ?? t,
        updatedAt: t,
        state: { urls: Object.fromEntries(urls) },
      });
      dirty = false;
    },
  };
}
