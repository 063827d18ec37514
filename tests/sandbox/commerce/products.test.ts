import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { solidPng } from './png';
import type { OriginProduct } from './product-schema';
import { type CommerceEmulator, startCommerceEmulator } from './server';
import {
  api,
  type ErrorBody,
  type ProductDetail,
  SELLER_A,
  SELLER_B,
  type SearchResult,
  type Session,
  session,
} from './test-client';

let emu: CommerceEmulator;
let s: Session;

type Created = Partial<ErrorBody> & { originProductNo: number; smartstoreChannelProductNo: number };

beforeAll(async () => {
  emu = await startCommerceEmulator({ rateLimit: { replenishRate: 500, burstCapacity: 1000 } });
});
afterAll(async () => {
  await emu.close();
});
beforeEach(async () => {
  emu.scenario.reset();
  s = await session(emu);
});

async function upload(count = 1): Promise<string[]> {
  const form = new FormData();
  for (let i = 0; i < count; i++) {
    form.append('imageFiles', new Blob([Uint8Array.from(solidPng([i * 20, 90, 160], 8))]), `p${i}.png`);
  }
  const res = await api<{ images: { url: string }[] }>(emu, s, 'POST', '/v1/product-images/upload', form);
  expect(res.status).toBe(200);
  return res.json.images.map((i) => i.url);
}

const search = (body: Record<string, unknown>, who: Session = s) =>
  api<SearchResult>(emu, who, 'POST', '/v1/products/search', body);
const getOrigin = (no: number) =>
  api<ProductDetail & Partial<ErrorBody>>(emu, s, 'GET', `/v2/products/origin-products/${no}`);
const putOrigin = (no: number | undefined, body: unknown) =>
  api<Created>(emu, s, 'PUT', `/v2/products/origin-products/${no}`, body);
const create = (body: unknown) => api<Created>(emu, s, 'POST', '/v2/products', body);

function validBody(
  imageUrl: string,
): ProductDetail & { originProduct: Required<Pick<OriginProduct, 'images'>> } {
  return {
    originProduct: {
      statusType: 'SALE',
      leafCategoryId: '50000805',
      name: '도자기 머그컵 400ml',
      detailContent: '<p>매일 쓰기 좋은 머그컵</p>',
      images: { representativeImage: { url: imageUrl } },
      salePrice: 15000,
      stockQuantity: 20,
      deliveryInfo: {
        deliveryType: 'DELIVERY',
        deliveryAttributeType: 'NORMAL',
        deliveryCompany: 'CJGLS',
        deliveryFee: { deliveryFeeType: 'PAID', baseFee: 3000, deliveryFeePayType: 'PREPAID' },
        claimDeliveryInfo: { returnDeliveryFee: 3000, exchangeDeliveryFee: 6000 },
      },
      detailAttribute: {
        afterServiceInfo: {
          afterServiceTelephoneNumber: '02-123-4567',
          afterServiceGuideContent: '고객센터로 문의해 주세요.',
        },
        originAreaInfo: { originAreaCode: '00' },
        sellerCodeInfo: { sellerManagementCode: 'MUG-400' },
        minorPurchasable: true,
        productInfoProvidedNotice: {
          productInfoProvidedNoticeType: 'ETC',
          etc: {
            returnCostReason: '0',
            noRefundReason: '0',
            qualityAssuranceStandard: '0',
            compensationProcedure: '0',
            troubleShootingContents: '0',
            itemName: '머그컵',
            modelName: 'MUG-400',
            manufacturer: '하늘리빙',
            customerServicePhoneNumber: '02-123-4567',
          },
        },
      },
    },
    smartstoreChannelProduct: { naverShoppingRegistration: false, channelProductDisplayStatusType: 'ON' },
  };
}

const names = (res: { json: Partial<ErrorBody> }) => (res.json.invalidInputs ?? []).map((i) => i.name);
const firstName = (r: SearchResult['contents'][number]) => r.channelProducts[0]?.name;

