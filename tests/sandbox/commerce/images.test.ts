import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { solidPng } from './png';
import { type CommerceEmulator, startCommerceEmulator } from './server';
import { api, type ErrorBody, SELLER_A, type Session, session } from './test-client';

let emu: CommerceEmulator;
let s: Session;

beforeAll(async () => {
  emu = await startCommerceEmulator();
});
afterAll(async () => {
  await emu.close();
});
beforeEach(async () => {
  emu.scenario.reset();
  s = await session(emu);
});

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
const BMP = Buffer.concat([Buffer.from('BM'), Buffer.alloc(60)]);

function form(files: Buffer[], field = 'imageFiles'): FormData {
  const f = new FormData();
  files.forEach((bytes, i) => {
    f.append(field, new Blob([Uint8Array.from(bytes)]), `f${i}`);
  });
  return f;
}

type UploadBody = Partial<ErrorBody> & { images: { url: string }[] };
const upload = (f: FormData) => api<UploadBody>(emu, s, 'POST', '/v1/product-images/upload', f);

describe('POST /v1/product-images/upload', () => {
  it('stores 1 to 10 images and serves them at the returned URLs', async () => {
    const png = Buffer.from(solidPng([10, 20, 30], 4));
    const one = await upload(form([png]));
    expect(one.status).toBe(200);
    const [url] = one.json.images.map((i) => i.url);
    expect(url).toMatch(new RegExp(`^${emu.url}/images/[\\w-]+\\.png$`));
    const served = await fetch(url as string);
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);

    const ten = await upload(form([png, JPEG, GIF, BMP, png, png, png, png, png, png]));
    expect(ten.status).toBe(200);
    const urls = ten.json.images.map((i) => i.url);
    expect(urls).toHaveLength(10);
    expect(new Set(urls).size).toBe(10);
    expect(urls.slice(0, 4).map((u) => u.split('.').pop())).toEqual(['png', 'jpg', 'gif', 'bmp']);
    expect(emu.scenario.uploadCount(SELLER_A)).toBe(11);
  });

  it('refuses 0 or 11 files with BAD_REQUEST', async () => {
    const png = Buffer.from(solidPng([1, 2, 3], 4));
    const eleven = await upload(form(Array.from({ length: 11 }, () => png)));
    expect(eleven.status).toBe(400);
    expect(eleven.json).toMatchObject({ code: 'BAD_REQUEST' });
    const none = await upload(form([png], 'otherField'));
    expect(none.status).toBe(400);
    expect(emu.scenario.uploadCount(SELLER_A)).toBe(0);
  });

  it('refuses files that are not JPG, GIF, PNG or BMP by their bytes', async () => {
    const res = await upload(
      form([Buffer.from(solidPng([1, 2, 3], 4)), Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')]),
    );
    expect(res.status).toBe(400);
    expect(res.json.invalidInputs).toEqual([expect.objectContaining({ name: 'imageFiles[1]' })]);
    expect(emu.scenario.uploadCount(SELLER_A)).toBe(0);
  });

  it('answers 415 to a non-multipart body', async () => {
    const res = await api(emu, s, 'POST', '/v1/product-images/upload', { imageFiles: [] });
    expect(res.status).toBe(415);
  });
});
