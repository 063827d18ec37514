import { randomBytes } from 'node:crypto';
import { LIMITS } from '../../../lib/smartstore/limits';
import type { AuthContext } from './auth';
import type { EmulatorContext } from './context';
import { productBadRequest, unsupportedMediaType } from './errors';
import { type ApiResponse, headerValue, type IncomingCall, mediaType } from './http';
import type { EmulatorState, StoredImage } from './state';

interface ImageFormat {
  ext: string;
  contentType: string;
}

/** JPG, GIF, PNG or BMP by magic bytes (reference §4.5); anything else is refused. */
export function sniffImage(bytes: Uint8Array): ImageFormat | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0xff, 0xd8, 0xff)) return { ext: 'jpg', contentType: 'image/jpeg' };
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return { ext: 'png', contentType: 'image/png' };
  if (starts(0x47, 0x49, 0x46, 0x38) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61) {
    return { ext: 'gif', contentType: 'image/gif' };
  }
  if (starts(0x42, 0x4d) && bytes.length >= 26) return { ext: 'bmp', contentType: 'image/bmp' };
  return undefined;
}

/** Stores image bytes under a URL served by the emulator (`${baseUrl}/images/<id>.<ext>`). */
export function storeImage(
  state: EmulatorState,
  sellerAccountId: string,
  bytes: Uint8Array,
  id?: string,
): StoredImage {
  const format = sniffImage(bytes);
  if (!format) throw new Error('not an image');
  const imageId = `${id ?? `${String(state.nextImageSeq++).padStart(6, '0')}-${randomBytes(4).toString('hex')}`}.${format.ext}`;
  const image: StoredImage = {
    id: imageId,
    url: `${state.baseUrl}/images/${imageId}`,
    contentType: format.contentType,
    bytes,
    sellerAccountId,
  };
  state.addImage(image);
  return image;
}

/** `POST /v1/product-images/upload` (reference §4.5): multipart `imageFiles`, 1–10 files. */
export async function uploadImages(
  ctx: EmulatorContext,
  call: IncomingCall,
  auth: AuthContext,
): Promise<ApiResponse> {
  if (mediaType(call.headers) !== 'multipart/form-data') {
    throw unsupportedMediaType(
      '지원하지 않는 Content-Type 입니다. multipart/form-data 형식으로 요청해 주세요.',
    );
  }
  let form: FormData;
  try {
    const request = new Request('http://emulator.local/upload', {
      method: 'POST',
      headers: { 'content-type': headerValue(call.headers, 'content-type') ?? '' },
      body: Uint8Array.from(call.body),
    });
    form = await request.formData();
  } catch {
    throw productBadRequest('multipart 요청 본문을 읽을 수 없습니다.', [
      { name: 'imageFiles', type: 'Invalid', message: 'multipart 형식이 올바르지 않습니다.' },
    ]);
  }
  const files = form.getAll('imageFiles').filter((v): v is File => typeof v !== 'string');
  if (files.length === 0 || files.length > LIMITS.imageFiles) {
    throw productBadRequest(`이미지는 1개 이상 ${LIMITS.imageFiles}개 이하로 업로드해야 합니다.`, [
      {
        name: 'imageFiles',
        type: 'Size',
        message: `이미지 파일은 1~${LIMITS.imageFiles}개까지 업로드할 수 있습니다.`,
      },
    ]);
  }
  const contents = await Promise.all(files.map(async (f) => new Uint8Array(await f.arrayBuffer())));
  const bad = contents.map((bytes, i) => ({ i, ok: sniffImage(bytes) !== undefined })).filter((r) => !r.ok);
  if (bad.length > 0) {
    throw productBadRequest(
      '지원하지 않는 이미지 형식입니다. JPG, GIF, PNG, BMP 파일만 업로드할 수 있습니다.',
      bad.map((r) => ({
        name: `imageFiles[${r.i}]`,
        type: 'Invalid',
        message: '지원하지 않는 이미지 형식입니다.',
      })),
    );
  }
  const seller = auth.seller.accountId;
  const images = contents.map((bytes) => storeImage(ctx.state, seller, bytes));
  ctx.state.uploadCounts.set(seller, (ctx.state.uploadCounts.get(seller) ?? 0) + images.length);
  return { status: 200, body: { images: images.map((img) => ({ url: img.url })) } };
}

/** `GET /images/<id>`: the stored bytes (public, like Naver's image CDN). */
export function serveImage(state: EmulatorState, id: string): ApiResponse | undefined {
  const image = state.images.get(id);
  if (!image) return undefined;
  return { status: 200, raw: { bytes: image.bytes, contentType: image.contentType } };
}
