import { describe, expect, it } from 'vitest';
import {
  buildCreateBody,
  buildUpdateBody,
  exportStock,
  mergeOptionInfo,
  presetParts,
} from '../../../lib/products/map-export';
import { mapOriginToShop } from '../../../lib/products/map-import';
import type { ShopProduct } from '../../../lib/sixshop/schemas/product';
import { originResponse, shopProduct, validPreset } from './fixtures';

const HOSTED = {
  representative: 'https://shop-phinf.example/a.png',
  optional: ['https://shop-phinf.example/b.png', 'https://shop-phinf.example/c.png'],
};

type Json = Record<string, unknown>;
const attrOf = (body: { originProduct: Json }) => body.originProduct.detailAttribute as Json;

describe('shop → SmartStore mapping (내보내기)', () => {
  it('builds a create body from the product and the preset', () => {
    const body = buildCreateBody(shopProduct(), validPreset(), HOSTED);
    const op = body.originProduct as Json;
    expect(op).toMatchObject({
      statusType: 'SALE',
      leafCategoryId: '50000805',
      name: '오가닉 코튼 반팔 티셔츠',
      detailContent: '<div><p>유기농 면 티셔츠</p></div>',
      salePrice: 24000,
      // usable combinations only: 10 + 5
      stockQuantity: 15,
      images: {
        representativeImage: { url: HOSTED.representative },
        optionalImages: [{ url: HOSTED.optional[0] }, { url: HOSTED.optional[1] }],
      },
    });
    const attr = attrOf(body);
    expect(attr.sellerCodeInfo).toEqual({ sellerManagementCode: 'TS-OC' });
    expect(attr.optionInfo).toEqual({
      optionCombinationSortType: 'CREATE',
      optionCombinationGroupNames: { optionGroupName1: '색상', optionGroupName2: '사이즈' },
      optionCombinations: [
        {
          optionName1: '화이트',
          optionName2: 'M',
          price: 0,
          stockQuantity: 10,
          usable: true,
          sellerManagerCode: 'TS-OC-WM',
        },
        { optionName1: '화이트', optionName2: 'L', price: 1000, stockQuantity: 5, usable: true },
        { optionName1: '블랙', optionName2: 'M', price: 0, stockQuantity: 7, usable: false },
      ],
      useStockManagement: true,
    });
    expect(body.smartstoreChannelProduct).toEqual({
      naverShoppingRegistration: false,
      channelProductDisplayStatusType: 'ON',
    });
  });

  it('maps the preset: delivery, area fees, claim fees and addresses, A/S, origin, minor, tax, notice', () => {
    const parts = presetParts(validPreset({ origin: { code: '02', importer: '(주)모래무역' } }));
    expect(parts.deliveryInfo).toEqual({
      deliveryType: 'DELIVERY',
      deliveryAttributeType: 'NORMAL',
      deliveryCompany: 'CJGLS',
      deliveryBundleGroupUsable: false,
      deliveryFee: {
        deliveryFeeType: 'CONDITIONAL_FREE',
        baseFee: 3000,
        freeConditionalAmount: 50000,
        deliveryFeePayType: 'PREPAID',
        deliveryFeeByArea: { deliveryAreaType: 'AREA_3', area2extraFee: 3000, area3extraFee: 5000 },
      },
      claimDeliveryInfo: {
        returnDeliveryFee: 3000,
        exchangeDeliveryFee: 6000,
        shippingAddressId: 1001,
        returnAddressId: 1002,
      },
    });
    expect(parts.detailAttribute).toMatchObject({
      afterServiceInfo: { afterServiceTelephoneNumber: '02-1234-5678' },
      originAreaInfo: { originAreaCode: '02', importer: '(주)모래무역', plural: false },
      minorPurchasable: true,
      taxType: 'TAX',
      productInfoProvidedNotice: { productInfoProvidedNoticeType: 'ETC', etc: { itemName: '상품상세 참조' } },
    });
    const kitchen = presetParts(
      validPreset({ notice: { type: 'KITCHEN_UTENSILS', fields: { material: '도자기' } } }),
    );
    expect(kitchen.detailAttribute.productInfoProvidedNotice).toEqual({
      productInfoProvidedNoticeType: 'KITCHEN_UTENSILS',
      kitchenUtensils: { material: '도자기' },
    });
  });

  it('sends a product without options with its own stock, and a hidden one with display suspended', () => {
    const p = shopProduct({ options: undefined, stock: 42, status: 'HIDDEN', sellerCode: undefined });
    const body = buildCreateBody(p, validPreset(), HOSTED);
    expect((body.originProduct as Json).stockQuantity).toBe(42);
    expect(attrOf(body).optionInfo).toBeUndefined();
    expect(attrOf(body).sellerCodeInfo).toBeUndefined();
    expect(body.smartstoreChannelProduct.channelProductDisplayStatusType).toBe('SUSPENSION');
    expect(exportStock(p)).toBe(42);
  });

  it('re-export changes only our fields and keeps everything set only on SmartStore', () => {
    const current = originResponse();
    const p = shopProduct({ name: '린넨 침구 세트 퀸 (리뉴얼)', price: 92000, sellerCode: 'HL-0001' });
    const body = buildUpdateBody(current, p, HOSTED);
    const op = body.originProduct as Json;
    expect(op.name).toBe('린넨 침구 세트 퀸 (리뉴얼)');
    expect(op.salePrice).toBe(92000);
    // SmartStore-only fields stay as they were
    expect(op.customerBenefit).toEqual({
      immediateDiscountPolicy: { discountMethod: { value: 4000, unitType: 'WON' } },
    });
    expect(op.leafCategoryId).toBe('50000803');
    expect((op.deliveryInfo as Json).quickServiceAreas).toEqual(['SEOUL']);
    const attr = attrOf(body);
    expect(attr.sellerCommentContent).toBe('스마트스토어에서만 쓴 판매자 한마디');
    expect(attr.originAreaInfo).toEqual({
      originAreaCode: '0200037',
      importer: '(주)하늘무역',
      plural: false,
    });
    expect(attr.sellerCodeInfo).toEqual({ sellerManagementCode: 'HL-0001', sellerBarcode: '8801234567890' });
    expect(body.smartstoreChannelProduct).toEqual({
      naverShoppingRegistration: true,
      channelProductDisplayStatusType: 'ON',
      storeKeepExclusiveProduct: false,
    });
    // the input is not changed
    expect(current.originProduct.name).toBe('린넨 침구 세트 퀸');
  });

  it('re-export keeps SmartStore’s option IDs by values, drops removed ones and adds new ones', () => {
    const info = mergeOptionInfo(
      originResponse().originProduct.detailAttribute.optionInfo as Json,
      shopProduct({
        options: {
          groupNames: ['색상', '사이즈'],
          combinations: [
            { id: 'x', names: ['화이트', '킹'], addPrice: 15000, stock: 9, usable: true },
            { id: 'y', names: ['네이비', '퀸'], addPrice: 0, stock: 4, usable: true },
          ],
        },
      }),
    )!;
    const combos = info.optionCombinations as Json[];
    expect(combos).toHaveLength(2);
    expect(combos[0]).toMatchObject({
      id: 502,
      optionName1: '화이트',
      optionName2: '킹',
      price: 15000,
      stockQuantity: 9,
    });
    expect(combos[1]!.id).toBeUndefined();
    expect(info.useStockManagement).toBe(true);
  });

  it('re-export of a product whose options were removed in the shop drops the combinations', () => {
    const body = buildUpdateBody(originResponse(), shopProduct({ options: undefined, stock: 3 }), HOSTED);
    expect(attrOf(body).optionInfo).toBeUndefined();
    expect((body.originProduct as Json).stockQuantity).toBe(3);
  });

  it('re-export with the preset re-applied changes the preset’s settings too', () => {
    const body = buildUpdateBody(originResponse(), shopProduct(), HOSTED, validPreset());
    const op = body.originProduct as Json;
    expect(op.leafCategoryId).toBe('50000805');
    expect((op.deliveryInfo as Json).quickServiceAreas).toEqual(['SEOUL']);
    expect(((op.deliveryInfo as Json).claimDeliveryInfo as Json).shippingAddressId).toBe(1001);
    expect(attrOf(body).sellerCommentContent).toBe('스마트스토어에서만 쓴 판매자 한마디');
  });

  it('round trip: SmartStore → shop → SmartStore gives back the same product fields', () => {
    const current = originResponse();
    const imported = mapOriginToShop(current.originProduct);
    const asShop: ShopProduct = {
      ...imported,
      id: '2001',
      revision: 1,
      createdAt: '2025-03-01T00:00:00.000Z',
      updatedAt: '2025-03-01T00:00:00.000Z',
      options: imported.options && {
        groupNames: imported.options.groupNames,
        combinations: imported.options.combinations.map((c, i) => ({ ...c, id: `c${i}` })),
      },
    } as ShopProduct;
    const [rep, ...optional] = asShop.images;
    const body = buildUpdateBody(current, asShop, { representative: rep!, optional });
    const op = body.originProduct as Json;
    const before = current.originProduct as unknown as Json;
    for (const key of ['name', 'salePrice', 'detailContent', 'images', 'statusType'])
      expect(op[key]).toEqual(before[key]);
    const beforeInfo = current.originProduct.detailAttribute.optionInfo as Json;
    const afterInfo = attrOf(body).optionInfo as Json;
    expect(afterInfo.optionCombinationGroupNames).toEqual(beforeInfo.optionCombinationGroupNames);
    expect(afterInfo.optionCombinations).toEqual(beforeInfo.optionCombinations);
    expect(attrOf(body).sellerCodeInfo).toEqual(current.originProduct.detailAttribute.sellerCodeInfo);
    // stock: the usable combinations
    expect(op.stockQuantity).toBe(18);
  });
});
