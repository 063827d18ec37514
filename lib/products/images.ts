import { t } from '../i18n';
import type { CommerceClient } from '../smartstore/client';
import { LIMITS } from '../smartstore/limits';
import type { ImageFile } from '../smartstore/products';
import type { ImageMap } from './image-map';
import { toItemError } from './item-error';
import type { ItemError } from './types';

/** Reads one shop image (the background's `fetch` in the extension). */
export type FetchImage = (url: string) => Promise<ImageFile>;

const formatError = (): ItemError => ({
  kind: 'image-format',
  message: t(
    '스마트스토어는 JPG, PNG, GIF, BMP 이미지만 받습니다. 식스샵 상품의 이미지를 이 형식으로 바꿔 주세요.',
    'SmartStore accepts only JPG, PNG, GIF and BMP images. Change this Sixshop Pro product’s images to one of these formats.',
  ),
  retryable: false,
});

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
        message: t(
          `식스샵 상품 이미지를 내려받지 못했습니다 (${url}). 인터넷 연결을 확인한 뒤 다시 시도해 주세요.`,
          `Could not download a Sixshop Pro product image (${url}). Check your internet connection and try again.`,
        ),
        retryable: true,
      });
    }
    if (!res.ok) {
      throw new ImageFetchError({
        kind: 'image-fetch',
        message: t(
          `식스샵 상품 이미지를 찾을 수 없습니다 (${url}, HTTP ${res.status}). 식스샵 상품의 이미지를 다시 등록해 주세요.`,
          `Sixshop Pro product image not found (${url}, HTTP ${res.status}). Upload the product’s images again in Sixshop Pro.`,
        ),
        retryable: res.status >= 500,
      });
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    const type = imageType(bytes);
    if (!type) throw new ImageFetchError(formatError());
    const base = decodeURIComponent(new URL(url).pathname.split('/').pop() || 'image').replace(
      /\.[^.]*$/,
      '',
    );
    return { name: `${base || 'image'}.${EXT[type]}`, type, data: bytes };
  };
}

/** Images on their way to SmartStore's host: read as soon as a product needs them, sent in full calls. */
export interface ImageUploads {
  /**
   * Reads the images of `sourceUrls` that are neither hosted nor already waiting; each one read waits for an
   * upload call, each one that cannot be read is kept as a failure (with why).
   */
  add(sourceUrls: readonly string[]): Promise<void>;
  /** images read and waiting for an upload call */
  readonly waiting: number;
  /** Sends every full call of 10 waiting images (oldest first); with `all`, the rest too. */
  send(all: boolean): Promise<void>;
  /** why an image cannot go, if it cannot */
  failure(sourceUrl: string): ItemError | undefined;
  /** hosted, or known not to go: nothing more will happen to it */
  settled(sourceUrl: string): boolean;
  /** Forgets the failures of images no longer needed, so a later product tries them again. */
  keepFailures(needed: (sourceUrl: string) => boolean): void;
}

/**
 * Puts images not yet on SmartStore's host there, exactly 10 per upload call except the last one of a run,
 * and records each in the account's image map (saved after every call), so an image goes up once per account.
 */
export function imageUploads(commerce: CommerceClient, map: ImageMap, fetchImage: FetchImage): ImageUploads {
  const failed = new Map<string, ItemError>();
  const waiting: Array<{ url: string; file: ImageFile }> = [];
  const waitingUrls = new Set<string>();

  async function upload(batch: Array<{ url: string; file: ImageFile }>): Promise<void> {
    try {
      const hosted = await commerce.uploadImages(batch.map((b) => b.file));
      batch.forEach((b, i) => {
        const url = hosted[i];
        if (url) map.set(b.url, url);
        else failed.set(b.url, NOT_HOSTED());
      });
    } catch (e) {
      // An upload whose answer never came may be repeated safely: it only leaves an unused copy on the host.
      const err = toItemError(e);
      for (const b of batch) failed.set(b.url, { ...err, retryable: true });
    }
    for (const b of batch) waitingUrls.delete(b.url);
    await map.save();
  }

  return {
    async add(sourceUrls) {
      for (const url of new Set(sourceUrls)) {
        if (map.get(url) || waitingUrls.has(url) || failed.has(url)) continue;
        try {
          waiting.push({ url, file: await fetchImage(url) });
          waitingUrls.add(url);
        } catch (e) {
          failed.set(url, e instanceof ImageFetchError ? e.itemError : toItemError(e));
        }
      }
    },
    get waiting() {
      return waiting.length;
    },
    async send(all) {
      while (waiting.length >= LIMITS.imageFiles || (all && waiting.length > 0)) {
        await upload(waiting.splice(0, LIMITS.imageFiles));
      }
    },
    failure: (url) => failed.get(url),
    settled: (url) => !!map.get(url) || failed.has(url),
    keepFailures(needed) {
      for (const url of [...failed.keys()]) if (!needed(url)) failed.delete(url);
    },
  };
}

const NOT_HOSTED = (): ItemError => ({
  kind: 'bad-response',
  message: t(
    '스마트스토어가 이미지 주소를 돌려주지 않았습니다. 다시 시도해 주세요.',
    'SmartStore did not return an address for the image. Try again.',
  ),
  retryable: true,
});