describe('POST /v1/products/search', () => {
  it('pages with size 500 over more than 500 products, without duplicates', async () => {
    emu.scenario.addProducts(SELLER_A, 520);
    const first = await search({ page: 1, size: 500 });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({
      page: 1,
      size: 500,
      totalElements: 550,
      totalPages: 2,
      first: true,
      last: false,
    });
    expect(first.json.contents).toHaveLength(500);
    const second = (await search({ page: 2, size: 500 })).json;
    expect(second).toMatchObject({ page: 2, totalElements: 550, first: false, last: true });
    expect(second.contents).toHaveLength(50);
    const nos = [...first.json.contents, ...second.contents].map((c) => c.originProductNo);
    expect(new Set(nos).size).toBe(550);
    expect((await search({ page: 3, size: 500 })).json.contents).toEqual([]);
  });

  it('refuses size over 500 with BAD_REQUEST', async () => {
    const res = await search({ page: 1, size: 501 });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({
      code: 'BAD_REQUEST',
      invalidInputs: [expect.objectContaining({ name: 'size' })],
    });
  });

  it('defaults to page 1 size 50, filters, sorts, and shows only the token seller', async () => {
    const all = (await search({})).json;
    expect(all).toMatchObject({ page: 1, size: 50, totalElements: 30, last: true, sort: { sorted: true } });
    const entry = all.contents[0];
    expect(entry?.channelProducts[0]).toMatchObject({
      originProductNo: entry?.originProductNo,
      channelProductNo: expect.any(Number),
      channelServiceType: 'STOREFARM',
      name: expect.any(String),
      statusType: expect.any(String),
      salePrice: expect.any(Number),
      stockQuantity: expect.any(Number),
      representativeImage: { url: expect.stringContaining(`${emu.url}/images/`) },
      regDate: expect.stringMatching(/\+09:00$/),
    });
    expect((await search({ productStatusTypes: ['SUSPENSION'] })).json.totalElements).toBe(1);
    const byName = (await search({ orderType: 'NAME', size: 100 })).json.contents.map(firstName);
    expect(byName).toEqual([...byName].sort((a, b) => (a ?? '').localeCompare(b ?? '', 'ko')));
    const byCode = await search({ searchKeywordType: 'SELLER_CODE', sellerManagementCode: 'HL-0002' });
    expect(byCode.json.contents.map(firstName)).toEqual(['무지 머그컵 350ml']);
    const b = await session(emu, { app: 'agencyApp', accountId: SELLER_B });
    expect((await search({}, b)).json.totalElements).toBe(10);
  });
});

describe('GET products', () => {
  it('reads an origin product and a channel product; other sellers’ are NOT_FOUND', async () => {
    const [a] = emu.scenario.listProducts(SELLER_A);
    const [b] = emu.scenario.listProducts(SELLER_B);
    if (!a || !b) throw new Error('seed');
    const origin = await getOrigin(a.originProductNo);
    expect(origin.status).toBe(200);
    expect(origin.json.originProduct).toMatchObject({ name: '린넨 침구 세트 퀸', statusType: 'SALE' });
    expect(origin.json.originProduct.detailAttribute?.optionInfo?.optionCombinations).toHaveLength(6);
    expect(origin.json.smartstoreChannelProduct).toMatchObject({ channelProductDisplayStatusType: 'ON' });
    const channel = await api(emu, s, 'GET', `/v2/products/channel-products/${a.channelProductNo}`);
    expect(channel.json).toEqual(origin.json);
    const foreign = await getOrigin(b.originProductNo);
    expect(foreign.status).toBe(404);
    expect(foreign.json).toMatchObject({ code: 'NOT_FOUND', traceId: expect.any(String) });
    expect((await getOrigin(999)).status).toBe(404);
  });

  it('serves seed images', async () => {
    const [a] = emu.scenario.listProducts(SELLER_A);
    const res = await fetch(a?.originProduct.images?.representativeImage?.url ?? '');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });
});

