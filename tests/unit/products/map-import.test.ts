import { describe, expect, it } from 'vitest';
import { mapOriginToShop, originGroupNames, unsupportedOptionKinds } from '../../../lib/products/map-import';
import { ShopProductCreateSchema } from '../../../lib/sixshop/schemas/product';
import { originResponse, shopProduct } from './fixtures';

describe('SmartStore → shop mapping (가져오기)', () => {
  it('maps name, price, detail HTML, images (representative first) and the seller code', () => {
    const p = mapOriginToShop(originResponse().originProduct);
    expect(p.name).toBe('린넨 침구 세트 퀸');
    expect(p.price).toBe(89000);
    expect(p.detailHtml).toBe('<div class="detail"><p>린넨 침구</p></div>');
    expect(p.images).toEqual([
      'https://shop-phinf.example/rep.png',
      'https://shop-phinf.example/o1.png',
      'https://shop-phinf.example/o2.png',
    ]);
    expect(p.sellerCode).toBe('HL-0001');
    expect(ShopProductCreateSchema.safeParse(p).success).toBe(true);
  });

  it('maps combination options: group names, values, add-on price, stock, seller manager code, usable', () => {
    const p = mapOriginToShop(originResponse().originProduct);
    expect(p.options?.groupNames).toEqual(['색상', '사이즈']);
    expect(p.options?.combinations).toEqual([
      { names: ['화이트', '퀸'], addPrice: 0, stock: 12, sellerCode: 'HL-0001-01', usable: true },
      { names: ['화이트', '킹'], addPrice: 20000, stock: 6, usable: true },
      { names: ['그레이', '킹'], addPrice: 20000, stock: 3, usable: false },
    ]);
    // product stock = usable combinations only
    expect(p.stock).toBe(18);
    expect(p.status).toBe('ON_SALE');
  });

  it('keeps the shop’s combination IDs on re-import (matched by option values)', () => {
    const existing = shopProduct({
      options: {
        groupNames: ['색상', '사이즈'],
        combinations: [
          { id: 'c9', names: ['화이트', '킹'], addPrice: 0, stock: 1, usable: true },
          { id: 'c8', names: ['블루', '퀸'], addPrice: 0, stock: 1, usable: true },
        ],
      },
    });
    const p = mapOriginToShop(originResponse().originProduct, existing);
    expect(p.options?.combinations.map((c) => c.id)).toEqual([undefined, 'c9', undefined]);
  });

  it('maps a product without options with its own stock, and sale status to the shop status', () => {
    const base = originResponse().originProduct;
    const noOptions = { ...base, detailAttribute: { ...base.detailAttribute, optionInfo: undefined } };
    expect(mapOriginToShop({ ...noOptions, stockQuantity: 7 }).stock).toBe(7);
    expect(mapOriginToShop({ ...noOptions, stockQuantity: 7 }).options).toBeUndefined();
    expect(mapOriginToShop({ ...noOptions, stockQuantity: 0 }).status).toBe('SOLD_OUT');
    expect(mapOriginToShop({ ...noOptions, statusType: 'OUTOFSTOCK', stockQuantity: 0 }).status).toBe(
      'SOLD_OUT',
    );
    expect(mapOriginToShop({ ...noOptions, statusType: 'SUSPENSION', stockQuantity: 4 }).status).toBe(
      'HIDDEN',
    );
  });

  it('leaves out an empty seller code and keeps at most 20 images', () => {
    const base = originResponse().originProduct;
    const p = mapOriginToShop({
      ...base,
      images: {
        representativeImage: { url: 'https://x.example/0.png' },
        optionalImages: Array.from({ length: 25 }, (_, i) => ({ url: `https://x.example/${i + 1}.png` })),
      },
      detailAttribute: { ...base.detailAttribute, sellerCodeInfo: { sellerManagementCode: '  ' } },
    });
    expect(p.sellerCode).toBeUndefined();
    expect(p.images).toHaveLength(20);
  });

  it('reads group names in order and names option kinds the shop cannot hold', () => {
    expect(originGroupNames(originResponse().originProduct)).toEqual(['색상', '사이즈']);
    const base = originResponse().originProduct;
    const simple = {
      ...base,
      detailAttribute: {
        ...base.detailAttribute,
        optionInfo: { optionSimple: [{ groupName: '색상', name: '빨강' }] },
      },
    };
    expect(unsupportedOptionKinds(simple as typeof base)).toEqual(['단독형 옵션']);
    expect(unsupportedOptionKinds(base)).toEqual([]);
  });
});
