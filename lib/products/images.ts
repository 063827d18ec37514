import type { CommerceClient } from '../smartstore/client';
import { chunk, LIMITS } from '../smartstore/limits';
import type { ImageFile } from '../smartstore/products';
import type { ImageMap } from './image-map';
import { toItemError } from './item-error';
import type { ItemError } from './types';

/** Reads one shop image (the background's `fetch` in the extension). */
export type FetchImage = (url: string) => Promise<ImageFile>;

const FORMAT_ERROR: ItemError = {
  kind: 'image-format',
  message:
    '스마트스토어는 JPG, PNG, GIF, BMP 이미지만 받습니다. 식스샵 상품의 이미지를 이 형식으로 바꿔 주세요.',
  retryable: false,
};

/** JPG, PNG, GIF or BMP by magic bytes (reference §4.5). */
export function imageType(bytes: Uint8Array): ImageFile['type'] | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x42, 0x4d)) return 'image/bmp';
  return undefined;
}

const EXT: Record<ImageFile['type'], string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
};

export class ImageFetchError extends Error {
  constructor(readonly itemError: ItemError) {
    super(itemError.message);
  }
}

export function fetchImageWith(fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis)): FetchImage {
  return async (url) => {
    let res: Response;
    try {
      res = await fetchImpl(url, {
        credentials: 'omit',
        signal: AbortSignal.timeout(LIMITS.requestTimeoutMs),
      });
    } catch {
      throw new ImageFetchError({
        kind: 'image-fetch',
        message: `식스샵 상품 이미지를 내려받지 못했습니다 (${url}). 인터넷 연결을 확인한 뒤 다시 시도해 주세요.`,
        retryable: true,
      });
    }
    if (!res.ok) {
      throw new ImageFetchError({
        kind: 'image-fetch',
        message: `식스샵 상품 이미지를 찾을 수 없습니다 (${url}, HTTP ${res.status}). 식스샵 상품의 이미지를 다시 등록해 주세요.`,
        retryable: res.status >= 500,
      });
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    const type = imageType(bytes);
    if (!type) throw new ImageFetchError(FORMAT_ERROR);
    const base = decodeURIComponent(new URL(url).pathname.split('/').pop() || 'image').replace(
      /\.[^.]*$/,
      '',
    );
    return { name: `${base || 'image'}.${EXT[type]}`, type, data: bytes };
  };
}

/**
 * Puts every image not yet on SmartStore's host there, at most 10 per upload call, and records each in the
 * account's image map (saved after every call). Answers the images that could not go, with why.
 */
export async function uploadMissing(
  commerce: CommerceClient,
  map: ImageMap,
  sourceUrls: readonly string[],
  fetchImage: FetchImage,
): Promise<Map<string, ItemError>> {
  const failed = new Map<string, ItemError>();
  const missing = [...new Set(sourceUrls)].filter((u) => !map.get(u));
  const ready: Array<{ url: string; file: ImageFile }> = [];
  for (const url of missing) {
    try {
      ready.push({ url, file: await fetchImage(url) });
    } catch (e) {
      failed.set(url, e instanceof ImageFetchError ? e.itemError : toItemError(e));
    }
  }
  for (const batch of chunk(ready, LIMITS.imageFiles)) {
    try {
      const hosted = await commerce.uploadImages(batch.map((b) => b.file));
      batch.forEach((b, i) => {
        const url = hosted[i];
        if (url) map.set(b.url, url);
      });
    } catch (e) {
      // An upload whose answer never came may be repeated safely: it only leaves an unused copy on the host.
      const err = toItemError(e);
      for (const b of batch) failed.set(b.url, { ...err, retryable: true });
    }
    await map.save();
  }
  return failed;
}