describe('POST /v2/products', () => {
  it('creates a product from uploaded images', async () => {
    const [rep = '', extra = ''] = await upload(2);
    const body = validBody(rep);
    body.originProduct.images.optionalImages = [{ url: extra }];
    const res = await create(body);
    expect(res.status).toBe(200);
    const { originProductNo, smartstoreChannelProductNo } = res.json;
    expect(originProductNo).toEqual(expect.any(Number));
    expect(smartstoreChannelProductNo).toEqual(expect.any(Number));
    const read = await getOrigin(originProductNo);
    expect(read.json.originProduct).toMatchObject({
      name: '도자기 머그컵 400ml',
      salePrice: 15000,
      statusType: 'SALE',
    });
    expect(emu.scenario.getProduct(originProductNo)?.sellerAccountId).toBe(SELLER_A);
  });

  it('lists every problem at once, with dotted paths', async () => {
    const [rep = ''] = await upload();
    const body = validBody(rep);
    const op = body.originProduct;
    const attr = op.detailAttribute!;
    Object.assign(op, {
      statusType: 'SUSPENSION',
      leafCategoryId: '99999999',
      salePrice: 15005,
      stockQuantity: -1,
      name: 42,
    });
    delete attr.afterServiceInfo!.afterServiceTelephoneNumber;
    delete attr.minorPurchasable;
    delete (attr.productInfoProvidedNotice!.etc as Record<string, unknown>).itemName;
    attr.originAreaInfo = { originAreaCode: '02' };
    delete op.deliveryInfo!.deliveryCompany;
    body.smartstoreChannelProduct.channelProductDisplayStatusType = 'WAIT';
    const res = await create(body);
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.any(String),
      traceId: expect.any(String),
    });
    expect(names(res)).toEqual(
      expect.arrayContaining([
        'originProduct.statusType',
        'originProduct.leafCategoryId',
        'originProduct.salePrice',
        'originProduct.stockQuantity',
        'originProduct.name',
        'originProduct.detailAttribute.afterServiceInfo.afterServiceTelephoneNumber',
        'originProduct.detailAttribute.minorPurchasable',
        'originProduct.detailAttribute.productInfoProvidedNotice.etc.itemName',
        'originProduct.detailAttribute.originAreaInfo.importer',
        'originProduct.deliveryInfo.deliveryCompany',
        'smartstoreChannelProduct.channelProductDisplayStatusType',
      ]),
    );
    const afterService = res.json.invalidInputs?.find((i) => i.name.endsWith('afterServiceTelephoneNumber'));
    expect(afterService).toMatchObject({ type: 'NotNull', message: expect.any(String) });
    expect(emu.scenario.listProducts(SELLER_A)).toHaveLength(30);
  });

  it('refuses an image URL the upload API did not return, and more than 9 optional images', async () => {
    const [rep = ''] = await upload();
    const res = await create(validBody('https://example.com/photo.jpg'));
    expect(res.status).toBe(400);
    expect(names(res)).toEqual(['originProduct.images.representativeImage.url']);
    const many = validBody(rep);
    many.originProduct.images.optionalImages = Array.from({ length: 10 }, () => ({ url: rep }));
    expect(names(await create(many))).toEqual(['originProduct.images.optionalImages']);
  });

  it('checks combination options and refuses mixing option kinds', async () => {
    const [rep = ''] = await upload();
    const body = validBody(rep);
    const attr = body.originProduct.detailAttribute!;
    attr.optionInfo = {
      optionCombinationGroupNames: { optionGroupName1: '색상', optionGroupName2: '사이즈' },
      optionCombinations: [
        { optionName1: '화이트', optionName2: 'S', price: 0, stockQuantity: 5 },
        { optionName1: '화이트', price: 1000, stockQuantity: 5 },
        { optionName1: '블랙', optionName2: 'S', stockQuantity: 5 },
        { optionName1: '화이트', optionName2: 'S', price: 0, stockQuantity: 5 },
      ],
      optionSimple: [{ groupName: '포장', name: '선물포장' }],
    };
    expect(names(await create(body))).toEqual(
      expect.arrayContaining([
        'originProduct.detailAttribute.optionInfo',
        'originProduct.detailAttribute.optionInfo.optionCombinations[1].optionName2',
        'originProduct.detailAttribute.optionInfo.optionCombinations[2].price',
        'originProduct.detailAttribute.optionInfo.optionCombinations[3]',
      ]),
    );
    delete attr.optionInfo.optionSimple;
    attr.optionInfo.optionCombinations = [
      { optionName1: '화이트', optionName2: 'S', price: 0, stockQuantity: 5 },
      { optionName1: '화이트', optionName2: 'M', price: 1000, stockQuantity: 7 },
    ];
    const ok = await create(body);
    expect(ok.status).toBe(200);
    const stored = emu.scenario.getProduct(ok.json.originProductNo);
    expect(stored?.originProduct.stockQuantity).toBe(12);
    const ids = stored?.originProduct.detailAttribute?.optionInfo?.optionCombinations?.map((c) => c.id);
    expect(ids).toEqual([expect.any(Number), expect.any(Number)]);
  });

  it('answers 400 to malformed JSON and 415 to a non-JSON body', async () => {
    const raw = await fetch(`${emu.url}/external/v2/products`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
      body: '{"originProduct":',
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toMatchObject({ code: 'BAD_REQUEST', invalidInputs: expect.any(Array) });
    const text = await fetch(`${emu.url}/external/v2/products`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.token}`, 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(text.status).toBe(415);
  });
});

describe('PUT /v2/products/origin-products/{no}', () => {
  it('accepts every seed product sent back unchanged', async () => {
    for (const p of emu.scenario.listProducts(SELLER_A)) {
      const read = (await getOrigin(p.originProductNo)).json;
      if (read.originProduct.statusType === 'OUTOFSTOCK') read.originProduct.statusType = 'SALE';
      const res = await putOrigin(p.originProductNo, read);
      expect(res.status, `${p.originProductNo}: ${res.text}`).toBe(200);
    }
  });

  it('replaces fully: an omitted optional field is dropped, but detailContent and stock are kept', async () => {
    const [p] = emu.scenario
      .listProducts(SELLER_A)
      .filter((x) => !x.originProduct.detailAttribute?.optionInfo);
    if (!p) throw new Error('seed');
    const read = (await getOrigin(p.originProductNo)).json;
    const attr = read.originProduct.detailAttribute!;
    expect(attr.sellerCodeInfo).toBeDefined();
    delete attr.sellerCodeInfo;
    delete attr.productInfoProvidedNotice;
    delete read.originProduct.detailContent;
    delete read.originProduct.stockQuantity;
    read.originProduct.name = `${read.originProduct.name} (개정)`;
    emu.scenario.advanceClock(60_000);
    const res = await putOrigin(p.originProductNo, read);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      originProductNo: p.originProductNo,
      smartstoreChannelProductNo: p.channelProductNo,
    });
    const after = emu.scenario.getProduct(p.originProductNo);
    expect(after?.originProduct.name).toBe(`${p.originProduct.name} (개정)`);
    expect(after?.originProduct.detailAttribute?.sellerCodeInfo).toBeUndefined();
    expect(after?.originProduct.detailContent).toBe(p.originProduct.detailContent);
    expect(after?.originProduct.stockQuantity).toBe(p.originProduct.stockQuantity);
    expect(after?.originProduct.detailAttribute?.productInfoProvidedNotice).toEqual(
      p.originProduct.detailAttribute?.productInfoProvidedNotice,
    );
    expect(after?.modifiedDate).toBeGreaterThan(p.modifiedDate);
  });

  it('allows SUSPENSION but validates like create', async () => {
    const [p] = emu.scenario.listProducts(SELLER_A);
    if (!p) throw new Error('seed');
    const read = (await getOrigin(p.originProductNo)).json;
    read.originProduct.statusType = 'SUSPENSION';
    expect((await putOrigin(p.originProductNo, read)).status).toBe(200);
    expect(emu.scenario.getProduct(p.originProductNo)?.originProduct.statusType).toBe('SUSPENSION');
    read.originProduct.statusType = 'CLOSE';
    read.originProduct.salePrice = 5;
    expect(names(await putOrigin(p.originProductNo, read))).toEqual([
      'originProduct.statusType',
      'originProduct.salePrice',
    ]);
    const [b] = emu.scenario.listProducts(SELLER_B);
    expect((await putOrigin(b?.originProductNo, read)).status).toBe(404);
  });
});
